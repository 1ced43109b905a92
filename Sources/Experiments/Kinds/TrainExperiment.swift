import Foundation
import LinearRNN

/// `kind: train`: full-matrix SGD training of one or more rules on a teacher, in population
/// or sampled mode. Records per rule the loss curve, the mode values when the task is
/// aligned, and the singular values of `W - W0` and `B - B0`.
struct TrainExperiment: ExperimentKind {
    let hiddenSize: Int
    let inputSize: Int
    let outputSize: Int
    let setting: SequenceSetting
    let task: TaskSpec
    let rules: [RuleSpec]
    let mode: GradientMode
    let learningRate: Double
    let steps: Int
    let recordEvery: Int
    let seeds: SeedSpec

    init(parameters p: ParameterMap) throws {
        task = try TaskSpec.read(try p.map("task"))
        let sizeRule = "an integer from 1 to 4096"
        let validSize: (Int) -> Bool = { $0 >= 1 && $0 <= 4096 }
        if let modes = task.modeCount {
            for key in ["N", "n_in", "n_out"] where p.has(key) {
                _ = try p.int(key, allowed: "\(modes) (the number of teacher modes of the aligned task)", where: { $0 == modes })
            }
            (hiddenSize, inputSize, outputSize) = (modes, modes, modes)
        } else {
            hiddenSize = try p.int("N", allowed: sizeRule, where: validSize)
            inputSize = try p.int("n_in", allowed: sizeRule, where: validSize)
            outputSize = try p.int("n_out", allowed: sizeRule, where: validSize)
        }
        let horizon = try p.int("T", allowed: "an integer from 1 to 10000", where: { $0 >= 1 && $0 <= 10_000 })
        let alpha = try p.double("alpha", default: 1, allowed: "a leak in (0, 1]", where: { $0 > 0 && $0 <= 1 })
        let loss = LossSet(rawValue: try p.choice("loss", LossSet.allCases.map(\.rawValue), default: "all"))!
        let nonlinearity = Nonlinearity(rawValue: try p.choice("nonlinearity", ["linear", "tanh"], default: "linear"))!
        setting = SequenceSetting(horizon: horizon, alpha: alpha, loss: loss, nonlinearity: nonlinearity)
        rules = try RuleSpec.list(from: p)
        let gradient = try p.choice("gradient", ["population", "sampled", "online"], default: "population")
        if gradient != "sampled", nonlinearity != .linear {
            throw p.error(at: p.node("gradient"), "'gradient: \(gradient)' needs a linear network; use 'gradient: sampled' with 'nonlinearity: tanh'")
        }
        switch gradient {
        case "population":
            mode = .population
        case "online":
            if let spec = rules.first(where: { !OnlineTraining.supports($0.rule(feedback: Matrix(rows: 0, cols: 0))) }) {
                throw p.error(at: p.node("gradient"), "'gradient: online' supports rflo and tbptt with K = 1; rule '\(spec.label)' is not one of them")
            }
            mode = .online(batch: try Self.batch(p))
        default:
            mode = .sampled(batch: try Self.batch(p))
        }
        learningRate = try p.double("eta", allowed: "a learning rate > 0", where: { $0 > 0 && $0.isFinite })
        steps = try p.int("steps", allowed: "an integer from 1 to 10000000", where: { $0 >= 1 && $0 <= 10_000_000 })
        recordEvery = try p.int("record_every", default: max(1, steps / 200), allowed: "an integer >= 1", where: { $0 >= 1 })
        seeds = try SeedSpec.read(p)
        if case .aligned = task, setting.nonlinearity != .linear {
            throw LocatedError("an aligned task needs 'nonlinearity: linear'")
        }
    }

    /// Sequences per step of the sampled and online modes.
    private static func batch(_ p: ParameterMap) throws -> Int {
        try p.int("batch", default: 64, allowed: "an integer from 1 to 100000", where: { $0 >= 1 && $0 <= 100_000 })
    }

    var workUnits: Int { rules.count * steps }

