import LinearRNN
import Testing

/// Theorem 9.1 (RFLO's weight changes lie in range(F)) on a random, non-aligned teacher, the
/// comparison rules, and the tanh caveat of E12.
struct LowRankTests {
    static func task(seed: UInt64, hidden: Int = 32) throws -> TeacherStudentTask {
        var random = RandomSource(seed: seed)
        return try TeacherStudentTask.random(hiddenSize: hidden, inputSize: 4, outputSize: 2,
                                             teacherRadius: 0.9, studentScale: 0.5, random: &random)
    }

    static func changes(_ record: TrainingRecord, from task: TeacherStudentTask) throws -> (w: LowRankAnalysis, b: LowRankAnalysis) {
        (try LowRankAnalysis(record.finalWeights.W - task.initialStudent.W),
         try LowRankAnalysis(record.finalWeights.B - task.initialStudent.B))
    }

    @Test func rfloChangesHaveRankAtMostTheNumberOfOutputs() throws {
        let task = try Self.task(seed: 1)
        let plan = TrainingPlan(setting: SequenceSetting(horizon: 10), mode: .population, learningRate: 0.002, steps: 300)
        let record = Trainer.train(rule: RFLO(feedback: task.feedback), task: task, plan: plan)
        #expect(record.divergence == nil)
        #expect(record.loss.last! < 0.5 * record.loss.first!)
        let (w, b) = try Self.changes(record, from: task)
        #expect(w.ratios[2] < 1e-10)
        #expect(b.ratios[2] < 1e-10)
        #expect(w.numericalRank(relativeTolerance: 1e-10) <= 2)
        let residual = try LowRankAnalysis.residualOutsideRange(
            of: record.finalWeights.W - task.initialStudent.W, basisOf: task.feedback)
        #expect(residual < 1e-12)
    }

    @Test func otherRulesAreNotConfinedToRangeF() throws {
        let task = try Self.task(seed: 1)
        let plan = TrainingPlan(setting: SequenceSetting(horizon: 10), mode: .population, learningRate: 0.002, steps: 300)
        let bptt = try Self.changes(Trainer.train(rule: BPTT(), task: task, plan: plan), from: task)
        #expect(bptt.w.ratios[2] > 1e-2)
        let truncated = try Self.changes(Trainer.train(rule: TruncatedBPTT(horizon: 1), task: task, plan: plan), from: task)
        #expect(truncated.w.ratios[2] > 1e-3)
        var frozen = plan
        frozen.freezeReadout = true
        let frozenTruncated = try Self.changes(Trainer.train(rule: TruncatedBPTT(horizon: 1), task: task, plan: frozen), from: task)
        #expect(frozenTruncated.w.ratios[2] < 1e-10)
    }

    /// E12: with tanh units, Murray's trace (with the postsynaptic gain) leaves range(F); the
    /// trace without the gain keeps Theorem 9.1 exactly.
    @Test func tanhRFLOIsLowRankOnlyWithoutThePostsynapticGain() throws {
        let task = try Self.task(seed: 2)
        let setting = SequenceSetting(horizon: 10, alpha: 1, loss: .all, nonlinearity: .tanh)
        let plan = TrainingPlan(setting: setting, mode: .sampled(batch: 16), learningRate: 0.01, steps: 150, seed: 3)
        let withGain = try Self.changes(Trainer.train(rule: RFLO(feedback: task.feedback), task: task, plan: plan), from: task)
        #expect(withGain.w.ratios[2] > 1e-3)
        #expect(withGain.b.ratios[2] > 1e-3)
        let withoutGain = try Self.changes(
            Trainer.train(rule: RFLO(feedback: task.feedback, postsynapticGain: false), task: task, plan: plan), from: task)
        #expect(withoutGain.w.ratios[2] < 1e-10)
        #expect(withoutGain.b.ratios[2] < 1e-10)
    }

    @Test func divergenceStopsTheRunAndNamesTheStep() throws {
        let task = try Self.task(seed: 1, hidden: 8)
        let plan = TrainingPlan(setting: SequenceSetting(horizon: 10), mode: .population, learningRate: 5, steps: 200)
        let record = Trainer.train(rule: BPTT(), task: task, plan: plan)
        let divergence = try #require(record.divergence)
        #expect(divergence.rule == "bptt")
        #expect(divergence.step < 200)
        #expect(record.loss.allSatisfy { $0.isFinite })
    }
}
