import Foundation
import LinearRNN

/// `kind: plateau` (E5): saddle plateaus of one mode. (a) From `(eps, w0, eps)` for each
/// `eps`, the plateau time `t_half` (first `tau` with `L < L_Z / 2`, `PlateauTime`, RK4 step
/// `dt`) and the loss curve (RK4 step `curve_dt`); the rate fitted from `t_half` vs
/// `ln(1/eps)` against the predicted saddle rate `alpha sqrt(sigma_K sigma)` (SPEC 7.8-7.9).
/// (b) The saddle trap: the run from `trap_start`.
struct PlateauExperiment: ExperimentKind {
    let mode: SingleModeSpec
    let rules: [ModeRuleSpec]
    let epsilons: [Double]
    let w0: Double
    let step: Double
    let curveStep: Double
    let maxTime: Double
    let fitBelow: Double
    let curveTime: Double
    let records: Int
    let trapStart: ModePoint
    let trapTime: Double

    init(parameters p: ParameterMap) throws {
        mode = try SingleModeSpec(parameters: p)
        rules = try ModeRuleSpec.list(from: p, defaultFeedback: try p.double("f", default: 1, allowed: "a feedback gain != 0", where: { $0 != 0 }))
        epsilons = try p.doubles("eps") ?? [1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6]
        guard !epsilons.isEmpty, epsilons.allSatisfy({ $0 > 0 }) else {
            throw p.error(at: p.node("eps"), "'eps' must be a non-empty list of initial scales > 0")
        }
        w0 = try p.double("w0", default: 0.5)
        step = try p.double("dt", default: 1e-4, allowed: "an RK4 step in (0, 0.1]", where: { $0 > 0 && $0 <= 0.1 })
        curveStep = try p.double("curve_dt", default: 1e-3, allowed: "an RK4 step in (0, 0.1]", where: { $0 > 0 && $0 <= 0.1 })
        maxTime = try p.double("max_tau", default: 100, allowed: "a time > 0", where: { $0 > 0 && $0 <= 1e5 })
        fitBelow = try p.double("fit_below", default: 1e-3, allowed: "a scale > 0", where: { $0 > 0 })
        curveTime = try p.double("curve_tau", default: 2, allowed: "a time > 0", where: { $0 > 0 && $0 <= 1e4 })
        records = try p.int("records", default: 200, allowed: "an integer from 1 to 100000", where: { $0 >= 1 && $0 <= 100_000 })
        trapStart = ModePoint(try p.doubles("trap_start", count: 3) ?? [-0.05, 0, 0.05])
        trapTime = try p.double("trap_tau", default: 3, allowed: "a time > 0", where: { $0 > 0 && $0 <= 1e4 })
    }

    /// One unit per (rule, eps) and per trap run.
    var workUnits: Int { rules.count * (epsilons.count + 1) }

    var estimate: WorkEstimate {
        let curves = Double(epsilons.count) * (curveTime / curveStep) + trapTime / curveStep
        // A search stops at the half-loss time: budgeted as at most 10 units of tau (the
        // plateaus of SPEC 7 end before tau = 2 for eps >= 1e-6).
        let searches = Double(epsilons.count) * (min(maxTime, 10) / step)
        return .modeODE(runs: Double(rules.count), steps: searches + curves, stages: 4, horizon: mode.problem.horizon,
                        records: Double(records * (epsilons.count + 1)), keys: ["max_tau", "dt", "eps", "curve_tau", "curve_dt", "T", "rules"])
    }

    func compute(progress: @escaping @Sendable (Int) -> Void) throws -> PlateauResult {
        let counter = ProgressCounter(progress)
        let perRule = epsilons.count + 1
        let jobs = try ParallelJobs.run(rules.count * perRule) { [self] job -> (half: Double?, path: Trajectory) in
            defer { counter.advance() }
            let rule = rules[job / perRule].rule
            let index = job % perRule
            if index == epsilons.count { return (nil, trajectory(rule: rule, from: trapStart, duration: trapTime)) }
            let start = ModePoint(b: epsilons[index], w: w0, c: epsilons[index])
            let half = PlateauTime.halfSaddleLossTime(problem: mode.problem, rule: rule, start: start, step: step, maxTime: maxTime)
            return (half, trajectory(rule: rule, from: start, duration: curveTime))
        }
        let results = rules.enumerated().map { r, spec in
            let runs = Array(jobs[(r * perRule)..<((r + 1) * perRule)])
            return (spec.label, ruleResult(spec.rule, curves: runs.dropLast(), trap: runs.last!.path))
        }
        return PlateauResult(epsilons: epsilons, w0: w0, saddleLoss: mode.problem.saddleLoss, curveTau: jobs.first?.path.tau ?? [],
                             optimum: mode.optimumBranches(bLimit: 2, cLimit: 2), rules: Keyed(results))
    }