    var estimate: WorkEstimate {
        var batch: Int?, exactLosses = 0.0
        let records = Double(steps / recordEvery + 2)
        switch mode {
        case .population: break
        case let .sampled(size): batch = size; exactLosses = setting.nonlinearity == .linear ? records : 0
        case let .online(size): batch = size; exactLosses = Double(steps)
        }
        let sizes = task.modeCount == nil ? ["N", "n_in", "n_out"] : ["task.teacher_modes"]
        return .training(runs: Double(rules.count), steps: steps, hidden: hiddenSize, inputs: inputSize, outputs: outputSize,
                         horizon: setting.horizon, batch: batch, exactLosses: exactLosses, records: records,
                         keys: ["steps"] + sizes + ["T"] + (batch == nil ? [] : ["batch"]) + ["rules"],
                         memoryKeys: sizes + ["T"] + (batch == nil ? [] : ["batch"]) + ["steps", "record_every"])
    }

    func compute(progress: @escaping @Sendable (Int) -> Void) throws -> TrainResult {
        let task = try self.task.build(hiddenSize: hiddenSize, inputSize: inputSize, outputSize: outputSize, seed: seeds.task)
        let counter = ProgressCounter(progress)
        var dataStream = RandomSource.derived(seed: seeds.data, stream: 2)
        let plan = TrainingPlan(setting: setting, mode: mode, learningRate: learningRate, steps: steps,
                                recordEvery: recordEvery, seed: dataStream.next())
        let records = try ParallelJobs.run(rules.count) { [rules] i in
            var rulePlan = plan
            rulePlan.freezeReadout = rules[i].freezeReadout
            return Trainer.train(rule: rules[i].rule(feedback: task.feedback), task: task, plan: rulePlan) { _ in
                counter.advance()
            }
        }
        let perRule = try zip(rules, records).map { spec, record in (spec.label, try Self.ruleResult(record, task: task)) }
        return TrainResult(parameters: parameters, initialLoss: records.first?.loss.first ?? .nan, rules: Keyed(perRule))
    }

    private var parameters: TrainResult.Parameters {
        var gradient = "population", batch: Int?
        switch mode {
        case .population: break
        case let .sampled(size): (gradient, batch) = ("sampled", size)
        case let .online(size): (gradient, batch) = ("online", size)
        }
        return TrainResult.Parameters(
            hiddenSize: hiddenSize, inputSize: inputSize, outputSize: outputSize, horizon: setting.horizon, alpha: setting.alpha,
            loss: setting.loss.rawValue, nonlinearity: setting.nonlinearity.rawValue, gradient: gradient, batch: batch,
            learningRate: learningRate, steps: steps, taskSeed: seeds.task, dataSeed: seeds.data)
    }

    static func ruleResult(_ record: TrainingRecord, task: TeacherStudentTask) throws -> TrainResult.Rule {
        TrainResult.Rule(
            steps: record.steps, tau: record.tau, loss: record.loss, finalLoss: record.loss.last ?? .nan,
            modes: record.modes.isEmpty ? nil : ModeSeries(record.modes), leakage: record.modes.isEmpty ? nil : record.leakage,
            wChange: try change(record.finalWeights.W - task.initialStudent.W, feedback: task.feedback),
            bChange: try change(record.finalWeights.B - task.initialStudent.B, feedback: task.feedback),
            diverged: record.divergence.map { StepDivergence(step: $0.step, reason: $0.reason) })
    }

    private static func change(_ change: Matrix, feedback: Matrix) throws -> TrainResult.Change {
        let analysis = try LowRankAnalysis(change)
        return TrainResult.Change(
            singularValues: analysis.singularValues, ratios: analysis.ratios,
            ranks: Keyed(LowRankAnalysis.reportedTolerances.map { ($0.name, analysis.numericalRank(relativeTolerance: $0.value)) }),
            rangeResidual: try LowRankAnalysis.residualOutsideRange(of: change, basisOf: feedback))
    }

