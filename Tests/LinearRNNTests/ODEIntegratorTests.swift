import Foundation
import Testing
import LinearRNN

@Suite("ODE integrators and the per-mode flow (SPEC 5.4, 10)")
struct ODEIntegratorTests {
    static let teachers = [ModePoint(b: 1, w: 0.8, c: 1), ModePoint(b: 1, w: 0.4, c: -0.7), ModePoint(b: 0.6, w: -0.6, c: 1)]
    static let starts = [ModePoint(b: 0.05, w: 0, c: 0.04), ModePoint(b: 0.05, w: 0, c: -0.03), ModePoint(b: 0.05, w: 0, c: 0.03)]
    static let modes = teachers.map { ModeProblem(teacher: $0, alpha: 1, horizon: 10) }

    @Test("both integrators solve y' = -y y to their accuracy")
    func linearTest() {
        let field: VectorField = { [-$0[0], 2 * $0[1]] }
        let exact = [exp(-1.0), exp(2.0)]
        let rk4 = RungeKutta4(step: 1e-3).integrate(field, from: [1, 1], duration: 1).final
        let dopri = DormandPrince45(relativeTolerance: 1e-10, absoluteTolerance: 1e-12)
            .integrate(field, from: [1, 1], duration: 1, output: .times([0.5, 1])).final
        #expect(rk4.time == 1 && dopri.time == 1)
        for i in 0..<2 {
            #expect(abs(rk4.state[i] - exact[i]) < 1e-11 * exact[i])
            #expect(abs(dopri.state[i] - exact[i]) < 1e-8 * exact[i])
        }
    }

    @Test("Dormand-Prince records the requested times exactly")
    func requestedTimes() {
        let times = (1...10).map { Double($0) / 10 }
        let solution = DormandPrince45().integrate({ [$0[0]] }, from: [1], duration: 1, output: .times(times))
        #expect(solution.samples.map(\.time) == [0] + times)
        #expect(abs(solution.samples[5].state[0] - exp(0.5)) < 1e-8)
    }

    @Test("BPTT conserves b^2 - c^2 in every mode along RK4")
    func bpttInvariant() {
        let system = MultiModeSystem(modes: Self.modes, rules: Array(repeating: .bptt, count: 3))
        let solution = RungeKutta4(step: 1e-3).integrate(system.field, from: MultiModeSystem.state(Self.starts), duration: 3,
                                                         sampleEvery: 100)
        #expect(solution.outcome == .completed)
        for sample in solution.samples {
            for (p, start) in zip(system.points(sample.state), Self.starts) {
                #expect(abs((p.b * p.b - p.c * p.c) - (start.b * start.b - start.c * start.c)) < 1e-9)
            }
        }
    }

    @Test("RK4 (dt = 1e-3) and Dormand-Prince agree on the multi-mode flow",
          arguments: [[ModeRule.bptt, .bptt, .bptt],
                      [.truncatedBPTT(horizon: 1), .truncatedBPTT(horizon: 1), .truncatedBPTT(horizon: 1)],
                      [.rflo(feedback: 1), .rflo(feedback: -0.5), .rflo(feedback: 0.3)]])
    func integratorsAgree(rules: [ModeRule]) {
        let system = MultiModeSystem(modes: Self.modes, rules: rules)
        let start = MultiModeSystem.state(Self.starts)
        let rk4 = RungeKutta4(step: 1e-3).integrate(system.field, from: start, duration: 1).final.state
        let dopri = DormandPrince45(relativeTolerance: 1e-11, absoluteTolerance: 1e-13)
            .integrate(system.field, from: start, duration: 1, output: .times([1])).final.state
        #expect(zip(rk4, dopri).map { abs($0 - $1) }.max()! < 1e-7)
    }

