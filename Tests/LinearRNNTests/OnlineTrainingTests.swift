import LinearRNN
import Testing

/// Online learning: one sequence learnt online differs from the batch update by O(eta^2),
/// and RFLO's online changes keep the rank bound of Theorem 9.1.
struct OnlineTrainingTests {
    @Test(arguments: [0.7, 1.0])
    func onlineEqualsBatchToFirstOrder(alpha: Double) {
        let setting = SequenceSetting(horizon: 6, alpha: alpha, loss: .all)
        var random = RandomSource(seed: 9)
        let batch = SequenceBatch.white(horizon: 6, size: 1, inputSize: 3, random: &random)
        let targets = ForwardPass(weights: SetupG.teacher, batch: batch, setting: setting).outputs
        for rule in [RFLO(feedback: SetupG.feedback), TruncatedBPTT(horizon: 1)] as [any LearningRule] {
            let batchDirection = rule.sampledDirection(weights: SetupG.student, batch: batch, targets: targets, setting: setting).direction
            var gaps: [Double] = []
            for rate in [1e-4, 1e-5] {
                var learnt = SetupG.student
                _ = OnlineTraining.pass(rule: rule, weights: &learnt, batch: batch, targets: targets, setting: setting,
                                        rate: rate, freezeReadout: false)
                let online = Direction(dW: learnt.W - SetupG.student.W, dB: learnt.B - SetupG.student.B,
                                       dC: learnt.C - SetupG.student.C).scaled(by: 1 / rate)
                gaps.append(Direction.maxRelativeDifference(online, batchDirection))
            }
            #expect(gaps[0] < 1e-2 && gaps[0] > 0, "\(rule.name): \(gaps)")
            // The gap is first order in the rate: ten times smaller rate, ten times smaller gap.
            #expect(abs(gaps[0] / gaps[1] - 10) < 1, "\(rule.name): \(gaps)")
        }
        #expect(OnlineTraining.supports(TruncatedBPTT(horizon: 1)))
        #expect(!OnlineTraining.supports(BPTT()))
        #expect(!OnlineTraining.supports(TruncatedBPTT(horizon: 2)))
    }

    @Test func onlineRFLOKeepsTheRankBound() throws {
        var random = RandomSource(seed: 4)
        let task = try TeacherStudentTask.random(hiddenSize: 24, inputSize: 4, outputSize: 2, teacherRadius: 0.9,
                                                 studentScale: 0.5, random: &random)
        let plan = TrainingPlan(setting: SequenceSetting(horizon: 10, alpha: 0.5), mode: .online(batch: 4),
                                learningRate: 0.005, steps: 60, recordEvery: 20, seed: 1)
        let record = Trainer.train(rule: RFLO(feedback: task.feedback), task: task, plan: plan)
        #expect(record.divergence == nil)
        #expect(record.loss.last! < record.loss.first!)
        #expect(try LowRankAnalysis(record.finalWeights.W - task.initialStudent.W).ratios[2] < 1e-10)
        #expect(try LowRankAnalysis(record.finalWeights.B - task.initialStudent.B).ratios[2] < 1e-10)
    }
}
