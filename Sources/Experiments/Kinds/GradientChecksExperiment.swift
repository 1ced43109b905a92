import Foundation
import LinearRNN

/// `kind: gradient_checks` (E1): on setup G of SPEC 11 (deterministic sine matrices), checks
/// the exact expected loss (2.2) against Monte Carlo, the BPTT population gradient (4.1) and
/// the per-sequence BPTT gradient (3.1-3.2) against central finite differences, and every
/// closed-form expected direction (4.1-4.3) against the impulse expectation (4.4).
struct GradientChecksExperiment: ExperimentKind {
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

    var estimate: WorkEstimate {
        let n = Double(SetupG.hiddenSize), io = Double(SetupG.inputSize + SetupG.outputSize), t = Double(setting.horizon)
        let parameters = n * (n + io)
        let perSequence = t * (8 * n * (n + io) + 1500)
        let operations = Double(Self.lossSets.count) * (Double(samples) * perSequence + 2 * t * n * n * (n + io))
            + Double(sequences) * Double(truncations.count + 2) * (2 * parameters + 1) * perSequence + Double(curvePoints) * perSequence
        return WorkEstimate(operations: operations, bytes: Double(samples + curvePoints) * WorkEstimate.bytesPerNumber,
                            keys: ["samples", "sequences", "T", "K", "curve_points"])
    }

    func compute(progress: @escaping @Sendable (Int) -> Void) throws -> GradientChecksResult {
        let counter = ProgressCounter(progress)
        let n = Self.lossSets.count
        let jobs = 3 * n + 1
        let parts = try ParallelJobs.run(jobs) { [self] i -> Part in
            defer { counter.advance() }
            let loss = Self.lossSets[i % n]
            switch i / n {
            case 0: return .monteCarlo(monteCarlo(loss))
            case 1: return .error(populationGradientError(loss))
            case 2: return .impulse(impulseErrors(loss))
            default: return .sequence(sequenceGradientErrors())
            }
        }
        func perLoss<Value>(_ offset: Int, _ value: (Part) -> Value?) -> Keyed<Value> {
            Keyed(Self.lossSets.enumerated().map { ($0.element.rawValue, value(parts[offset + $0.offset])!) })
        }
        guard case let .sequence(sequenceCheck) = parts[3 * n] else { preconditionFailure("the last job checks sequences") }
        return GradientChecksResult(
            setup: GradientChecksResult.Setup(hiddenSize: SetupG.hiddenSize, inputSize: SetupG.inputSize, outputSize: SetupG.outputSize,
                                              horizon: setting.horizon, alpha: setting.alpha, samples: samples, seed: seed),
            loss: perLoss(0) { if case let .monteCarlo(m) = $0 { return m }; return nil },
            populationGradientError: perLoss(n) { if case let .error(e) = $0 { return e }; return nil },
            impulseError: perLoss(2 * n) { if case let .impulse(e) = $0 { return e }; return nil },
            sequenceGradientError: sequenceCheck)
    }

    /// What one of the parallel jobs computes.
    private enum Part: Sendable {
        case monteCarlo(GradientChecksResult.MonteCarlo)
        case error(Double)
        case impulse(Keyed<Double>)
        case sequence(GradientChecksResult.SequenceCheck)
    }

    private func setting(_ loss: LossSet) -> SequenceSetting {
        var s = setting
        s.loss = loss
        return s
    }

