import Foundation
import LinearRNN

/// `kind: stability` (E6): along both branches of the optimum manifold `O` (`b` on a log grid,
/// `c = gamma*/(alpha b)`, `w = w*`), each rule's transverse eigenvalues (SPEC 7.3), their
/// verdict against the closed-form criterion (7.4 for BPTT, 7.5-7.7 for RFLO, 7.6 with `f = c`
/// for tBPTT-1 at `alpha = 1`), the analytic vs finite-difference Jacobian, RFLO's stable
/// window (7.7) and the eigenvalues at one table point.
struct StabilityExperiment: ExperimentKind {
    static let kind = "stability"

    let mode: SingleModeSpec
    let rules: [ModeRuleSpec]
    let exponents: [Double]
    let points: Int
    let tableB: Double

    init(parameters p: ParameterMap) throws {
        mode = try SingleModeSpec(parameters: p)
        rules = try ModeRuleSpec.list(from: p, defaultFeedback: try p.double("f", default: 1, allowed: "a feedback gain != 0", where: { $0 != 0 }))
        exponents = try p.doubles("log10_b_range", count: 2) ?? [-1.5, 1.5]
        guard exponents[0] < exponents[1] else { throw p.error(at: p.node("log10_b_range"), "'log10_b_range' must be [low, high] with low < high") }
        points = try p.int("points", default: 61, allowed: "an integer from 2 to 100000", where: { $0 >= 2 && $0 <= 100_000 })
        tableB = try p.double("table_b", default: 1, allowed: "a number != 0", where: { $0 != 0 && $0.isFinite })
    }

    var workUnits: Int { rules.count }

    func run(progress: @escaping @Sendable (Int) -> Void) throws -> JSONValue {
        let counter = ProgressCounter(progress)
        let magnitudes = (0..<points).map { pow(10, exponents[0] + (exponents[1] - exponents[0]) * Double($0) / Double(points - 1)) }
        let perRule = try ParallelJobs.run(rules.count) { [self] i in
            defer { counter.advance() }
            return try ruleJSON(rules[i], magnitudes: magnitudes)
        }
        let table = mode.optimumPoint(b: tableB)
        return .object([
            ("kind", .string(Self.kind)),
            ("abs_b", .numbers(magnitudes)),
            ("table_point", .point(table)),
            ("rules", .object(zip(rules, perRule).map { ($0.label, $1) })),
        ])
    }

    private func ruleJSON(_ spec: ModeRuleSpec, magnitudes: [Double]) throws -> JSONValue {
        let problem = mode.problem
        var jacobianError = 0.0, mismatches = 0
        func branch(_ sign: Double) throws -> JSONValue {
            var mu: [[ComplexValue]] = [], stable: [Bool] = [], criterion: [JSONValue] = []
            for x in magnitudes {
                let p = mode.optimumPoint(b: sign * x)
                let rates = try problem.transverseRates(of: spec.rule, at: p)
                let analytic = problem.optimumJacobian(of: spec.rule, at: p)
                jacobianError = max(jacobianError, Matrix.maxRelativeDifference(problem.finiteDifferenceJacobian(of: spec.rule, at: p), analytic))
                mu.append(rates.eigenvalues)
                stable.append(rates.isStable)
                let verdict = closedFormVerdict(spec.rule, at: p)
                if let verdict, verdict != rates.isStable { mismatches += 1 }
                criterion.append(verdict.map { .bool($0) } ?? .null)
            }
            let f = spec.feedback
            return .object([
                ("fc_positive", f.map { .bool($0 * mode.optimumPoint(b: sign).c > 0) } ?? .null),
                ("mu1_re", .numbers(mu.map { $0[0].re })), ("mu1_im", .numbers(mu.map { $0[0].im })),
                ("mu2_re", .numbers(mu.map { $0[1].re })), ("mu2_im", .numbers(mu.map { $0[1].im })),
                ("stable", .array(stable.map { .bool($0) })),
                ("stable_count", .number(Double(stable.filter { $0 }.count))),
                ("criterion", .array(criterion)),
            ])
        }
        let positive = try branch(1), negative = try branch(-1)
        var pairs: [(String, JSONValue)] = [
            ("positive", positive), ("negative", negative),
            ("criterion_mismatches", .number(Double(mismatches))),
            ("jacobian_error", .number(jacobianError)),
            ("table", .complex(try problem.transverseRates(of: spec.rule, at: mode.optimumPoint(b: tableB)).eigenvalues)),
        ]
        if let f = spec.feedback {
            let window = RFLOStableWindow(feedback: f, teacherLambda: problem.teacherLambda, teacherGamma: problem.teacherGamma,
                                          alpha: problem.alpha, lagWeights: problem.lagWeights)
            pairs.append(("window", .object([("lower", .number(window.traceBound)), ("upper", .number(window.determinantBound)),
                                             ("empty", .bool(window.isEmpty))])))
        }
        return .object(pairs)
    }

    /// The closed-form stability verdict at a point of `O`, where one exists: BPTT by (7.4);
    /// RFLO by the sign condition (7.7) at `alpha = 1` and by trace and determinant (7.5)
    /// otherwise; tBPTT-1 at `alpha = 1` as RFLO with `f = c` (7.6). `nil` for other tBPTT-K.
    private func closedFormVerdict(_ rule: ModeRule, at p: ModePoint) -> Bool? {
        let problem = mode.problem, n = problem.lagWeights
        func rflo(_ f: Double) -> Bool {
            if problem.alpha == 1 { return ClosedFormStability.rfloSignCondition(at: p, feedback: f, lagWeights: n) }
            let (trace, determinant) = ClosedFormStability.rfloTraceDeterminant(at: p, feedback: f, alpha: problem.alpha, lagWeights: n)
            return ClosedFormStability.isStable(trace: trace, determinant: determinant)
        }
        switch rule {
        case .bptt: return ClosedFormStability.bpttEigenvalues(at: p, alpha: problem.alpha, lagWeights: n).allSatisfy { $0 < 0 }
        case .truncatedBPTT(1) where problem.alpha == 1: return rflo(p.c)
        case .truncatedBPTT: return nil
        case let .rflo(f): return rflo(f)
        }
    }

    func summary(of result: JSONValue) -> [String] {
        var lines = ["stability: \(points) points per branch of O, |b| in 10^[\(exponents[0]), \(exponents[1])]"]
        for (label, r) in result["rules"]?.objectValue ?? [] {
            var line = "  \(label): stable \(Int(r["positive"]?["stable_count"]?.doubleValue ?? 0))/\(points) (b > 0), \(Int(r["negative"]?["stable_count"]?.doubleValue ?? 0))/\(points) (b < 0); criterion mismatches \(Int(r["criterion_mismatches"]?.doubleValue ?? 0)); Jacobian error \(Format.short(r["jacobian_error"]?.doubleValue))"
            if let window = r["window"] {
                line += (window["empty"] == .bool(true)) ? "; window empty"
                    : "; window (\(Format.short(window["lower"]?.doubleValue)), \(Format.short(window["upper"]?.doubleValue)))"
            }
            lines.append(line)
        }
        return lines
    }
}
