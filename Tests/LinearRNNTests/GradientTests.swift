import LinearRNN
import Testing

/// E1 of SPEC: the exact loss, BPTT against finite differences, and the impulse expectation
/// identity (4.4) tying the per-sequence and closed-form implementations together.
struct GradientTests {
    @Test(arguments: [LossSet.all, .final])
    func expectedBPTTDirectionIsMinusTheGradientOfTheExactLoss(loss: LossSet) {
        var setting = SetupG.setting
        setting.loss = loss
        let analytic = BPTT().expectedDirection(weights: SetupG.student, teacher: SetupG.teacher, setting: setting)
        let numeric = FiniteDifferences.descentDirection(at: SetupG.student) {
            ImpulseResponses(student: $0, teacher: SetupG.teacher, setting: setting).expectedLoss
        }
        #expect(Direction.maxRelativeDifference(analytic, numeric) < 1e-6)
    }

    @Test(arguments: [Nonlinearity.linear, .tanh])
    func sampledBPTTDirectionIsMinusTheGradientOfTheSequenceLoss(nonlinearity: Nonlinearity) {
        var setting = SetupG.setting
        setting.nonlinearity = nonlinearity
        var random = RandomSource(seed: 7)
        let batch = SequenceBatch.white(horizon: setting.horizon, size: 3, inputSize: 3, random: &random)
        let targets = ForwardPass(weights: SetupG.teacher, batch: batch, setting: setting).outputs
        let analytic = BPTT().sampledDirection(weights: SetupG.student, batch: batch, targets: targets, setting: setting).direction
        let numeric = FiniteDifferences.descentDirection(at: SetupG.student) {
            ForwardPass(weights: $0, batch: batch, setting: setting).maskedErrors(targets: targets).loss
        }
        #expect(Direction.maxRelativeDifference(analytic, numeric) < 1e-6)
    }

    @Test(arguments: [LossSet.all, .final])
    func impulseExpectationEqualsClosedForm(loss: LossSet) {
        var setting = SetupG.setting
        setting.loss = loss
        let batch = SequenceBatch.impulses(horizon: setting.horizon, inputSize: 3)
        let targets = ForwardPass(weights: SetupG.teacher, batch: batch, setting: setting).outputs
        for rule in SetupG.rules(horizon: setting.horizon) {
            let closed = rule.expectedDirection(weights: SetupG.student, teacher: SetupG.teacher, setting: setting)
            let summed = rule.sampledDirection(weights: SetupG.student, batch: batch, targets: targets, setting: setting)
                .direction.scaled(by: Double(batch.size))
            #expect(Direction.maxRelativeDifference(summed, closed) < 1e-10, "\(rule.name), loss \(loss)")
        }
    }

    @Test func expectedLossAgreesWithMonteCarlo() {
        var random = RandomSource(seed: 11)
        let setting = SetupG.setting
        let batch = SequenceBatch.white(horizon: setting.horizon, size: 20_000, inputSize: 3, random: &random)
        let targets = ForwardPass(weights: SetupG.teacher, batch: batch, setting: setting).outputs
        let perSequence = ForwardPass(weights: SetupG.student, batch: batch, setting: setting).sequenceLosses(targets: targets)
        let mean = perSequence.reduce(0, +) / Double(batch.size)
        let variance = perSequence.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(batch.size - 1)
        let standardError = (variance / Double(batch.size)).squareRoot()
        let exact = ImpulseResponses(student: SetupG.student, teacher: SetupG.teacher, setting: setting).expectedLoss
        #expect(abs(exact - 0.592818) < 1e-6)
        #expect(abs(mean - exact) / standardError < 4)
    }
}
