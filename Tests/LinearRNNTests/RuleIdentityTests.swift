import LinearRNN
import Testing

/// Identities between the rules: tBPTT-K with K >= T is BPTT; RFLO with F = C^T at alpha = 1 is
/// tBPTT-1; RFLO's fast form of Murray's matrix trace equals the trace itself.
struct RuleIdentityTests {
    static let settings: [SequenceSetting] = [
        SetupG.setting,
        SequenceSetting(horizon: 6, alpha: 0.7, loss: .final),
        SequenceSetting(horizon: 6, alpha: 0.7, loss: .all, nonlinearity: .tanh),
    ]

    @Test(arguments: settings)
    func truncationAtOrBeyondTheHorizonIsBPTT(setting: SequenceSetting) {
        var random = RandomSource(seed: 3)
        let batch = SequenceBatch.white(horizon: setting.horizon, size: 5, inputSize: 3, random: &random)
        let targets = ForwardPass(weights: SetupG.teacher, batch: batch, setting: setting).outputs
        let bptt = BPTT().sampledDirection(weights: SetupG.student, batch: batch, targets: targets, setting: setting).direction
        for k in [setting.horizon, setting.horizon + 4] {
            let truncated = TruncatedBPTT(horizon: k)
                .sampledDirection(weights: SetupG.student, batch: batch, targets: targets, setting: setting).direction
            #expect(Direction.maxRelativeDifference(truncated, bptt) < 1e-13, "K = \(k)")
        }
        if setting.nonlinearity == .linear {
            let expected = BPTT().expectedDirection(weights: SetupG.student, teacher: SetupG.teacher, setting: setting)
            let truncated = TruncatedBPTT(horizon: setting.horizon)
                .expectedDirection(weights: SetupG.student, teacher: SetupG.teacher, setting: setting)
            #expect(Direction.maxRelativeDifference(truncated, expected) < 1e-13)
        }
    }

    @Test func truncationDiffersFromBPTTBelowTheHorizon() {
        let setting = SetupG.setting
        let bptt = BPTT().expectedDirection(weights: SetupG.student, teacher: SetupG.teacher, setting: setting)
        let truncated = TruncatedBPTT(horizon: 2).expectedDirection(weights: SetupG.student, teacher: SetupG.teacher, setting: setting)
        #expect(Direction.maxRelativeDifference(truncated, bptt) > 1e-3)
    }

    @Test func rfloWithTransposedReadoutIsOneStepTruncationWithoutLeak() {
        let setting = SequenceSetting(horizon: 6, alpha: 1, loss: .all)
        let rflo = RFLO(feedback: SetupG.student.C.transposed)
        for direction in [
            (rflo.expectedDirection(weights: SetupG.student, teacher: SetupG.teacher, setting: setting),
             TruncatedBPTT(horizon: 1).expectedDirection(weights: SetupG.student, teacher: SetupG.teacher, setting: setting)),
        ] {
            #expect(Direction.maxRelativeDifference(direction.0, direction.1) < 1e-12)
        }
        var leaky = setting
        leaky.alpha = 0.5
        let a = rflo.expectedDirection(weights: SetupG.student, teacher: SetupG.teacher, setting: leaky)
        let b = TruncatedBPTT(horizon: 1).expectedDirection(weights: SetupG.student, teacher: SetupG.teacher, setting: leaky)
        #expect(Direction.maxRelativeDifference(a, b) > 0.1)
    }

    /// Murray's matrix trace `P_t = rho P_{t-1} + alpha phi'(u_t) h_{t-1}^T`, written out per
    /// sequence, against the core's leak-filtered-error form.
    @Test func nonlinearRFLOMatchesTheExplicitMatrixTrace() {
        let setting = SequenceSetting(horizon: 6, alpha: 0.6, loss: .all, nonlinearity: .tanh)
        var random = RandomSource(seed: 5)
        let batch = SequenceBatch.white(horizon: setting.horizon, size: 2, inputSize: 3, random: &random)
        let targets = ForwardPass(weights: SetupG.teacher, batch: batch, setting: setting).outputs
        let pass = ForwardPass(weights: SetupG.student, batch: batch, setting: setting)
        let errors = pass.maskedErrors(targets: targets).errors
        let rule = RFLO(feedback: SetupG.feedback)
        let fast = rule.sampledDirection(weights: SetupG.student, batch: batch, pass: pass, errors: errors)

        let n = 4, size = batch.size
        var dW = Matrix(rows: n, cols: n), dB = Matrix(rows: n, cols: 3)
        for s in 0..<size {
            var p = Matrix(rows: n, cols: n), q = Matrix(rows: n, cols: 3)
            for t in 1...setting.horizon {
                let row = (t - 1) * size + s
                let delivered = (0..<n).map { i in (0..<2).reduce(0.0) { $0 + SetupG.feedback[i, $1] * errors[row, $1] } }
                for i in 0..<n {
                    let gain = pass.gains![row, i]
                    for j in 0..<n { p[i, j] = setting.rho * p[i, j] + setting.alpha * gain * pass.hidden[row, j] }
                    for j in 0..<3 { q[i, j] = setting.rho * q[i, j] + setting.alpha * gain * batch.inputs[row, j] }
                    for j in 0..<n { dW[i, j] += delivered[i] * p[i, j] / Double(size) }
                    for j in 0..<3 { dB[i, j] += delivered[i] * q[i, j] / Double(size) }
                }
            }
        }
        #expect(Matrix.maxRelativeDifference(fast.dW, dW) < 1e-12)
        #expect(Matrix.maxRelativeDifference(fast.dB, dB) < 1e-12)
    }
}