    /// Exact loss (2.2) vs the mean per-sequence loss over `samples` white sequences (the same
    /// sequences for both loss sets), its standard error and z-score, and the running mean.
    private func monteCarlo(_ loss: LossSet) -> GradientChecksResult.MonteCarlo {
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
        var curve: GradientChecksResult.Curve?
        if curvePoints > 0 {
            let counts = (1...curvePoints).map { max(2, samples * $0 / curvePoints) }
            let points = counts.map(statistics)
            curve = GradientChecksResult.Curve(samples: counts, mean: points.map(\.mean), standardError: points.map(\.error))
        }
        return GradientChecksResult.MonteCarlo(exact: exact, monteCarlo: mean, standardError: error, z: (mean - exact) / error, curve: curve)
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
    private func populationGradientError(_ loss: LossSet) -> Double {
        let s = setting(loss)
        let analytic = BPTT().expectedDirection(weights: Self.student, teacher: Self.teacher, setting: s)
        let numeric = finiteDifferenceDirection { ImpulseResponses(student: $0, teacher: Self.teacher, setting: s).expectedLoss }
        return Direction.maxRelativeDifference(analytic, numeric)
    }

    /// Per-sequence BPTT (3.1-3.2) against differences of the sequence loss, per sequence.
    private func sequenceGradientErrors() -> GradientChecksResult.SequenceCheck {
        var random = RandomSource.derived(seed: seed, stream: 2)
        let errors = (0..<sequences).map { _ in
            let batch = SequenceBatch.white(horizon: setting.horizon, size: 1, inputSize: SetupG.inputSize, random: &random)
            let targets = ForwardPass(weights: Self.teacher, batch: batch, setting: setting).outputs
            let analytic = BPTT().sampledDirection(weights: Self.student, batch: batch, targets: targets, setting: setting).direction
            let numeric = finiteDifferenceDirection { Self.sequenceLosses(weights: $0, batch: batch, setting: setting)[0] }
            return Direction.maxRelativeDifference(analytic, numeric)
        }
        return GradientChecksResult.SequenceCheck(max: errors.max() ?? .nan, perSequence: errors)
    }

    /// Closed-form expected directions vs the sum of per-sequence directions over the impulse
    /// sequences (4.4), per rule: `bptt`, `tbptt_K<k>` (`tbptt` for K = 1), `rflo`.
    private func impulseErrors(_ loss: LossSet) -> Keyed<Double> {
        let s = setting(loss)
        let rules: [(String, any LearningRule)] = [("bptt", BPTT())]
            + truncations.map { ($0 == 1 ? "tbptt" : "tbptt_K\($0)", TruncatedBPTT(horizon: $0)) }
            + [("rflo", RFLO(feedback: Self.feedback, postsynapticGain: true))]
        let impulses = SequenceBatch.impulses(horizon: s.horizon, inputSize: SetupG.inputSize)
        let targets = ForwardPass(weights: Self.teacher, batch: impulses, setting: s).outputs
        return Keyed(rules.map { name, rule in
            let expected = rule.expectedDirection(weights: Self.student, teacher: Self.teacher, setting: s)
            let summed = rule.sampledDirection(weights: Self.student, batch: impulses, targets: targets, setting: s)
                .direction.scaled(by: Double(impulses.size))
            return (name, Direction.maxRelativeDifference(expected, summed))
        })
    }

    func summary(of result: GradientChecksResult) -> [String] {
        var lines = ["gradient_checks: setup G, T = \(setting.horizon), alpha = \(setting.alpha), \(samples) Monte Carlo sequences"]
        for loss in Self.lossSets.map(\.rawValue) {
            let l = result.loss[loss]
            lines.append("  \(loss): L = \(Format.short(l?.exact)), MC = \(Format.short(l?.monteCarlo)) (z = \(Format.short(l?.z))); population gradient error \(Format.short(result.populationGradientError[loss])); impulse errors "
                + (result.impulseError[loss]?.entries ?? []).map { "\($0.key) \(Format.short($0.value))" }.joined(separator: ", "))
        }
        lines.append("  per-sequence gradient error (max over \(sequences)): \(Format.short(result.sequenceGradientError.max))")
        return lines
    }
}

/// The result of `kind: gradient_checks`: on setup G, per loss set (`all`, `final`) the exact
/// loss vs Monte Carlo, the BPTT gradient vs finite differences, and each rule's closed-form
/// direction vs the impulse expectation; the per-sequence gradient check.
public struct GradientChecksResult: ExperimentResult {
    /// The setting checked.
    public struct Setup: Codable, Sendable {
        public let hiddenSize: Int
        public let inputSize: Int
        public let outputSize: Int
        public let horizon: Int
        public let alpha: Double
        public let samples: Int
        public let seed: UInt64

        enum CodingKeys: String, CodingKey {
            case hiddenSize = "N", inputSize = "n_in", outputSize = "n_out", horizon = "T", alpha, samples, seed
        }
    }

    /// The running Monte Carlo mean and its standard error at increasing sample counts.
    public struct Curve: Codable, Sendable {
        public let samples: [Int]
        public let mean: [Double]
        public let standardError: [Double]

        enum CodingKeys: String, CodingKey {
            case samples, mean, standardError = "standard_error"
        }
    }

    /// The exact expected loss against its Monte Carlo estimate.
    public struct MonteCarlo: Codable, Sendable {
        public let exact: Double
        public let monteCarlo: Double
        public let standardError: Double
        public let z: Double
        /// Present when `curve_points > 0`; the key is absent otherwise.
        public let curve: Curve?

        enum CodingKeys: String, CodingKey {
            case exact, monteCarlo = "monte_carlo", standardError = "standard_error", z, curve
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(exact, forKey: .exact)
            try container.encode(monteCarlo, forKey: .monteCarlo)
            try container.encode(standardError, forKey: .standardError)
            try container.encode(z, forKey: .z)
            if let curve { try container.encode(curve, forKey: .curve) }
        }
    }

    /// The per-sequence BPTT gradient against finite differences.
    public struct SequenceCheck: Codable, Sendable {
        public let max: Double
        public let perSequence: [Double]

        enum CodingKeys: String, CodingKey {
            case max, perSequence = "per_sequence"
        }
    }

    public static let kind = "gradient_checks"
    public private(set) var kind = GradientChecksResult.kind
    public let setup: Setup
    /// By loss set.
    public let loss: Keyed<MonteCarlo>
    public let populationGradientError: Keyed<Double>
    /// By loss set, then by rule.
    public let impulseError: Keyed<Keyed<Double>>
    public let sequenceGradientError: SequenceCheck

    enum CodingKeys: String, CodingKey {
        case kind, setup, loss, populationGradientError = "population_gradient_error", impulseError = "impulse_error"
        case sequenceGradientError = "sequence_gradient_error"
    }

    public var failure: ExperimentFailure? { nil }
}