    @Test("the divergence guard stops runs instead of crashing")
    func divergence() {
        let system = MultiModeSystem(mode: ModeFixtures.single, rule: .bptt)
        let start = [0.05, 2.9, 0.04]
        let escaping: VectorField = { y in [0, 1, 0] }
        let guarded = RungeKutta4(step: 1e-2).integrate(escaping, from: start, duration: 1,
                                                        guard: system.divergenceGuard(initialLoss: system.loss(start)))
        guard case let .diverged(time, _) = guarded.outcome else { Issue.record("expected divergence"); return }
        #expect(time > 0.09 && time < 0.12)
        let blowUp = DormandPrince45().integrate({ [$0[0] * $0[0]] }, from: [1], duration: 2)
        #expect(blowUp.diverged)
    }

    @Test("a start next to an optimum may climb six decades and converge; a real blow-up is still stopped (SPEC 10)")
    func divergenceScaleNearAnOptimum() {
        let problem = ModeFixtures.single
        let run = Excursion(problem: problem, rule: .rflo(feedback: 1), start: ModePoint(b: -0.9997, w: 0.7997, c: -1),
                            duration: 5, samples: 2000)
        #expect(run.initialLoss < 2e-5)
        #expect(run.maximumLoss / run.initialLoss > 1e6)
        #expect(run.outcome == .completed)
        #expect(run.endLoss < 1e-20)
        let system = MultiModeSystem(mode: problem, rule: .rflo(feedback: 1))
        let guarded = system.divergenceGuard(initialLoss: run.initialLoss)
        #expect(guarded.check([1, 0.8, 1e4])?.contains("L_zero") == true)
        #expect(guarded.check([-0.5, 0.8, -30]) == nil)
    }

    @Test("plateau times follow ln(1/eps) / rate for BPTT and tBPTT-1; RFLO has none (E5a)")
    func plateaus() {
        let problem = ModeFixtures.single
        func tHalf(_ rule: ModeRule, _ eps: Double) -> Double {
            PlateauTime.halfSaddleLossTime(problem: problem, rule: rule, start: ModePoint(b: eps, w: 0.5, c: eps))!
        }
        for (rule, rate) in [(ModeRule.bptt, 15.555672), (.truncatedBPTT(horizon: 1), 12.472238)] {
            let fitted = log(100) / (tHalf(rule, 1e-5) - tHalf(rule, 1e-3))
            #expect(abs(fitted / rate - 1) < 0.02, "\(rule.name)")
        }
        #expect(abs(tHalf(.rflo(feedback: 1), 1e-2) - 0.07170557697466047) < 1e-3)
        #expect(abs(tHalf(.rflo(feedback: 1), 1e-5) / tHalf(.rflo(feedback: 1), 1e-3) - 1) < 0.02)
    }

    @Test("RFLO is repelled from the fc < 0 branch and lands on fc > 0 (E7)")
    func excursion() {
        let run = Excursion(problem: ModeFixtures.single, rule: .rflo(feedback: 0.3),
                            start: ModePoint(b: -0.999, w: 0.799, c: -1), duration: 5, samples: 2000)
        #expect(run.outcome == .completed)
        #expect(run.maximumLoss / run.initialLoss > 1e3)
        #expect((run.end - ModePoint(b: 1.42081, w: 0.8, c: 0.70382)).maxAbs < 1e-4)
        #expect(run.endLoss < 1e-8)
    }

    @Test("limit points and their slow rates (SPEC 8 table)")
    func limitPoints() throws {
        let start = ModePoint(b: 0.05, w: 0, c: 0.04)
        let cases: [(ModeRule, ModePoint, Double)] = [
            (.bptt, ModePoint(b: 1.000225, w: 0.8, c: 0.999775), 24.1235),
            (.truncatedBPTT(horizon: 1), ModePoint(b: 0.854556, w: 0.8, c: 1.170199), 15.6609),
            (.rflo(feedback: 0.3), ModePoint(b: 0.592535, w: 0.8, c: 1.687663), 3.9071),
        ]
        for (rule, point, rate) in cases {
            let limit = try LimitPoint(problem: ModeFixtures.single, rule: rule, start: start, duration: 8)
            #expect((limit.point - point).maxAbs < 2e-6, "\(rule.name)")
            #expect(abs(limit.rates.slow - rate) < 1e-4)
        }
    }
}

