import Foundation
import LinearRNN

/// `kind: rates` (E8): convergence rates of one mode (SPEC 8). `mu_slow` and `mu_fast` at
/// the balanced point of `O` per rule, over a table of horizons `T` x teacher `w*`; RFLO's
/// rates at the balanced point vs its feedback gain `f`; and from a start, each rule's loss
/// curve, its limit point with the rates there (`LimitPoint`) and the late-time slope of
/// `ln L` compared with `-2 mu_slow`.
struct RatesExperiment: ExperimentKind {
    static let kind = "rates"

    let mode: SingleModeSpec
    let rules: [ModeRuleSpec]
    let tableHorizons: [Int]
    let tableW: [Double]
    let gains: [Double]
    let start: ModePoint
    let duration: Double
    let records: Int
    let fitWindow: [Double]
    let integrator: DormandPrince45

    init(parameters p: ParameterMap) throws {
        mode = try SingleModeSpec(parameters: p)
        rules = try ModeRuleSpec.list(from: p, defaultFeedback: try p.double("f", default: 1, allowed: "a feedback gain != 0", where: { $0 != 0 }))
        tableHorizons = try (p.doubles("table_T") ?? [3, 5, 10, 20]).map { t in
            guard t >= 2, t <= 10_000, t == t.rounded() else { throw p.error(at: p.node("table_T"), "'table_T' must list integers from 2 to 10000; found \(t)") }
            return Int(t)
        }
        tableW = try p.doubles("table_w") ?? [0, 0.5, 0.8, 0.95, -0.8]
        gains = try p.doubles("rflo_f") ?? [0.03, 0.1, 0.3, 1, 3]
        guard !gains.contains(0) else { throw p.error(at: p.node("rflo_f"), "'rflo_f' must not contain 0") }
        start = ModePoint(try p.doubles("start", count: 3) ?? [0.05, 0, 0.04])
        duration = try p.double("tau", default: 3, allowed: "a time > 0", where: { $0 > 0 && $0 <= 1e5 })
        records = try p.int("records", default: 300, allowed: "an integer from 2 to 100000", where: { $0 >= 2 && $0 <= 100_000 })
        fitWindow = try p.doubles("fit_window", count: 2) ?? [1e-16, 1e-6]
        guard fitWindow[0] > 0, fitWindow[0] < fitWindow[1] else {
            throw p.error(at: p.node("fit_window"), "'fit_window' must be [low, high] losses with 0 < low < high")
        }
        integrator = DormandPrince45(relativeTolerance: 1e-11, absoluteTolerance: 1e-13)
    }

    /// One unit per rule (table and run) and one for the feedback sweep.
    var workUnits: Int { rules.count + 1 }

    func run(progress: @escaping @Sendable (Int) -> Void) throws -> JSONValue {
        let counter = ProgressCounter(progress)
        let parts = try ParallelJobs.run(rules.count + 1) { [self] i in
            defer { counter.advance() }
            return i < rules.count ? try ruleJSON(rules[i].rule) : try feedbackSweep()
        }
        return .object([
            ("kind", .string(Self.kind)),
            ("balanced_point", .point(mode.balancedPoint)),
            ("table_T", .numbers(tableHorizons.map(Double.init))), ("table_w", .numbers(tableW)),
            ("feedback", parts[rules.count]),
            ("rules", .object(zip(rules, parts).map { ($0.label, $1) })),
        ])
    }

    /// The rates of `rule` at the balanced point of `problem`.
    static func balancedRates(_ problem: ModeProblem, _ rule: ModeRule) throws -> TransverseRates {
        try problem.transverseRates(of: rule, at: SingleModeSpec.balancedPoint(of: problem))
    }

    private func ruleJSON(_ rule: ModeRule) throws -> JSONValue {
        let problem = mode.problem
        let table = try tableHorizons.map { horizon in
            try tableW.map { w in
                let teacher = ModePoint(b: problem.teacher.b, w: w, c: problem.teacher.c)
                return try Self.balancedRates(ModeProblem(teacher: teacher, alpha: problem.alpha, horizon: horizon, loss: problem.loss), rule)
            }
        }
        let balanced = try Self.balancedRates(problem, rule)
        let limit = try LimitPoint(problem: problem, rule: rule, start: start, duration: duration, integrator: integrator)
        let solution = ModeTrajectory.adaptive(problem: problem, rule: rule, start: start, duration: duration,
                                               records: records, integrator: integrator)
        let window = solution.samples.compactMap { sample -> (x: Double, y: Double)? in
            let loss = problem.loss(at: ModePoint(sample.state))
            return loss > fitWindow[0] && loss < fitWindow[1] ? (sample.time, log(loss)) : nil
        }
        let slope = ModeTrajectory.slope(window)
        let predicted = -2 * limit.rates.slow
        return .object([
            ("balanced_mu_slow", .number(balanced.slow)), ("balanced_mu_fast", .number(balanced.fast)),
            ("table_mu_slow", .array(table.map { .numbers($0.map(\.slow)) })),
            ("table_mu_fast", .array(table.map { .numbers($0.map(\.fast)) })),
            ("limit_point", .point(limit.point)),
            ("limit_mu_slow", .number(limit.rates.slow)), ("limit_mu_fast", .number(limit.rates.fast)),
            ("slope", .optional(slope)), ("predicted_slope", .number(predicted)),
            ("slope_error", .optional(slope.map { abs($0 / predicted - 1) })),
            ("fit_points", .number(Double(window.count))),
        ] + ModeTrajectory.json(problem: problem, solution: solution).filter { ["tau", "loss", "diverged"].contains($0.0) })
    }

    /// RFLO's rates at the balanced point for each gain in `rflo_f`.
    private func feedbackSweep() throws -> JSONValue {
        let rates = try gains.map { try Self.balancedRates(mode.problem, .rflo(feedback: $0)) }
        return .object([("f", .numbers(gains)), ("mu_slow", .numbers(rates.map(\.slow))), ("mu_fast", .numbers(rates.map(\.fast)))])
    }

    func summary(of result: JSONValue) -> [String] {
        var lines = ["rates: balanced point " + (result["balanced_point"]?.arrayValue ?? []).map { Format.short($0.doubleValue) }.joined(separator: ", ")]
        for (label, r) in result["rules"]?.objectValue ?? [] {
            lines.append("  \(label): mu_slow \(Format.short(r["balanced_mu_slow"]?.doubleValue)) (fast \(Format.short(r["balanced_mu_fast"]?.doubleValue))) at the balanced point; limit point (" + (r["limit_point"]?.arrayValue ?? []).map { Format.short($0.doubleValue) }.joined(separator: ", ") + "), mu_slow \(Format.short(r["limit_mu_slow"]?.doubleValue)); ln L slope \(Format.short(r["slope"]?.doubleValue)) vs \(Format.short(r["predicted_slope"]?.doubleValue))")
        }
        let f = (result["feedback"]?["f"]?.arrayValue ?? []).map { Format.short($0.doubleValue) }
        let mu = (result["feedback"]?["mu_slow"]?.arrayValue ?? []).map { Format.short($0.doubleValue) }
        lines.append("  RFLO mu_slow vs f: " + zip(f, mu).map { "\($0): \($1)" }.joined(separator: ", "))
        return lines
    }
}
