/// How each step's direction is obtained.
public enum GradientMode: Sendable, Equatable {
    /// The closed-form expectation over white inputs (SPEC 3.4, section 4).
    case population
    /// The mean over `batch` fresh white-noise sequences per step.
    case sampled(batch: Int)
    /// `batch` fresh sequences per step, learnt online: the weights change at every scored
    /// time step by `eta / batch` times the increment (RFLO and one-step tBPTT only).
    case online(batch: Int)
}

/// The settings of one training run.
public struct TrainingPlan: Sendable {
    public var setting: SequenceSetting
    public var mode: GradientMode
    public var learningRate: Double
    public var steps: Int
    /// Record the loss (and modes) every this many steps; the first and last step are always recorded.
    public var recordEvery: Int
    /// Keep the readout `C` fixed (E11's frozen-readout control).
    public var freezeReadout: Bool
    public var seed: UInt64

    public init(setting: SequenceSetting, mode: GradientMode, learningRate: Double, steps: Int,
                recordEvery: Int = 1, freezeReadout: Bool = false, seed: UInt64 = 0) {
        self.setting = setting
        self.mode = mode
        self.learningRate = learningRate
        self.steps = steps
        self.recordEvery = max(1, recordEvery)
        self.freezeReadout = freezeReadout
        self.seed = seed
    }
}

/// Why a run stopped early (SPEC 10's divergence guard).
public struct Divergence: Sendable, Equatable, CustomStringConvertible {
    public let rule: String
    public let step: Int
    public let reason: String
    public var description: String { "\(rule) diverged at step \(step): \(reason)" }
}

/// What a training run recorded.
public struct TrainingRecord: Sendable {
    public let rule: String
    /// Update counts at which the loss was recorded (0 = before the first update).
    public var steps: [Int] = []
    /// Gradient-flow time `tau = eta * steps`.
    public var tau: [Double] = []
    /// The exact expected loss (linear networks) or the batch loss (nonlinear) at each record.
    public var loss: [Double] = []
    /// Mode values at each record, for aligned tasks: `modes[record][mode]`.
    public var modes: [[ModePoint]] = []
    /// Off-diagonal leakage at each record, for aligned tasks.
    public var leakage: [Double] = []
    public var finalWeights: RNNWeights
    public var divergence: Divergence?
}

/// Plain SGD on a teacher-student task with one learning rule: `theta += eta * D`.
public enum Trainer {
    /// Trains `rule` on `task`. `progress` is called after every step with the number of steps done.
    public static func train(rule: any LearningRule, task: TeacherStudentTask, plan: TrainingPlan,
                             progress: ((Int) -> Void)? = nil) -> TrainingRecord {
        var weights = task.initialStudent
        var record = TrainingRecord(rule: rule.name, finalWeights: weights)
        var random = RandomSource(seed: plan.seed)
        let linear = plan.setting.nonlinearity == .linear
        // SPEC 10's scale: max(L_0, L_zero), fixed on the first step.
        var guardScale: Double?
        let teacherOutputs = TeacherOutputs(teacher: task.teacher, setting: plan.setting)

        func recordState(step: Int, loss: Double) {
            record.steps.append(step)
            record.tau.append(plan.learningRate * Double(step))
            record.loss.append(loss)
            if let bases = task.bases {
                record.modes.append(bases.modes(of: weights))
                record.leakage.append(bases.offDiagonalLeakage(of: weights))
            }
        }
        func exactLoss() -> Double {
            ImpulseResponses(student: weights, teacher: task.teacher, setting: plan.setting).expectedLoss
        }
        // The loss of the zero student (`C = 0`): the teacher's output energy, exact for a
        // linear network, on the first batch otherwise (the loss the guard compares with).
        func zeroStudentLoss(batch: SequenceBatch?, targets: Matrix?) -> Double {
            var zero = weights
            zero.C = Matrix(rows: zero.C.rows, cols: zero.C.cols)
            if linear { return ImpulseResponses(student: zero, teacher: task.teacher, setting: plan.setting).expectedLoss }
            guard let batch, let targets else { return 0 }
            return ForwardPass(weights: zero, batch: batch, setting: plan.setting).maskedErrors(targets: targets).loss
        }

        for step in 0...plan.steps {
            let isRecorded = step % plan.recordEvery == 0 || step == plan.steps
            let direction: Direction?
            var loss: Double
            var drawn: (batch: SequenceBatch, targets: Matrix)?
            switch plan.mode {
            case .population:
                precondition(linear, "population mode needs a linear network")
                let responses = ImpulseResponses(student: weights, teacher: task.teacher, setting: plan.setting)
                loss = responses.expectedLoss
                direction = step < plan.steps ? rule.expectedDirection(responses: responses, weights: weights) : nil
            case let .sampled(batchSize):
                let batch = SequenceBatch.white(horizon: plan.setting.horizon, size: batchSize,
                                                inputSize: weights.inputSize, random: &random)
                let targets = teacherOutputs.outputs(of: batch)
                drawn = (batch, targets)
                let sampled = rule.sampledDirection(weights: weights, batch: batch, targets: targets, setting: plan.setting)
                loss = linear && isRecorded ? exactLoss() : sampled.loss
                direction = step < plan.steps ? sampled.direction : nil
            case let .online(batchSize):
                let batch = SequenceBatch.white(horizon: plan.setting.horizon, size: batchSize,
                                                inputSize: weights.inputSize, random: &random)
                let targets = teacherOutputs.outputs(of: batch)
                drawn = (batch, targets)
                loss = exactLoss()
                if step < plan.steps {
                    // The change of one online pass, as a direction, so that the guard and the
                    // step below treat it like the batch modes' directions.
                    var learnt = weights
                    _ = OnlineTraining.pass(rule: rule, weights: &learnt, batch: batch, targets: targets,
                                            setting: plan.setting, rate: plan.learningRate / Double(batchSize),
                                            freezeReadout: plan.freezeReadout)
                    direction = Direction(dW: learnt.W - weights.W, dB: learnt.B - weights.B, dC: learnt.C - weights.C)
                        .scaled(by: 1 / plan.learningRate)
                } else {
                    direction = nil
                }
            }
            if guardScale == nil { guardScale = max(loss, zeroStudentLoss(batch: drawn?.batch, targets: drawn?.targets)) }
            if !loss.isFinite || !weights.isFinite {
                record.divergence = Divergence(rule: rule.name, step: step, reason: "the loss or a weight is not finite")
                break
            }
            if loss > 1e6 * max(guardScale ?? loss, 1e-300) {
                recordState(step: step, loss: loss)
                record.divergence = Divergence(rule: rule.name, step: step,
                                               reason: "the loss grew above 1e6 times the larger of its initial value and the zero student's (\(loss)); lower the learning rate eta")
                break
            }
            if isRecorded { recordState(step: step, loss: loss) }
            guard var d = direction else { break }
            if !d.isFinite {
                record.divergence = Divergence(rule: rule.name, step: step, reason: "the update is not finite")
                break
            }
            if plan.freezeReadout { d.dC = Matrix(rows: d.dC.rows, cols: d.dC.cols) }
            weights.apply(d, step: plan.learningRate)
            progress?(step + 1)
        }
        record.finalWeights = weights
        return record
    }
}
