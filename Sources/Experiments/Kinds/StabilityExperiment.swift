import Foundation
import LinearRNN

/// `kind: stability` (E6): along both branches of the optimum manifold `O` (`b` on a log grid,
/// `c = gamma*/(alpha b)`, `w = w*`), each rule's transverse eigenvalues (SPEC 7.3), their
/// verdict against the closed-form criterion (7.4 for BPTT, 7.5-7.7 for RFLO, 7.6 with `f = c`
/// for tBPTT-1 at `alpha = 1`), the analytic vs finite-difference Jacobian, RFLO's stable
/// window (7.7) and the eigenvalues at one table point.
struct StabilityExperiment: ExperimentKind {
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

    var estimate: WorkEstimate {
        .modeODE(runs: Double(rules.count), steps: Double(points), stages: Double(mode.problem.horizon), horizon: mode.problem.horizon,
                 records: Double(points), keys: ["points", "T", "rules"])
    }

    func compute(progress: @escaping @Sendable (Int) -> Void) throws -> StabilityResult {
        let counter = ProgressCounter(progress)
        let magnitudes = (0..<points).map { pow(10, exponents[0] + (exponents[1] - exponents[0]) * Double($0) / Double(points - 1)) }
        let perRule = try ParallelJobs.run(rules.count) { [self] i in
            defer { counter.advance() }
            return try ruleResult(rules[i], magnitudes: magnitudes)
        }
        return StabilityResult(absB: magnitudes, tablePoint: ModeCoordinates(mode.optimumPoint(b: tableB)),
                               rules: Keyed(zip(rules, perRule).map { ($0.label, $1) }))
    }

    private func ruleResult(_ spec: ModeRuleSpec, magnitudes: [Double]) throws -> StabilityResult.Rule {
        let problem = mode.problem
        var jacobianError = 0.0, mismatches = 0
        func branch(_ sign: Double) throws -> StabilityResult.Branch {
            var mu: [[ComplexValue]] = [], stable: [Bool] = [], criterion: [Bool?] = []
            for x in magnitudes {
                let p = mode.optimumPoint(b: sign * x)
                let rates = try problem.transverseRates(of: spec.rule, at: p)
                let analytic = problem.optimumJacobian(of: spec.rule, at: p)
                jacobianError = max(jacobianError, Matrix.maxRelativeDifference(problem.finiteDifferenceJacobian(of: spec.rule, at: p), analytic))
                mu.append(rates.eigenvalues)
                stable.append(rates.isStable)
                let verdict = closedFormVerdict(spec.rule, at: p)
                if let verdict, verdict != rates.isStable { mismatches += 1 }
                criterion.append(verdict)
            }
            return StabilityResult.Branch(
                fcPositive: spec.feedback.map { $0 * mode.optimumPoint(b: sign).c > 0 },
                mu1Re: mu.map { $0[0].re }, mu1Im: mu.map { $0[0].im }, mu2Re: mu.map { $0[1].re }, mu2Im: mu.map { $0[1].im },
                stable: stable, stableCount: stable.filter { $0 }.count, criterion: criterion)
        }
        let positive = try branch(1), negative = try branch(-1)
        let table = try problem.transverseRates(of: spec.rule, at: mode.optimumPoint(b: tableB)).eigenvalues.map(ComplexNumber.init)
        let window = spec.feedback.map { f in
            let window = RFLOStableWindow(feedback: f, teacherLambda: problem.teacherLambda, teacherGamma: problem.teacherGamma,
                                          alpha: problem.alpha, lagWeights: problem.lagWeights)
            return StabilityResult.Window(lower: window.traceBound, upper: window.determinantBound, empty: window.isEmpty)
        }
        return StabilityResult.Rule(positive: positive, negative: negative, criterionMismatches: mismatches,
                                    jacobianError: jacobianError, table: table, window: window)
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

    func summary(of result: StabilityResult) -> [String] {
        var lines = ["stability: \(points) points per branch of O, |b| in 10^[\(exponents[0]), \(exponents[1])]"]
        for (label, r) in result.rules.entries {
            var line = "  \(label): stable \(r.positive.stableCount)/\(points) (b > 0), \(r.negative.stableCount)/\(points) (b < 0); criterion mismatches \(r.criterionMismatches); Jacobian error \(Format.short(r.jacobianError))"
            if let window = r.window {
                line += window.empty ? "; window empty" : "; window (\(Format.short(window.lower)), \(Format.short(window.upper)))"
            }
            lines.append(line)
        }
        return lines
    }
}

/// The result of `kind: stability`: along both branches of `O`, each rule's transverse
/// eigenvalues, stability and closed-form verdict; RFLO's stable window.
public struct StabilityResult: ExperimentResult {
    /// One branch of `O` (`b > 0` or `b < 0`), per `|b|` of `abs_b`.
    public struct Branch: Codable, Sendable {
        /// Whether `f c > 0` on this branch, for RFLO.
        public let fcPositive: Bool?
        public let mu1Re: [Double]
        public let mu1Im: [Double]
        public let mu2Re: [Double]
        public let mu2Im: [Double]
        public let stable: [Bool]
        public let stableCount: Int
        /// The closed-form verdict where one exists.
        public let criterion: [Bool?]

        enum CodingKeys: String, CodingKey {
            case fcPositive = "fc_positive", mu1Re = "mu1_re", mu1Im = "mu1_im", mu2Re = "mu2_re", mu2Im = "mu2_im"
            case stable, stableCount = "stable_count", criterion
        }
    }

    /// RFLO's stable window of `|b|` (SPEC 7.7).
    public struct Window: Codable, Sendable {
        public let lower: Double
        public let upper: Double
        public let empty: Bool
    }

    /// One rule along `O`.
    public struct Rule: Codable, Sendable {
        public let positive: Branch
        public let negative: Branch
        public let criterionMismatches: Int
        public let jacobianError: Double
        /// The eigenvalues at `table_point`.
        public let table: [ComplexNumber]
        /// RFLO only; the key is absent for the other rules.
        public let window: Window?

        enum CodingKeys: String, CodingKey {
            case positive, negative, criterionMismatches = "criterion_mismatches", jacobianError = "jacobian_error", table, window
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(positive, forKey: .positive)
            try container.encode(negative, forKey: .negative)
            try container.encode(criterionMismatches, forKey: .criterionMismatches)
            try container.encode(jacobianError, forKey: .jacobianError)
            try container.encode(table, forKey: .table)
            if let window { try container.encode(window, forKey: .window) }
        }
    }

    public static let kind = "stability"
    public private(set) var kind = StabilityResult.kind
    public let absB: [Double]
    public let tablePoint: ModeCoordinates
    public let rules: Keyed<Rule>

    enum CodingKeys: String, CodingKey {
        case kind, absB = "abs_b", tablePoint = "table_point", rules
    }

    public var failure: ExperimentFailure? { nil }
}
