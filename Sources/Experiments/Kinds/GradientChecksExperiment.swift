import Foundation
import LinearRNN

/// `kind: gradient_checks` (E1): on setup G of SPEC 11 (deterministic sine matrices), checks
/// the exact expected loss (2.2) against Monte Carlo, the BPTT population gradient (4.1) and
/// the per-sequence BPTT gradient (3.1-3.2) against central finite differences, and every
/// closed-form expected direction (4.1-4.3) against the impulse expectation (4.4).
struct GradientChecksExperiment: ExperimentKind {
    static let kind = "gradient_checks"

    let setting: SequenceSetting
    let samples: Int
    let sequences: Int
    let truncations: [Int]
    let finiteDifferenceStep: Double
    let curvePoints: Int
    let seed: UInt64

    init(parameters p: ParameterMap) throws {
        let horizon = try p.int("T", default: 6, allowed: "an integer from 1 to 1000", where: { $0 >= 1 && $0 <= 1000 })
        let alpha = try p.double("alpha", default: 0.7, allowed: "a leak in (0, 1]", where: { $0 > 0 && $0 <= 1 })
        setting = SequenceSetting(horizon: horizon, alpha: alpha)
        samples = try p.int("samples", default: 20_000, allowed: "an integer from 2 to 10000000", where: { $0 >= 2 && $0 <= 10_000_000 })
        sequences = try p.int("sequences", default: 3, allowed: "an integer from 1 to 1000", where: { $0 >= 1 && $0 <= 1000 })
        truncations = try p.doubles("K")?.map { k in
            guard k >= 1, k <= 1000, k == k.rounded() else { throw p.error(at: p.node("K"), "'K' must list integers from 1 to 1000; found \(k)") }
            return Int(k)
        } ?? [1, 3]
        finiteDifferenceStep = try p.double("fd_step", default: 1e-6, allowed: "a step in (0, 0.1]", where: { $0 > 0 && $0 <= 0.1 })
        curvePoints = try p.int("curve_points", default: 0, allowed: "an integer from 0 to 10000", where: { $0 >= 0 && $0 <= 10_000 })
        seed = UInt64(try p.int("seed", default: 0, allowed: "an integer >= 0", where: { $0 >= 0 }))
    }

    static var student: RNNWeights { SetupG.student }
    static var teacher: RNNWeights { SetupG.teacher }
    static var feedback: Matrix { SetupG.feedback }

    private static let lossSets: [LossSet] = [.all, .final]

    /// Monte Carlo, population gradient and impulse checks per loss set, and the sequence check.
    var workUnits: Int { 3 * Self.lossSets.count + 1 }

    func run(progress: @escaping @Sendable (Int) -> Void) throws -> JSONValue {
        let counter = ProgressCounter(progress)
        typealias Job = @Sendable () -> JSONValue
        var jobs: [Job] = []
        for loss in Self.lossSets { jobs.append { monteCarlo(loss) } }
        for loss in Self.lossSets { jobs.append { populationGradientError(loss) } }
        for loss in Self.lossSets { jobs.append { impulseErrors(loss) } }
        jobs.append { sequenceGradientErrors() }
        let parts = try ParallelJobs.run(jobs.count) { [jobs] i in
            defer { counter.advance() }
            return jobs[i]()
        }
        let n = Self.lossSets.count
        func perLoss(_ offset: Int) -> JSONValue {
            .object(Self.lossSets.enumerated().map { ($0.element.rawValue, parts[offset + $0.offset]) })
        }
        return .object([
            ("kind", .string(Self.kind)),
            ("setup", .object([("N", .number(Double(SetupG.hiddenSize))), ("n_in", .number(Double(SetupG.inputSize))),
                               ("n_out", .number(Double(SetupG.outputSize))), ("T", .number(Double(setting.horizon))),
                               ("alpha", .number(setting.alpha)), ("samples", .number(Double(samples))), ("seed", .number(Double(seed)))])),
            ("loss", perLoss(0)),
            ("population_gradient_error", perLoss(n)),
            ("impulse_error", perLoss(2 * n)),
            ("sequence_gradient_error", parts[3 * n]),
        ])
    }

    private func setting(_ loss: LossSet) -> SequenceSetting {
        var s = setting
        s.loss = loss
        return s
    }

    /// Exact loss (2.2) vs the mean per-sequence loss over `samples` white sequences (the same
    /// sequences for both loss sets), its standard error and z-score, and the running mean.
    private func monteCarlo(_ loss: LossSet) -> JSONValue {
        let s = setting(loss)
        let exact = ImpulseResponses(student: Self.student, teacher: Self.teacher, setting: s).expectedLoss
        var random = RandomSource.derived(seed: seed, stream: 1)
        var losses: [Double] = []
        losses.reserveCapacity(samples)
        while losses.count < samples {
            let size = min(1000, samples - losses.count)
            let batch = SequenceBatch.white(horizon: s.horizon, size: size, inputSize: SetupG.inputSize, random: &random)
            losses += Self.sequenceLosses(weights: Self.student, batch: batch, setting: s)
        }
        func statistics(_ count: Int) -> (mean: Double, error: Double) {
            let slice = losses.prefix(count)
            let mean = slice.reduce(0, +) / Double(count)
            let variance = slice.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(count - 1)
            return (mean, (variance / Double(count)).squareRoot())
        }
        let (mean, error) = statistics(samples)
        var pairs: [(String, JSONValue)] = [
            ("exact", .number(exact)), ("monte_carlo", .number(mean)),
            ("standard_error", .number(error)), ("z", .number((mean - exact) / error)),
        ]
        if curvePoints > 0 {
            let counts = (1...curvePoints).map { max(2, samples * $0 / curvePoints) }
            let curve = counts.map(statistics)
            pairs.append(("curve", .object([("samples", .numbers(counts.map(Double.init))),
                                            ("mean", .numbers(curve.map(\.mean))), ("standard_error", .numbers(curve.map(\.error)))])))
        }
        return .object(pairs)
    }

