import LinearRNN
import Testing

/// The training step's shortcuts against the plain computations they replace: the teacher's
/// outputs from its impulse responses, the one-matrix credit of one-step tBPTT and RFLO
/// regrouped, and the matrix helpers they lean on.
struct FastPathTests {
    static let settings = [SequenceSetting(horizon: 6, alpha: 0.7, loss: .all),
                           SequenceSetting(horizon: 5, alpha: 1, loss: .final)]

    @Test(arguments: settings)
    func impulseResponseFilterGivesTheForwardPassOutputs(setting: SequenceSetting) {
        var random = RandomSource(seed: 21)
        let teacher = RNNWeights(W: random.normalMatrix(rows: 12, cols: 12, standardDeviation: 0.25),
                                 B: random.normalMatrix(rows: 12, cols: 2), C: random.normalMatrix(rows: 3, cols: 12))
        let batch = SequenceBatch.white(horizon: setting.horizon, size: 7, inputSize: 2, random: &random)
        let forward = ForwardPass(weights: teacher, batch: batch, setting: setting).outputs
        let filtered = ImpulseResponseFilter(weights: teacher, setting: setting).outputs(of: batch)
        #expect(filtered.rows == forward.rows && filtered.cols == forward.cols)
        #expect(Matrix.maxRelativeDifference(filtered, forward) < 1e-13)
        #expect(Matrix.maxRelativeDifference(TeacherOutputs(teacher: teacher, setting: setting).outputs(of: batch), forward) < 1e-13)
    }

    @Test func filteringIsChosenOnlyWhenItIsCheaper() {
        let linear = SequenceSetting(horizon: 10)
        var random = RandomSource(seed: 2)
        func network(n: Int, inputs: Int, outputs: Int) -> RNNWeights {
            RNNWeights(W: random.normalMatrix(rows: n, cols: n), B: random.normalMatrix(rows: n, cols: inputs),
                       C: random.normalMatrix(rows: outputs, cols: n))
        }
        // (T + 1) / 2 * n_out * n_in multiply-adds per step against N (N + n_in + n_out).
        #expect(ImpulseResponseFilter.isCheaper(for: network(n: 64, inputs: 4, outputs: 4), setting: linear))
        #expect(!ImpulseResponseFilter.isCheaper(for: network(n: 4, inputs: 4, outputs: 4), setting: linear))
        var tanh = linear
        tanh.nonlinearity = .tanh
        #expect(!ImpulseResponseFilter.isCheaper(for: network(n: 64, inputs: 4, outputs: 4), setting: tanh))
    }

    /// One-step tBPTT's and RFLO's (no leak) credit is the errors through one matrix `M`:
    /// `D_W = (alpha / size) sum_t (eps_t M^T)^T h_{t-1}`, `D_B` likewise with `x_t`, here
    /// summed row by row.
    @Test(arguments: [0.7, 1.0])
    func oneMatrixCreditMatchesTheRowByRowSums(alpha: Double) {
        let setting = SequenceSetting(horizon: 6, alpha: alpha, loss: .all)
        var random = RandomSource(seed: 5)
        let batch = SequenceBatch.white(horizon: setting.horizon, size: 4, inputSize: SetupG.inputSize, random: &random)
        let targets = ForwardPass(weights: SetupG.teacher, batch: batch, setting: setting).outputs
        let student = SetupG.student
        let pass = ForwardPass(weights: student, batch: batch, setting: setting)
        let errors = pass.maskedErrors(targets: targets).errors
        var rules: [(any LearningRule, Matrix, Double)] = [(TruncatedBPTT(horizon: 1), student.C.transposed, alpha)]
        if alpha == 1 { rules.append((RFLO(feedback: SetupG.feedback), SetupG.feedback, 1)) }
        for (rule, readIn, gain) in rules {
            let n = student.hiddenSize
            var dW = Matrix(rows: n, cols: n), dB = Matrix(rows: n, cols: SetupG.inputSize)
            for row in 0..<errors.rows {
                for i in 0..<n {
                    var credit = 0.0
                    for o in 0..<errors.cols { credit += errors[row, o] * readIn[i, o] }
                    for j in 0..<n { dW[i, j] += gain * credit * pass.hidden[row, j] / Double(batch.size) }
                    for j in 0..<SetupG.inputSize { dB[i, j] += gain * credit * batch.inputs[row, j] / Double(batch.size) }
                }
            }
            let direction = rule.sampledDirection(weights: student, batch: batch, targets: targets, setting: setting).direction
            #expect(Matrix.maxRelativeDifference(direction.dW, dW) < 1e-12, "\(rule.name)")
            #expect(Matrix.maxRelativeDifference(direction.dB, dB) < 1e-12, "\(rule.name)")
        }
    }

    @Test func transposeAndFinitenessOfOddShapes() {
        let m = Matrix(rows: 11, cols: 19) { Double($0 * 100 + $1) }
        let t = m.transposed
        #expect(t.rows == 19 && t.cols == 11)
        #expect((0..<11).allSatisfy { i in (0..<19).allSatisfy { j in t[j, i] == m[i, j] } })
        #expect(Matrix(rows: 0, cols: 3).transposed.rows == 3)
        #expect(m.isFinite)
        for bad in [Double.infinity, -.infinity, .nan, -.nan, .signalingNaN] {
            var n = m
            n[10, 18] = bad
            #expect(!n.isFinite, "\(bad)")
        }
        var large = m
        large[0, 0] = -.greatestFiniteMagnitude
        large[1, 1] = .leastNonzeroMagnitude
        #expect(large.isFinite)
    }
}
