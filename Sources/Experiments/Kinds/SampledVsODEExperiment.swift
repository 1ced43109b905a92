import Foundation
import LinearRNN

/// `kind: sampled_vs_ode` (E3): stochastic full-matrix training on an aligned task (fresh
/// white-noise batches every step, several seeds) against the per-mode ODE (RK4) at the same
/// `tau = eta * steps`; per rule the largest loss deviation relative to the initial loss,
/// `max_tau |L_SGD - L_ODE| / L_ODE(0)`, for each seed and its mean over seeds.
struct SampledVsODEExperiment: ExperimentKind {
    let modes: ModeSpec
    let bases: AlignedBasesSpec
    let rules: [RuleSpec]
    let batch: Int
    let learningRate: Double
    let steps: Int
    let recordEvery: Int
    let seeds: [UInt64]
    let step: Double

    init(parameters p: ParameterMap) throws {
        modes = try ModeSpec(parameters: p)
        bases = try AlignedBasesSpec.read(try p.map("bases"), modes: modes.problems.count)
        rules = try ModeSpec.fullMatrixRules(from: p)
        batch = try p.int("batch", default: 64, allowed: "an integer from 1 to 100000", where: { $0 >= 1 && $0 <= 100_000 })
        learningRate = try p.double("eta", default: 0.002, allowed: "a learning rate > 0", where: { $0 > 0 })
        steps = try p.int("steps", default: 1500, allowed: "an integer from 1 to 10000000", where: { $0 >= 1 && $0 <= 10_000_000 })
        recordEvery = try p.int("record_every", default: max(1, steps / 200), allowed: "an integer >= 1", where: { $0 >= 1 })
        seeds = try (p.doubles("seeds") ?? [0, 1, 2]).map { s in
            guard s >= 0, s == s.rounded() else { throw p.error(at: p.node("seeds"), "'seeds' must list integers >= 0; found \(s)") }
            return UInt64(s)
        }
        guard !seeds.isEmpty else { throw p.error(at: p.node("seeds"), "'seeds' must not be empty") }
        step = try p.double("dt", default: 1e-3, allowed: "an RK4 step in (0, 0.1]", where: { $0 > 0 && $0 <= 0.1 })
    }

    var workUnits: Int { rules.count * seeds.count * steps }

    var estimate: WorkEstimate {
        let n = modes.problems.count, records = Double(steps / recordEvery + 2)
        return .training(runs: Double(rules.count * seeds.count), steps: steps, hidden: n, inputs: n, outputs: n,
                         horizon: modes.problems[0].horizon, batch: batch, exactLosses: records, records: records,
                         keys: ["steps", "batch", "seeds", "teacher_modes", "T", "rules"],
                         memoryKeys: ["teacher_modes", "T", "batch", "steps", "record_every"])
            + .modeODE(runs: Double(rules.count), steps: learningRate * Double(steps) / step, stages: 4, modes: n,
                       horizon: modes.problems[0].horizon, records: records, keys: ["eta", "dt"])
    }

    func compute(progress: @escaping @Sendable (Int) -> Void) throws -> SampledVsODEResult {
        let counter = ProgressCounter(progress)
        let task = modes.task(bases: bases)
        let runs = try ParallelJobs.run(rules.count * seeds.count) { [self] job in
            var data = RandomSource.derived(seed: seeds[job % seeds.count], stream: 2)
            let plan = TrainingPlan(setting: modes.setting, mode: .sampled(batch: batch), learningRate: learningRate,
                                    steps: steps, recordEvery: recordEvery, seed: data.next())
            let rule = rules[job / seeds.count].rule(feedback: task.feedback)
            return Trainer.train(rule: rule, task: task, plan: plan) { _ in counter.advance() }
        }
        let perRule = rules.enumerated().map { r, spec in
            (spec.label, ruleResult(spec, runs: Array(runs[(r * seeds.count)..<((r + 1) * seeds.count)])))
        }
        return SampledVsODEResult(seeds: seeds, rules: Keyed(perRule))
    }

