import Foundation
import LinearRNN

/// `kind: alignment` (E2): population training of the full matrices of an aligned task
/// against the per-mode Euler map `theta += eta * D` (SPEC 5.6-5.8) with the same `eta`, and
/// against the per-mode ODE (RK4). Compared after every update: the projected modes (5.5) vs
/// Euler, the off-diagonal leakage, Euler vs RK4 and, for BPTT, the drift of `b^2 - c^2`
/// along RK4 (SPEC 5.4); per mode, the `tau` at which its loss first falls below `threshold`
/// times its initial value.
struct AlignmentExperiment: ExperimentKind {
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

    var estimate: WorkEstimate {
        let n = modes.problems.count, records = Double(steps / recordEvery + 2)
        return .training(runs: Double(rules.count), steps: steps, hidden: n, inputs: n, outputs: n,
                         horizon: modes.problems[0].horizon, batch: nil, exactLosses: 0, records: records,
                         keys: ["steps", "teacher_modes", "T", "rules"],
                         memoryKeys: ["teacher_modes", "T", "steps", "record_every"])
            + .modeODE(runs: Double(rules.count), steps: learningRate * Double(steps) / step, stages: 4, modes: n,
                       horizon: modes.problems[0].horizon, records: records, keys: ["eta", "dt"])
    }

    func compute(progress: @escaping @Sendable (Int) -> Void) throws -> AlignmentResult {
        let counter = ProgressCounter(progress)
        let task = modes.task(bases: bases)
        let perRule = try ParallelJobs.run(rules.count) { [self] i in
            let plan = TrainingPlan(setting: modes.setting, mode: .population, learningRate: learningRate, steps: steps, recordEvery: 1)
            let record = Trainer.train(rule: rules[i].rule(feedback: task.feedback), task: task, plan: plan) { _ in counter.advance() }
            return ruleResult(rules[i], record: record)
        }
        return AlignmentResult(rules: Keyed(zip(rules, perRule).map { ($0.label, $1) }))
    }

    private func ruleResult(_ spec: RuleSpec, record: TrainingRecord) -> AlignmentResult.Rule {
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
        var drift: Double?
        if spec.kind == .bptt {
            let invariant = { (p: ModePoint) in p.b * p.b - p.c * p.c }
            drift = odePoints.map { zip($0, odePoints[0]).map { abs(invariant($0) - invariant($1)) }.max() ?? 0 }.max() ?? 0
        }
        let modeLoss = (0..<modes.problems.count).map { a in record.modes.map { modes.problems[a].loss(at: $0[a]) } }
        let reached = modeLoss.map { losses in losses.firstIndex { $0 < threshold * losses[0] }.map { tau[$0] } }
        let kept = Array(stride(from: 0, to: count, by: recordEvery)) + (count > 0 && (count - 1) % recordEvery != 0 ? [count - 1] : [])
        return AlignmentResult.Rule(
            tau: kept.map { tau[$0] }, loss: kept.map { record.loss[$0] },
            modeLoss: modeLoss.map { losses in kept.map { losses[$0] } },
            matrix: ModeSeries(kept.map { record.modes[$0] }), ode: ModeSeries(kept.map { odePoints[$0] }),
            maxProjectionError: projection, maxLeakage: record.leakage.max() ?? 0, maxEulerODE: eulerVsODE,
            invariantDrift: drift, tauToThreshold: reached,
            diverged: record.divergence.map { StepDivergence(step: $0.step, reason: $0.reason) })
    }

    func summary(of result: AlignmentResult) -> [String] {
        var lines = ["alignment: population training, eta = \(learningRate), \(steps) steps, vs per-mode Euler and RK4 (dt = \(step))"]
        for (label, r) in result.rules.entries {
            let reached = r.tauToThreshold.map { Format.short($0) }.joined(separator: " / ")
            var line = "  \(label): |matrix - Euler| \(Format.short(r.maxProjectionError)), leakage \(Format.short(r.maxLeakage)), |Euler - RK4| \(Format.short(r.maxEulerODE)); tau to \(Format.short(threshold)) L0 per mode \(reached)"
            if let drift = r.invariantDrift { line += "; b^2 - c^2 drift \(Format.short(drift))" }
            lines.append(line)
        }
        return lines
    }
}

/// The result of `kind: alignment`: per rule the full-matrix training of an aligned task
/// against the per-mode Euler map and ODE, and each mode's time to its loss threshold.
public struct AlignmentResult: ExperimentResult {
    /// One rule's comparison.
    public struct Rule: Codable, Sendable {
        public let tau: [Double]
        public let loss: [Double]
        public let modeLoss: [[Double]]
        /// The modes projected from the trained matrices.
        public let matrix: ModeSeries
        public let ode: ModeSeries
        public let maxProjectionError: Double
        public let maxLeakage: Double
        public let maxEulerODE: Double
        /// The largest drift of `b^2 - c^2` along the ODE, for BPTT.
        public let invariantDrift: Double?
        /// Per mode; `nil` when the threshold was not reached.
        public let tauToThreshold: [Double?]
        public let diverged: StepDivergence?

        enum CodingKeys: String, CodingKey {
            case tau, loss, modeLoss = "mode_loss", matrix, ode
            case maxProjectionError = "max_projection_error", maxLeakage = "max_leakage", maxEulerODE = "max_euler_ode"
            case invariantDrift = "invariant_drift", tauToThreshold = "tau_to_threshold", diverged
        }
    }

    public static let kind = "alignment"
    public private(set) var kind = AlignmentResult.kind
    public let rules: Keyed<Rule>

    public var failure: ExperimentFailure? { ExperimentFailure.first(in: rules) { $0.diverged } }
}
