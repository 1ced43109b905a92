import LinearRNN
import Testing

/// E2 of SPEC: population training of full 3 x 3 matrices on an aligned task stays aligned
/// and follows the per-mode dynamics.
struct AlignedTrainingTests {
    static let teacher = [ModePoint(b: 1, w: 0.8, c: 1), ModePoint(b: 1, w: 0.4, c: -0.7), ModePoint(b: 0.6, w: -0.6, c: 1)]
    static let initial = [ModePoint(b: 0.05, w: 0, c: 0.04), ModePoint(b: 0.05, w: 0, c: -0.03), ModePoint(b: 0.05, w: 0, c: 0.03)]
    static let gains = [1, -0.5, 0.3]

    static func cases() -> [(any LearningRule, [ModeRule])] {
        let task = task()
        return [(BPTT(), [.bptt, .bptt, .bptt]),
                (TruncatedBPTT(horizon: 1), Array(repeating: .truncatedBPTT(horizon: 1), count: 3)),
                (RFLO(feedback: task.feedback), gains.map { .rflo(feedback: $0) })]
    }

    static func task() -> TeacherStudentTask {
        TeacherStudentTask.aligned(bases: ModeFixtures.bases, teacherModes: teacher, initialModes: initial, feedbackGains: gains)
    }

    /// SPEC 10: E7's start moved closer to the wrong-sign branch (`L_0` ~ 1e-5); RFLO climbs
    /// to the saddle loss and converges, with steps small enough for the stiff part (`eta = 1e-4`).
    @Test func aStartNextToAnOptimumClimbsSixDecadesWithoutBeingStopped() {
        let task = TeacherStudentTask.aligned(bases: AlignedBases(householderU: [1], v: [1], p: [1]),
                                              teacherModes: [ModePoint(b: 1, w: 0.8, c: 1)],
                                              initialModes: [ModePoint(b: -0.9997, w: 0.7997, c: -1)], feedbackGains: [0.3])
        let plan = TrainingPlan(setting: SequenceSetting(horizon: 10), mode: .population, learningRate: 1e-4, steps: 50_000,
                                recordEvery: 100)
        let record = Trainer.train(rule: RFLO(feedback: task.feedback), task: task, plan: plan)
        #expect(record.divergence == nil)
        #expect(record.loss[0] < 2e-5 && record.loss.max()! / record.loss[0] > 1e6)
        #expect(record.loss.last! < 1e-10)
        let blowUp = Trainer.train(rule: BPTT(), task: task, plan: TrainingPlan(
            setting: SequenceSetting(horizon: 10), mode: .population, learningRate: 10, steps: 50))
        #expect(blowUp.divergence != nil)
    }

    @Test(arguments: 0..<3)
    func fullMatrixRunEqualsPerModeEulerAndStaysAligned(ruleIndex: Int) {
        let (rule, modeRules) = Self.cases()[ruleIndex]
        let eta = 1e-3, steps = 3000
        let plan = TrainingPlan(setting: SequenceSetting(horizon: 10), mode: .population, learningRate: eta, steps: steps,
                                recordEvery: 100)
        let record = Trainer.train(rule: rule, task: Self.task(), plan: plan)
        #expect(record.divergence == nil)
        #expect(record.leakage.max()! < 1e-10, "\(rule.name): off-diagonal leakage")

        let problems = Self.teacher.map { ModeProblem(teacher: $0, alpha: 1, horizon: 10, loss: .all) }
        let system = MultiModeSystem(modes: problems, rules: modeRules)
        var euler = MultiModeSystem.state(Self.initial)
        var largestGap = 0.0
        for step in 0...steps {
            if step % 100 == 0, let index = record.steps.firstIndex(of: step) {
                let projected = MultiModeSystem.state(record.modes[index])
                largestGap = max(largestGap, zip(projected, euler).map { abs($0 - $1) }.max()!)
            }
            let d = system.direction(euler)
            euler = zip(euler, d).map { $0 + eta * $1 }
        }
        #expect(largestGap < 1e-9, "\(rule.name): projected matrix run vs per-mode Euler")

        let rk4 = RungeKutta4(step: 1e-3).integrate(system.field, from: MultiModeSystem.state(Self.initial), duration: 3)
        let finalGap = zip(MultiModeSystem.state(record.modes.last!), rk4.final.state).map { abs($0 - $1) }.max()!
        #expect(finalGap < 3e-2, "\(rule.name): Euler map vs RK4 ODE")
        #expect(finalGap > 0, "\(rule.name): a discrete run cannot equal the ODE exactly")
    }
}