    func summary(of result: TrainResult) -> [String] {
        var lines = ["train: N = \(hiddenSize), n_in = \(inputSize), n_out = \(outputSize), T = \(setting.horizon), alpha = \(setting.alpha), \(steps) steps of eta = \(learningRate)"]
        for (label, r) in result.rules.entries {
            var line = "  \(label): loss \(Format.short(r.loss.first)) -> \(Format.short(r.loss.last))"
            if r.wChange.ratios.count > outputSize {
                line += ", W - W0: sigma_\(outputSize + 1)/sigma_1 = \(Format.short(r.wChange.ratios[outputSize]))"
                line += ", rank(1e-3) = \(r.wChange.ranks["1e-3"] ?? 0)"
            }
            if let diverged = r.diverged {
                line += "; DIVERGED at step \(diverged.step): \(diverged.reason)"
            }
            lines.append(line)
        }
        return lines
    }
}

/// The result of `kind: train`: the parameters, and per rule the loss curve, the modes of
/// an aligned task and the spectra of the weight changes.
public struct TrainResult: ExperimentResult {
    /// The training set-up as run.
    public struct Parameters: Codable, Sendable {
        public let hiddenSize: Int
        public let inputSize: Int
        public let outputSize: Int
        public let horizon: Int
        public let alpha: Double
        public let loss: String
        public let nonlinearity: String
        /// `population`, `sampled` or `online`.
        public let gradient: String
        /// Sequences per step; absent for population training.
        public let batch: Int?
        public let learningRate: Double
        public let steps: Int
        /// The seed of the random task (teacher, initial student, feedback).
        public let taskSeed: UInt64
        /// The seed of the input sequences.
        public let dataSeed: UInt64

        init(hiddenSize: Int, inputSize: Int, outputSize: Int, horizon: Int, alpha: Double, loss: String, nonlinearity: String,
             gradient: String, batch: Int?, learningRate: Double, steps: Int, taskSeed: UInt64, dataSeed: UInt64) {
            (self.hiddenSize, self.inputSize, self.outputSize, self.horizon, self.alpha) = (hiddenSize, inputSize, outputSize, horizon, alpha)
            (self.loss, self.nonlinearity, self.gradient, self.batch) = (loss, nonlinearity, gradient, batch)
            (self.learningRate, self.steps, self.taskSeed, self.dataSeed) = (learningRate, steps, taskSeed, dataSeed)
        }

        enum CodingKeys: String, CodingKey {
            case hiddenSize = "N", inputSize = "n_in", outputSize = "n_out", horizon = "T", alpha, loss, nonlinearity
            case gradient, batch, learningRate = "eta", steps, seed, taskSeed = "task_seed", dataSeed = "data_seed"
        }

