import Foundation
import LinearRNN

/// `kind: alignment` (E2): population training of the full matrices of an aligned task
/// against the per-mode Euler map `theta += eta * D` (SPEC 5.6-5.8) with the same `eta`, and
/// against the per-mode ODE (RK4). Compared after every update: the projected modes (5.5) vs
/// Euler, the off-diagonal leakage, Euler vs RK4 and, for BPTT, the drift of `b^2 - c^2`
/// along RK4 (SPEC 5.4); per mode, the `tau` at which its loss first falls below `threshold`
/// times its initial value.
struct AlignmentExperiment: ExperimentKind {
    static let kind = "alignment"

    let modes: ModeSpec
    let bases: AlignedBasesSpec
    let rules: [RuleSpec]
    let learningRate: Double
    let steps: Int
    let recordEvery: Int
    let step: Double
    let threshold: Double

    init(parameters p: ParameterMap) throws {
        modes = try ModeSpec(parameters: p)
        bases = try AlignedBasesSpec.read(try p.map("bases"), modes: modes.problems.count)
        rules = try ModeSpec.fullMatrixRules(from: p)
        learningRate = try p.double("eta", default: 1e-3, allowed: "a learning rate > 0", where: { $0 > 0 })
        steps = try p.int("steps", default: 3000, allowed: "an integer from 1 to 1000000", where: { $0 >= 1 && $0 <= 1_000_000 })
        recordEvery = try p.int("record_every", default: max(1, steps / 200), allowed: "an integer >= 1", where: { $0 >= 1 })
        step = try p.double("dt", default: 1e-3, allowed: "an RK4 step in (0, 0.1]", where: { $0 > 0 && $0 <= 0.1 })
        threshold = try p.double("threshold", default: 1e-3, allowed: "a fraction in (0, 1)", where: { $0 > 0 && $0 < 1 })
    }

    var workUnits: Int { rules.count * steps }

    func run(progress: @escaping @Sendable (Int) -> Void) throws -> JSONValue {
        let counter = ProgressCounter(progress)
        let task = modes.task(bases: bases)
        let perRule = try ParallelJobs.run(rules.count) { [self] i in
            let plan = TrainingPlan(setting: modes.setting, mode: .population, learningRate: learningRate, steps: steps, recordEvery: 1)
            let record = Trainer.train(rule: rules[i].rule(feedback: task.feedback), task: task, plan: plan) { _ in counter.advance() }
            return ruleJSON(rules[i], record: record)
        }
        return .object([("kind", .string(Self.kind)), ("rules", .object(zip(rules, perRule).map { ($0.label, $1) }))])
    }

    private func ruleJSON(_ spec: RuleSpec, record: TrainingRecord) -> JSONValue {
        let system = modes.system(for: spec)
        let count = record.modes.count
        var euler = MultiModeSystem.state(modes.initial)
        let tau = record.tau
        let ode = SampledVsODEExperiment.states(system, from: euler, at: tau, step: step)
        var projection = 0.0, eulerVsODE = 0.0
        for n in 0..<count {
            if n > 0 { euler = zip(euler, system.direction(euler)).map { $0 + learningRate * $1 } }
            let matrix = MultiModeSystem.state(record.modes[n])
            projection = max(projection, zip(matrix, euler).map { abs($0 - $1) }.max() ?? 0)
            eulerVsODE = max(eulerVsODE, zip(euler, ode[n]).map { abs($0 - $1) }.max() ?? 0)
        }
        let odePoints = ode.map(system.points)
        var drift = JSONValue.null
        if spec.kind == .bptt {
            let invariant = { (p: ModePoint) in p.b * p.b - p.c * p.c }
            drift = .number(odePoints.map { zip($0, odePoints[0]).map { abs(invariant($0) - invariant($1)) }.max() ?? 0 }.max() ?? 0)
        }
        let modeLoss = (0..<modes.problems.count).map { a in record.modes.map { modes.problems[a].loss(at: $0[a]) } }
        let reached = modeLoss.map { losses in losses.firstIndex { $0 < threshold * losses[0] }.map { tau[$0] } }
        let kept = Array(stride(from: 0, to: count, by: recordEvery)) + (count > 0 && (count - 1) % recordEvery != 0 ? [count - 1] : [])
        var diverged = JSONValue.null
        if let divergence = record.divergence {
            diverged = .object([("step", .number(Double(divergence.step))), ("reason", .string(divergence.reason))])
        }
        return .object([
            ("tau", .numbers(kept.map { tau[$0] })),
            ("loss", .numbers(kept.map { record.loss[$0] })),
            ("mode_loss", .array(modeLoss.map { losses in .numbers(kept.map { losses[$0] }) })),
            ("matrix", ModeSpec.seriesJSON(kept.map { record.modes[$0] })),
            ("ode", ModeSpec.seriesJSON(kept.map { odePoints[$0] })),
            ("max_projection_error", .number(projection)),
            ("max_leakage", .number(record.leakage.max() ?? 0)),
            ("max_euler_ode", .number(eulerVsODE)),
            ("invariant_drift", drift),
            ("tau_to_threshold", .array(reached.map { .optional($0) })),
            ("diverged", diverged),
        ])
    }

    func summary(of result: JSONValue) -> [String] {
        var lines = ["alignment: population training, eta = \(learningRate), \(steps) steps, vs per-mode Euler and RK4 (dt = \(step))"]
        for (label, r) in result["rules"]?.objectValue ?? [] {
            let reached = (r["tau_to_threshold"]?.arrayValue ?? []).map { Format.short($0.doubleValue) }.joined(separator: " / ")
            var line = "  \(label): |matrix - Euler| \(Format.short(r["max_projection_error"]?.doubleValue)), leakage \(Format.short(r["max_leakage"]?.doubleValue)), |Euler - RK4| \(Format.short(r["max_euler_ode"]?.doubleValue)); tau to \(Format.short(threshold)) L0 per mode \(reached)"
            if let drift = r["invariant_drift"]?.doubleValue { line += "; b^2 - c^2 drift \(Format.short(drift))" }
            lines.append(line)
        }
        return lines
    }
}
