import Foundation
import LinearRNN

/// `kind: train`: full-matrix SGD training of one or more rules on a teacher, in population
/// or sampled mode. Records per rule the loss curve, the mode values when the task is
/// aligned, and the singular values of `W - W0` and `B - B0`.
struct TrainExperiment: ExperimentKind {
    static let kind = "train"

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
    let seed: UInt64

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
        seed = UInt64(try p.int("seed", default: 0, allowed: "an integer >= 0", where: { $0 >= 0 }))
        if case .aligned = task, setting.nonlinearity != .linear {
            throw ExperimentError("an aligned task needs 'nonlinearity: linear'")
        }
    }

    /// Sequences per step of the sampled and online modes.
    private static func batch(_ p: ParameterMap) throws -> Int {
        try p.int("batch", default: 64, allowed: "an integer from 1 to 100000", where: { $0 >= 1 && $0 <= 100_000 })
    }

    var workUnits: Int { rules.count * steps }

    func run(progress: @escaping @Sendable (Int) -> Void) throws -> JSONValue {
        let task = try self.task.build(hiddenSize: hiddenSize, inputSize: inputSize, outputSize: outputSize, seed: seed)
        let counter = ProgressCounter(progress)
        var dataStream = RandomSource.derived(seed: seed, stream: 2)
        let plan = TrainingPlan(setting: setting, mode: mode, learningRate: learningRate, steps: steps,
                                recordEvery: recordEvery, seed: dataStream.next())
        let records = try ParallelJobs.run(rules.count) { [rules] i in
            var rulePlan = plan
            rulePlan.freezeReadout = rules[i].freezeReadout
            return Trainer.train(rule: rules[i].rule(feedback: task.feedback), task: task, plan: rulePlan) { _ in
                counter.advance()
            }
        }
        var perRule: [(String, JSONValue)] = []
        for (spec, record) in zip(rules, records) {
            perRule.append((spec.label, try Self.resultJSON(record, task: task)))
        }
        return .object([
            ("kind", .string(Self.kind)),
            ("parameters", parametersJSON),
            ("initial_loss", .number(records.first?.loss.first ?? .nan)),
            ("rules", .object(perRule)),
        ])
    }

    private var parametersJSON: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("N", .number(Double(hiddenSize))), ("n_in", .number(Double(inputSize))), ("n_out", .number(Double(outputSize))),
            ("T", .number(Double(setting.horizon))), ("alpha", .number(setting.alpha)),
            ("loss", .string(setting.loss.rawValue)), ("nonlinearity", .string(setting.nonlinearity.rawValue)),
        ]
        switch mode {
        case .population: pairs.append(("gradient", .string("population")))
        case let .sampled(batch): pairs += [("gradient", .string("sampled")), ("batch", .number(Double(batch)))]
        case let .online(batch): pairs += [("gradient", .string("online")), ("batch", .number(Double(batch)))]
        }
        pairs += [("eta", .number(learningRate)), ("steps", .number(Double(steps))), ("seed", .number(Double(seed)))]
        return .object(pairs)
    }

    static func resultJSON(_ record: TrainingRecord, task: TeacherStudentTask) throws -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("steps", .numbers(record.steps.map(Double.init))),
            ("tau", .numbers(record.tau)),
            ("loss", .numbers(record.loss)),
            ("final_loss", .number(record.loss.last ?? .nan)),
        ]
        if !record.modes.isEmpty {
            let count = record.modes[0].count
            func series(_ value: (ModePoint) -> Double) -> JSONValue {
                .array((0..<count).map { a in .numbers(record.modes.map { value($0[a]) }) })
            }
            pairs.append(("modes", .object([("b", series(\.b)), ("w", series(\.w)), ("c", series(\.c))])))
            pairs.append(("leakage", .numbers(record.leakage)))
        }
        pairs.append(("W_change", try changeJSON(record.finalWeights.W - task.initialStudent.W, feedback: task.feedback)))
        pairs.append(("B_change", try changeJSON(record.finalWeights.B - task.initialStudent.B, feedback: task.feedback)))
        if let divergence = record.divergence {
            pairs.append(("diverged", .object([("step", .number(Double(divergence.step))), ("reason", .string(divergence.reason))])))
        } else {
            pairs.append(("diverged", .null))
        }
        return .object(pairs)
    }

    private static func changeJSON(_ change: Matrix, feedback: Matrix) throws -> JSONValue {
        let analysis = try LowRankAnalysis(change)
        var pairs: [(String, JSONValue)] = [
            ("singular_values", .numbers(analysis.singularValues)),
            ("ratios", .numbers(analysis.ratios)),
        ]
        for tolerance in LowRankAnalysis.reportedTolerances {
            pairs.append(("rank_\(tolerance.name)", .number(Double(analysis.numericalRank(relativeTolerance: tolerance.value)))))
        }
        pairs.append(("range_F_residual", .number(try LowRankAnalysis.residualOutsideRange(of: change, basisOf: feedback))))
        return .object(pairs)
    }

    func summary(of result: JSONValue) -> [String] {
        guard let rules = result["rules"]?.objectValue else { return [] }
        var lines = ["train: N = \(hiddenSize), n_in = \(inputSize), n_out = \(outputSize), T = \(setting.horizon), alpha = \(setting.alpha), \(steps) steps of eta = \(learningRate)"]
        for (label, r) in rules {
            let loss = r["loss"]?.arrayValue?.compactMap(\.doubleValue) ?? []
            var line = "  \(label): loss \(Format.short(loss.first)) -> \(Format.short(loss.last))"
            if let ratios = r["W_change"]?["ratios"]?.arrayValue?.compactMap(\.doubleValue), ratios.count > outputSize {
                line += ", W - W0: sigma_\(outputSize + 1)/sigma_1 = \(Format.short(ratios[outputSize]))"
                line += ", rank(1e-3) = \(Int(r["W_change"]?["rank_1e-3"]?.doubleValue ?? 0))"
            }
            if let reason = r["diverged"]?["reason"]?.stringValue {
                line += "; DIVERGED at step \(Int(r["diverged"]?["step"]?.doubleValue ?? 0)): \(reason)"
            }
            lines.append(line)
        }
        return lines
    }
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