        /// Equal seeds are written as `seed`, as before the split.
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            hiddenSize = try container.decode(Int.self, forKey: .hiddenSize)
            inputSize = try container.decode(Int.self, forKey: .inputSize)
            outputSize = try container.decode(Int.self, forKey: .outputSize)
            horizon = try container.decode(Int.self, forKey: .horizon)
            alpha = try container.decode(Double.self, forKey: .alpha)
            loss = try container.decode(String.self, forKey: .loss)
            nonlinearity = try container.decode(String.self, forKey: .nonlinearity)
            gradient = try container.decode(String.self, forKey: .gradient)
            batch = try container.decodeIfPresent(Int.self, forKey: .batch)
            learningRate = try container.decode(Double.self, forKey: .learningRate)
            steps = try container.decode(Int.self, forKey: .steps)
            if let seed = try container.decodeIfPresent(UInt64.self, forKey: .seed) {
                (taskSeed, dataSeed) = (seed, seed)
            } else {
                taskSeed = try container.decode(UInt64.self, forKey: .taskSeed)
                dataSeed = try container.decode(UInt64.self, forKey: .dataSeed)
            }
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(hiddenSize, forKey: .hiddenSize)
            try container.encode(inputSize, forKey: .inputSize)
            try container.encode(outputSize, forKey: .outputSize)
            try container.encode(horizon, forKey: .horizon)
            try container.encode(alpha, forKey: .alpha)
            try container.encode(loss, forKey: .loss)
            try container.encode(nonlinearity, forKey: .nonlinearity)
            try container.encode(gradient, forKey: .gradient)
            if let batch { try container.encode(batch, forKey: .batch) }
            try container.encode(learningRate, forKey: .learningRate)
            try container.encode(steps, forKey: .steps)
            if taskSeed == dataSeed {
                try container.encode(taskSeed, forKey: .seed)
            } else {
                try container.encode(taskSeed, forKey: .taskSeed)
                try container.encode(dataSeed, forKey: .dataSeed)
            }
        }
    }

    /// The spectrum of a weight change `W - W0` or `B - B0`: singular values, their ratios to
    /// the largest, the numerical rank per tolerance (`rank_1e-10`, ...) and the part outside
    /// the range of the feedback matrix.
    public struct Change: Codable, Sendable {
        public let singularValues: [Double]
        public let ratios: [Double]
        /// Numerical ranks by tolerance name (`1e-10`, `1e-3`).
        public let ranks: Keyed<Int>
        public let rangeResidual: Double

        init(singularValues: [Double], ratios: [Double], ranks: Keyed<Int>, rangeResidual: Double) {
            self.singularValues = singularValues
            self.ratios = ratios
            self.ranks = ranks
            self.rangeResidual = rangeResidual
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode(singularValues, forKey: AnyKey("singular_values"))
            try container.encode(ratios, forKey: AnyKey("ratios"))
            for (name, rank) in ranks.entries { try container.encode(rank, forKey: AnyKey("rank_\(name)")) }
            try container.encode(rangeResidual, forKey: AnyKey("range_F_residual"))
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            singularValues = try container.decode([Double].self, forKey: AnyKey("singular_values"))
            ratios = try container.decode([Double].self, forKey: AnyKey("ratios"))
            ranks = Keyed(try container.allKeys.filter { $0.stringValue.hasPrefix("rank_") }.map {
                (String($0.stringValue.dropFirst("rank_".count)), try container.decode(Int.self, forKey: $0))
            })
            rangeResidual = try container.decode(Double.self, forKey: AnyKey("range_F_residual"))
        }
    }

    /// One rule's training.
    public struct Rule: Codable, Sendable {
        public let steps: [Int]
        public let tau: [Double]
        public let loss: [Double]
        public let finalLoss: Double
        /// The projected modes, for an aligned task (absent otherwise).
        public let modes: ModeSeries?
        /// The off-diagonal leakage, for an aligned task (absent otherwise).
        public let leakage: [Double]?
        public let wChange: Change
        public let bChange: Change
        public let diverged: StepDivergence?

        enum CodingKeys: String, CodingKey {
            case steps, tau, loss, finalLoss = "final_loss", modes, leakage, wChange = "W_change", bChange = "B_change", diverged
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(steps, forKey: .steps)
            try container.encode(tau, forKey: .tau)
            try container.encode(loss, forKey: .loss)
            try container.encode(finalLoss, forKey: .finalLoss)
            if let modes { try container.encode(modes, forKey: .modes) }
            if let leakage { try container.encode(leakage, forKey: .leakage) }
            try container.encode(wChange, forKey: .wChange)
            try container.encode(bChange, forKey: .bChange)
            try container.encodeIfPresent(diverged, forKey: .diverged)
        }
    }

    public static let kind = "train"
    public private(set) var kind = TrainResult.kind
    public let parameters: Parameters
    public let initialLoss: Double
    public let rules: Keyed<Rule>

    enum CodingKeys: String, CodingKey {
        case kind, parameters, initialLoss = "initial_loss", rules
    }

    public var failure: ExperimentFailure? { ExperimentFailure.first(in: rules) { $0.diverged } }
}

/// Short number formatting for summaries and figure labels: four significant digits, or
/// scientific notation for very small and large numbers; "n/a" for missing or non-finite ones.
public enum Format {
    public static func short(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "n/a" }
        if x == 0 { return "0" }
        if abs(x) >= 1e-3 && abs(x) < 1e5 { return String(format: "%.4g", x) }
        return String(format: "%.3e", x)
    }
}