    private func ruleResult(_ spec: RuleSpec, runs: [TrainingRecord]) -> SampledVsODEResult.Rule {
        let system = modes.system(for: spec)
        let tau = runs.max { $0.tau.count < $1.tau.count }?.tau ?? [0]
        let ode = Self.states(system, from: MultiModeSystem.state(modes.initial), at: tau, step: step)
        let odeLoss = ode.map(system.loss)
        let deviations = runs.map { run in
            zip(run.loss, odeLoss).map { abs($0 - $1) / odeLoss[0] }.max() ?? .nan
        }
        let diverged = zip(seeds, runs).lazy.compactMap { seed, run in
            run.divergence.map { SampledVsODEResult.SeedDivergence(seed: seed, step: $0.step, reason: $0.reason) }
        }.first
        return SampledVsODEResult.Rule(
            tau: tau, odeLoss: odeLoss, loss: runs.map(\.loss), deviation: deviations,
            meanDeviation: deviations.reduce(0, +) / Double(deviations.count),
            odeModes: ModeSeries(ode.map(system.points)), sgdModes: ModeSeries(runs[0].modes), diverged: diverged)
    }

    /// RK4 states at the increasing times `tau` (the first is 0), each interval split into
    /// equal steps no longer than `step`.
    static func states(_ system: MultiModeSystem, from start: [Double], at tau: [Double], step: Double) -> [[Double]] {
        var y = start, previous = 0.0
        return tau.map { time in
            let count = Int((max(0, time - previous) / step).rounded(.up))
            for _ in 0..<count { y = RungeKutta4.advance(system.field, y, by: (time - previous) / Double(count)) }
            previous = time
            return y
        }
    }

    func summary(of result: SampledVsODEResult) -> [String] {
        var lines = ["sampled_vs_ode: batch \(batch), eta = \(learningRate), \(steps) steps, seeds " + seeds.map(String.init).joined(separator: ", ")]
        for (label, r) in result.rules.entries {
            let each = r.deviation.map { Format.short($0) }.joined(separator: ", ")
            lines.append("  \(label): max |L_SGD - L_ODE| / L_ODE(0) = \(each); mean \(Format.short(r.meanDeviation))")
        }
        return lines
    }
}

/// The result of `kind: sampled_vs_ode`: per rule the exact loss of each seed's SGD run and
/// of the per-mode ODE at the same `tau`, their largest relative deviation, and the modes.
public struct SampledVsODEResult: ExperimentResult {
    /// `{"seed": s, "step": n, "reason": ...}`: the first seed whose run stopped.
    public struct SeedDivergence: Codable, Sendable, Divergence {
        public let seed: UInt64
        public let step: Int
        public let reason: String
        var position: ExperimentFailure.Position { .step(step) }
    }

    /// One rule's runs.
    public struct Rule: Codable, Sendable {
        public let tau: [Double]
        public let odeLoss: [Double]
        /// The loss curve per seed.
        public let loss: [[Double]]
        public let deviation: [Double]
        public let meanDeviation: Double
        public let odeModes: ModeSeries
        /// The modes of the first seed's run.
        public let sgdModes: ModeSeries
        public let diverged: SeedDivergence?

        enum CodingKeys: String, CodingKey {
            case tau, odeLoss = "ode_loss", loss, deviation, meanDeviation = "mean_deviation"
            case odeModes = "ode_modes", sgdModes = "sgd_modes", diverged
        }
    }

    public static let kind = "sampled_vs_ode"
    public private(set) var kind = SampledVsODEResult.kind
    public let seeds: [UInt64]
    public let rules: Keyed<Rule>

    init(seeds: [UInt64], rules: Keyed<Rule>) {
        self.seeds = seeds
        self.rules = rules
    }

    enum CodingKeys: String, CodingKey {
        case kind, seeds, rules
    }

    public var failure: ExperimentFailure? { ExperimentFailure.first(in: rules) { $0.diverged } }
}
