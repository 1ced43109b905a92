import Foundation
import LinearRNN

/// `kind: rates` (E8): convergence rates of one mode (SPEC 8). `mu_slow` and `mu_fast` at
/// the balanced point of `O` per rule, over a table of horizons `T` x teacher `w*`; RFLO's
/// rates at the balanced point vs its feedback gain `f`; and from a start, each rule's loss
/// curve, its limit point with the rates there (`LimitPoint`) and the late-time slope of
/// `ln L` compared with `-2 mu_slow`.
struct RatesExperiment: ExperimentKind {
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

    var estimate: WorkEstimate {
        let table = Double(tableHorizons.count * tableW.count * gains.count) * Double(tableHorizons.max() ?? 1)
        return .modeODE(runs: Double(rules.count), steps: 2 * WorkEstimate.odeSteps(tau: duration), horizon: mode.problem.horizon,
                        records: Double(records), keys: ["tau", "table_T", "table_w", "rflo_f", "T", "rules"])
            + WorkEstimate(operations: 100 * table, bytes: table * WorkEstimate.bytesPerNumber, keys: [])
    }

    func compute(progress: @escaping @Sendable (Int) -> Void) throws -> RatesResult {
        let counter = ProgressCounter(progress)
        let parts = try ParallelJobs.run(rules.count + 1) { [self] i -> (rule: RatesResult.Rule?, sweep: RatesResult.FeedbackSweep?) in
            defer { counter.advance() }
            return i < rules.count ? (try ruleResult(rules[i].rule), nil) : (nil, try feedbackSweep())
        }
        return RatesResult(balancedPoint: ModeCoordinates(mode.balancedPoint), tableHorizons: tableHorizons, tableW: tableW,
                           feedback: parts[rules.count].sweep!, rules: Keyed(zip(rules, parts).map { ($0.label, $1.rule!) }))
    }

    /// The rates of `rule` at the balanced point of `problem`.
    static func balancedRates(_ problem: ModeProblem, _ rule: ModeRule) throws -> TransverseRates {
        try problem.transverseRates(of: rule, at: SingleModeSpec.balancedPoint(of: problem))
    }

    private func ruleResult(_ rule: ModeRule) throws -> RatesResult.Rule {
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
        let path = ModeTrajectory.record(problem: problem, solution: solution)
        return RatesResult.Rule(
            balancedSlowRate: balanced.slow, balancedFastRate: balanced.fast,
            tableSlowRates: table.map { $0.map(\.slow) }, tableFastRates: table.map { $0.map(\.fast) },
            limitPoint: ModeCoordinates(limit.point), limitSlowRate: limit.rates.slow, limitFastRate: limit.rates.fast,
            slope: slope, predictedSlope: predicted, slopeError: slope.map { abs($0 / predicted - 1) }, fitPoints: window.count,
            tau: path.tau, loss: path.loss, diverged: path.diverged)
    }

    /// RFLO's rates at the balanced point for each gain in `rflo_f`.
    private func feedbackSweep() throws -> RatesResult.FeedbackSweep {
        let rates = try gains.map { try Self.balancedRates(mode.problem, .rflo(feedback: $0)) }
        return RatesResult.FeedbackSweep(gains: gains, slowRates: rates.map(\.slow), fastRates: rates.map(\.fast))
    }

    func summary(of result: RatesResult) -> [String] {
        var lines = ["rates: balanced point " + result.balancedPoint.components.map { Format.short($0) }.joined(separator: ", ")]
        for (label, r) in result.rules.entries {
            lines.append("  \(label): mu_slow \(Format.short(r.balancedSlowRate)) (fast \(Format.short(r.balancedFastRate))) at the balanced point; limit point (" + r.limitPoint.components.map { Format.short($0) }.joined(separator: ", ") + "), mu_slow \(Format.short(r.limitSlowRate)); ln L slope \(Format.short(r.slope)) vs \(Format.short(r.predictedSlope))")
        }
        let f = result.feedback.gains.map { Format.short($0) }
        let mu = result.feedback.slowRates.map { Format.short($0) }
        lines.append("  RFLO mu_slow vs f: " + zip(f, mu).map { "\($0): \($1)" }.joined(separator: ", "))
        return lines
    }
}

/// The result of `kind: rates`: per rule the rates at the balanced point (and over a table
/// of `T` x `w*`), the run to its limit point and the late slope of `ln L`; RFLO's rates vs `f`.
public struct RatesResult: ExperimentResult {
    /// RFLO's rates at the balanced point per feedback gain.
    public struct FeedbackSweep: Codable, Sendable {
        public let gains: [Double]
        public let slowRates: [Double]
        public let fastRates: [Double]

        enum CodingKeys: String, CodingKey {
            case gains = "f", slowRates = "mu_slow", fastRates = "mu_fast"
        }
    }

    /// One rule's rates and run.
    public struct Rule: Codable, Sendable {
        public let balancedSlowRate: Double
        public let balancedFastRate: Double
        /// `[per T][per w*]`.
        public let tableSlowRates: [[Double]]
        public let tableFastRates: [[Double]]
        public let limitPoint: ModeCoordinates
        public let limitSlowRate: Double
        public let limitFastRate: Double
        public let slope: Double?
        public let predictedSlope: Double
        public let slopeError: Double?
        public let fitPoints: Int
        public let tau: [Double]
        public let loss: [Double]
        public let diverged: TimeDivergence?

        enum CodingKeys: String, CodingKey {
            case balancedSlowRate = "balanced_mu_slow", balancedFastRate = "balanced_mu_fast"
            case tableSlowRates = "table_mu_slow", tableFastRates = "table_mu_fast"
            case limitPoint = "limit_point", limitSlowRate = "limit_mu_slow", limitFastRate = "limit_mu_fast"
            case slope, predictedSlope = "predicted_slope", slopeError = "slope_error", fitPoints = "fit_points"
            case tau, loss, diverged
        }
    }

    public static let kind = "rates"
    public private(set) var kind = RatesResult.kind
    public let balancedPoint: ModeCoordinates
    public let tableHorizons: [Int]
    public let tableW: [Double]
    public let feedback: FeedbackSweep
    public let rules: Keyed<Rule>

    enum CodingKeys: String, CodingKey {
        case kind, balancedPoint = "balanced_point", tableHorizons = "table_T", tableW = "table_w", feedback, rules
    }

    public var failure: ExperimentFailure? { ExperimentFailure.first(in: rules) { $0.diverged } }
}