    /// Per-sequence losses `1/2 sum_{t in S} ||eps_t||^2` of a batch against the teacher.
    static func sequenceLosses(weights: RNNWeights, batch: SequenceBatch, setting: SequenceSetting) -> [Double] {
        let targets = ForwardPass(weights: teacher, batch: batch, setting: setting).outputs
        return ForwardPass(weights: weights, batch: batch, setting: setting).sequenceLosses(targets: targets)
    }

    /// `-grad` of `loss` by central differences over every entry of `W`, `B` and `C`.
    private func finiteDifferenceDirection(_ loss: (RNNWeights) -> Double) -> Direction {
        FiniteDifferences.descentDirection(at: Self.student, step: finiteDifferenceStep, loss)
    }

    /// Max relative error of BPTT's population direction (4.1) against differences of (2.2).
    private func populationGradientError(_ loss: LossSet) -> JSONValue {
        let s = setting(loss)
        let analytic = BPTT().expectedDirection(weights: Self.student, teacher: Self.teacher, setting: s)
        let numeric = finiteDifferenceDirection { ImpulseResponses(student: $0, teacher: Self.teacher, setting: s).expectedLoss }
        return .number(Direction.maxRelativeDifference(analytic, numeric))
    }

    /// Per-sequence BPTT (3.1-3.2) against differences of the sequence loss, per sequence.
    private func sequenceGradientErrors() -> JSONValue {
        var random = RandomSource.derived(seed: seed, stream: 2)
        let errors = (0..<sequences).map { _ in
            let batch = SequenceBatch.white(horizon: setting.horizon, size: 1, inputSize: SetupG.inputSize, random: &random)
            let targets = ForwardPass(weights: Self.teacher, batch: batch, setting: setting).outputs
            let analytic = BPTT().sampledDirection(weights: Self.student, batch: batch, targets: targets, setting: setting).direction
            let numeric = finiteDifferenceDirection { Self.sequenceLosses(weights: $0, batch: batch, setting: setting)[0] }
            return Direction.maxRelativeDifference(analytic, numeric)
        }
        return .object([("max", .number(errors.max() ?? .nan)), ("per_sequence", .numbers(errors))])
    }

    /// Closed-form expected directions vs the sum of per-sequence directions over the impulse
    /// sequences (4.4), per rule: `bptt`, `tbptt_K<k>` (`tbptt` for K = 1), `rflo`.
    private func impulseErrors(_ loss: LossSet) -> JSONValue {
        let s = setting(loss)
        let rules: [(String, any LearningRule)] = [("bptt", BPTT())]
            + truncations.map { ($0 == 1 ? "tbptt" : "tbptt_K\($0)", TruncatedBPTT(horizon: $0)) }
            + [("rflo", RFLO(feedback: Self.feedback, postsynapticGain: true))]
        let impulses = SequenceBatch.impulses(horizon: s.horizon, inputSize: SetupG.inputSize)
        let targets = ForwardPass(weights: Self.teacher, batch: impulses, setting: s).outputs
        return .object(rules.map { name, rule in
            let expected = rule.expectedDirection(weights: Self.student, teacher: Self.teacher, setting: s)
            let summed = rule.sampledDirection(weights: Self.student, batch: impulses, targets: targets, setting: s)
                .direction.scaled(by: Double(impulses.size))
            return (name, .number(Direction.maxRelativeDifference(expected, summed)))
        })
    }

    func summary(of result: JSONValue) -> [String] {
        var lines = ["gradient_checks: setup G, T = \(setting.horizon), alpha = \(setting.alpha), \(samples) Monte Carlo sequences"]
        for loss in Self.lossSets.map(\.rawValue) {
            let l = result["loss"]?[loss]
            lines.append("  \(loss): L = \(Format.short(l?["exact"]?.doubleValue)), MC = \(Format.short(l?["monte_carlo"]?.doubleValue)) (z = \(Format.short(l?["z"]?.doubleValue))); population gradient error \(Format.short(result["population_gradient_error"]?[loss]?.doubleValue)); impulse errors "
                + (result["impulse_error"]?[loss]?.objectValue ?? []).map { "\($0.0) \(Format.short($0.1.doubleValue))" }.joined(separator: ", "))
        }
        lines.append("  per-sequence gradient error (max over \(sequences)): \(Format.short(result["sequence_gradient_error"]?["max"]?.doubleValue))")
        return lines
    }
}
