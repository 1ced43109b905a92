import Testing
import LinearRNN

@Suite("Per-mode descent directions (SPEC 5.3)")
struct ModeUpdateTests {
    static let teachers = [ModePoint(b: 1, w: 0.8, c: 1), ModePoint(b: 1, w: 0.4, c: -0.7), ModePoint(b: 0.6, w: -0.6, c: 1)]
    static let students = [ModePoint(b: 0.3, w: 0.2, c: 0.5), ModePoint(b: -0.4, w: 0.5, c: 0.9), ModePoint(b: 0.7, w: -0.3, c: -0.2)]
    static let gains = [1.0, -0.5, 0.3]

    @Test("equal the diagonal of the full-matrix expected directions for aligned matrices",
          arguments: [(1.0, LossSet.all), (1.0, .final), (0.6, .all), (0.6, .final)])
    func matchFullMatrices(alpha: Double, loss: LossSet) {
        let setting = SequenceSetting(horizon: 7, alpha: alpha, loss: loss)
        let student = ModeFixtures.aligned(Self.students), teacher = ModeFixtures.aligned(Self.teachers)
        let matrixRules: [any LearningRule] = [BPTT(), TruncatedBPTT(horizon: 1), TruncatedBPTT(horizon: 3),
                                               RFLO(feedback: ModeFixtures.alignedFeedback(Self.gains))]
        for (index, matrixRule) in matrixRules.enumerated() {
            let full = ModeFixtures.modeDiagonal(matrixRule.expectedDirection(weights: student, teacher: teacher, setting: setting))
            for mode in 0..<3 {
                let modeRules: [ModeRule] = [.bptt, .truncatedBPTT(horizon: 1), .truncatedBPTT(horizon: 3), .rflo(feedback: Self.gains[mode])]
                let problem = ModeProblem(teacher: Self.teachers[mode], alpha: alpha, horizon: 7, loss: loss)
                let perMode = problem.direction(of: modeRules[index], at: Self.students[mode])
                let scale = max(1, full[mode].maxAbs)
                #expect((perMode - full[mode]).maxAbs <= 1e-12 * scale, "\(matrixRule.name) mode \(mode)")
            }
        }
    }

    @Test("per-mode losses add up to the full expected loss")
    func lossesAddUp() {
        let setting = SequenceSetting(horizon: 7, alpha: 0.6, loss: .all)
        let full = ImpulseResponses(student: ModeFixtures.aligned(Self.students), teacher: ModeFixtures.aligned(Self.teachers),
                                    setting: setting).expectedLoss
        let system = MultiModeSystem(modes: Self.teachers.map { ModeProblem(teacher: $0, alpha: 0.6, horizon: 7) },
                                     rules: Array(repeating: .bptt, count: 3))
        #expect(abs(system.loss(MultiModeSystem.state(Self.students)) - full) <= 1e-12 * full)
    }

    @Test("tBPTT with K = T equals BPTT at random points")
    func fullHorizonIsBPTT() {
        var random = RandomSource(seed: 7)
        for _ in 0..<20 {
            let problem = ModeProblem(teacher: ModePoint(b: 1, w: 0.8, c: 1), alpha: random.uniform(in: 0.2, 1),
                                      horizon: 10, loss: random.uniform() < 0.5 ? .all : .final)
            let point = ModePoint(b: random.uniform(in: -2, 2), w: random.uniform(in: -1, 1), c: random.uniform(in: -2, 2))
            let bptt = problem.direction(of: .bptt, at: point)
            let truncated = problem.direction(of: .truncatedBPTT(horizon: 10), at: point)
            #expect((bptt - truncated).maxAbs <= 1e-12 * max(1, bptt.maxAbs))
        }
    }

    @Test("on the saddle line BPTT and tBPTT stall and RFLO is driven by (alpha f sum n_k rho^k s_k, 0, 0)",
          arguments: [0.0, 0.5, -0.5])
    func saddleLine(w: Double) {
        let problem = ModeFixtures.single
        let point = ModePoint(b: 0, w: w, c: 0)
        #expect(problem.direction(of: .bptt, at: point) == ModePoint(b: 0, w: 0, c: 0))
        #expect(problem.direction(of: .truncatedBPTT(horizon: 1), at: point) == ModePoint(b: 0, w: 0, c: 0))
        #expect((problem.direction(of: .rflo(feedback: 0.7), at: point) - ModePoint(b: 7, w: 0, c: 0)).maxAbs <= 1e-12)

        let leaky = ModeProblem(teacher: ModePoint(b: 1.2, w: 0.5, c: 0.9), alpha: 0.4, horizon: 6, loss: .all)
        let drive = (0..<6).reduce(0.0) { sum, k in
            sum + leaky.lagWeights[k] * (0..<k).reduce(1.0) { p, _ in p * leaky.rho } * leaky.teacherResponse[k]
        }
        let expected = ModePoint(b: 0.4 * 0.7 * drive, w: 0, c: 0)
        #expect((leaky.direction(of: .rflo(feedback: 0.7), at: point) - expected).maxAbs <= 1e-12)
    }

    @Test("RFLO with f = c is tBPTT-1 at alpha = 1 and differs for alpha < 1 (E10)")
    func rfloAgainstOneStep() {
        let point = ModePoint(b: 0.3, w: 0.1, c: 0.5)
        for alpha in [1.0, 0.5, 0.25] {
            let teacher = ModePoint(b: 1 / alpha, w: (0.8 - 1 + alpha) / alpha, c: 1)
            let problem = ModeProblem(teacher: teacher, alpha: alpha, horizon: 10)
            let oneStep = problem.direction(of: .truncatedBPTT(horizon: 1), at: point)
            let rflo = problem.direction(of: .rflo(feedback: point.c), at: point)
            let relative = (rflo - oneStep).maxAbs / oneStep.maxAbs
            if alpha == 1 { #expect(relative <= 1e-12) } else { #expect(relative > 0.1) }
        }
    }
}
