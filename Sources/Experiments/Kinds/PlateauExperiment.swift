import Foundation
import LinearRNN

/// `kind: plateau` (E5): saddle plateaus of one mode. (a) From `(eps, w0, eps)` for each
/// `eps`, the plateau time `t_half` (first `tau` with `L < L_Z / 2`, `PlateauTime`, RK4 step
/// `dt`) and the loss curve (RK4 step `curve_dt`); the rate fitted from `t_half` vs
/// `ln(1/eps)` against the predicted saddle rate `alpha sqrt(sigma_K sigma)` (SPEC 7.8-7.9).
/// (b) The saddle trap: the run from `trap_start`.
struct PlateauExperiment: ExperimentKind {
    static let kind = "plateau"

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

    func run(progress: @escaping @Sendable (Int) -> Void) throws -> JSONValue {
        let counter = ProgressCounter(progress)
        let perRule = epsilons.count + 1
        let jobs = try ParallelJobs.run(rules.count * perRule) { [self] job in
            defer { counter.advance() }
            let rule = rules[job / perRule].rule
            let index = job % perRule
            if index == epsilons.count { return trajectory(rule: rule, from: trapStart, duration: trapTime) }
            let start = ModePoint(b: epsilons[index], w: w0, c: epsilons[index])
            let half = PlateauTime.halfSaddleLossTime(problem: mode.problem, rule: rule, start: start, step: step, maxTime: maxTime)
            return .object([("t_half", .optional(half)), ("curve", trajectory(rule: rule, from: start, duration: curveTime))])
        }
        var results: [(String, JSONValue)] = []
        for (r, spec) in rules.enumerated() {
            let runs = Array(jobs[(r * perRule)..<((r + 1) * perRule)])
            let halves = runs.dropLast().map { $0["t_half"]?.doubleValue }
            results.append((spec.label, ruleJSON(spec.rule, halves: halves, curves: runs.dropLast().compactMap { $0["curve"] }, trap: runs.last!)))
        }
        let tau = jobs.first?["curve"]?["tau"] ?? .array([])
        return .object([
            ("kind", .string(Self.kind)),
            ("eps", .numbers(epsilons)), ("w0", .number(w0)),
            ("saddle_loss", .number(mode.problem.saddleLoss)),
            ("curve_tau", tau),
            ("optimum", mode.optimumBranchesJSON(bLimit: 2, cLimit: 2)),
            ("rules", .object(results)),
        ])
    }

    private func ruleJSON(_ rule: ModeRule, halves: [Double?], curves: [JSONValue], trap: JSONValue) -> JSONValue {
        let fitted = zip(epsilons, halves).compactMap { eps, half in half.flatMap { eps <= fitBelow ? (log(1 / eps), $0) : nil } }
        let predicted = mode.problem.saddleEigenvalues(of: rule, w: w0).flatMap { $0.map(\.re).max() }
        // RFLO has no saddle (SPEC 6.2): its t_half does not grow with ln(1/eps), so no rate is fitted.
        let rate = predicted == nil ? nil : ModeTrajectory.slope(fitted.map { (x: $0.0, y: $0.1) }).flatMap { $0 > 0 ? 1 / $0 : nil }
        let times = fitted.map(\.1)
        let spread = times.isEmpty ? nil : (times.max()! - times.min()!) / (times.reduce(0, +) / Double(times.count))
        return .object([
            ("t_half", .array(halves.map { .optional($0) })),
            ("fitted_rate", .optional(rate)),
            ("predicted_rate", .optional(predicted)),
            ("t_half_spread", .optional(spread)),
            ("loss", .array(curves.compactMap { $0["loss"] })),
            ("trap", trap),
        ])
    }

    /// An RK4 run with step `curve_dt` and `records` samples (`ModeTrajectory.json`).
    private func trajectory(rule: ModeRule, from start: ModePoint, duration: Double) -> JSONValue {
        let problem = mode.problem
        let system = MultiModeSystem(mode: problem, rule: rule)
        let steps = max(1, Int((duration / curveStep).rounded()))
        let solution = RungeKutta4(step: curveStep).integrate(system.field, from: start.components, duration: duration,
                                                         sampleEvery: max(1, steps / records),
                                                         guard: system.divergenceGuard(initialLoss: problem.loss(at: start)))
        return .object(ModeTrajectory.json(problem: problem, solution: solution))
    }

    func summary(of result: JSONValue) -> [String] {
        var lines = ["plateau: t_half for eps = " + epsilons.map { Format.short($0) }.joined(separator: ", ") + " from (eps, \(w0), eps); L_Z = \(Format.short(result["saddle_loss"]?.doubleValue))"]
        for (label, r) in result["rules"]?.objectValue ?? [] {
            let halves = (r["t_half"]?.arrayValue ?? []).map { Format.short($0.doubleValue) }.joined(separator: ", ")
            lines.append("  \(label): t_half \(halves); rate fitted \(Format.short(r["fitted_rate"]?.doubleValue)), predicted \(Format.short(r["predicted_rate"]?.doubleValue)); trap ends at loss \(Format.short(r["trap"]?["final_loss"]?.doubleValue))")
        }
        return lines
    }
}