    private func ruleResult(_ rule: ModeRule, curves: ArraySlice<(half: Double?, path: Trajectory)>, trap: Trajectory) -> PlateauResult.Rule {
        let halves = curves.map(\.half)
        let fitted = zip(epsilons, halves).compactMap { eps, half in half.flatMap { eps <= fitBelow ? (log(1 / eps), $0) : nil } }
        let predicted = mode.problem.saddleEigenvalues(of: rule, w: w0).flatMap { $0.map(\.re).max() }
        // RFLO has no saddle (SPEC 6.2): its t_half does not grow with ln(1/eps), so no rate is fitted.
        let rate = predicted == nil ? nil : ModeTrajectory.slope(fitted.map { (x: $0.0, y: $0.1) }).flatMap { $0 > 0 ? 1 / $0 : nil }
        let times = fitted.map(\.1)
        let spread = times.isEmpty ? nil : (times.max()! - times.min()!) / (times.reduce(0, +) / Double(times.count))
        return PlateauResult.Rule(halfTimes: halves, fittedRate: rate, predictedRate: predicted, halfTimeSpread: spread,
                                  loss: curves.map(\.path.loss), trap: trap)
    }

    /// An RK4 run with step `curve_dt` and `records` samples.
    private func trajectory(rule: ModeRule, from start: ModePoint, duration: Double) -> Trajectory {
        let problem = mode.problem
        let system = MultiModeSystem(mode: problem, rule: rule)
        let steps = max(1, Int((duration / curveStep).rounded()))
        let solution = RungeKutta4(step: curveStep).integrate(system.field, from: start.components, duration: duration,
                                                         sampleEvery: max(1, steps / records),
                                                         guard: system.divergenceGuard(initialLoss: problem.loss(at: start)))
        return ModeTrajectory.record(problem: problem, solution: solution)
    }

    func summary(of result: PlateauResult) -> [String] {
        var lines = ["plateau: t_half for eps = " + epsilons.map { Format.short($0) }.joined(separator: ", ") + " from (eps, \(w0), eps); L_Z = \(Format.short(result.saddleLoss))"]
        for (label, r) in result.rules.entries {
            let halves = r.halfTimes.map { Format.short($0) }.joined(separator: ", ")
            lines.append("  \(label): t_half \(halves); rate fitted \(Format.short(r.fittedRate)), predicted \(Format.short(r.predictedRate)); trap ends at loss \(Format.short(r.trap.finalLoss))")
        }
        return lines
    }
}

/// The result of `kind: plateau`: per rule the half-loss times from `(eps, w0, eps)`, the
/// fitted and predicted saddle rates, the loss curves and the saddle-trap run.
public struct PlateauResult: ExperimentResult {
    /// One rule's plateaus.
    public struct Rule: Codable, Sendable {
        /// `t_half` per `eps`; `nil` when the loss never halved.
        public let halfTimes: [Double?]
        public let fittedRate: Double?
        public let predictedRate: Double?
        public let halfTimeSpread: Double?
        /// The loss curve per `eps`, at `curve_tau`.
        public let loss: [[Double]]
        public let trap: Trajectory

        enum CodingKeys: String, CodingKey {
            case halfTimes = "t_half", fittedRate = "fitted_rate", predictedRate = "predicted_rate"
            case halfTimeSpread = "t_half_spread", loss, trap
        }
    }

    public static let kind = "plateau"
    public private(set) var kind = PlateauResult.kind
    public let epsilons: [Double]
    public let w0: Double
    public let saddleLoss: Double
    public let curveTau: [Double]
    public let optimum: OptimumBranches
    public let rules: Keyed<Rule>

    enum CodingKeys: String, CodingKey {
        case kind, epsilons = "eps", w0, saddleLoss = "saddle_loss", curveTau = "curve_tau", optimum, rules
    }

    /// A saddle-trap run that diverged.
    public var failure: ExperimentFailure? { ExperimentFailure.first(in: rules) { $0.trap.diverged } }
}
