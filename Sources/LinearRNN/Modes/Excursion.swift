/// A run's loss excursion (SPEC 7.4, E7): end state and the largest loss along the way,
/// sampled at `samples` equally spaced times, with the adaptive integrator (the trajectory
/// is stiff when it visits `|lambda| > 1`).
public struct Excursion: Sendable {
    public let end: ModePoint
    public let initialLoss: Double
    public let maximumLoss: Double
    public let endLoss: Double
    public let outcome: ODEOutcome

    public init(problem: ModeProblem, rule: ModeRule, start: ModePoint, duration: Double, samples: Int = 20_000,
                integrator: DormandPrince45 = DormandPrince45(relativeTolerance: 1e-10, absoluteTolerance: 1e-12)) {
        let system = MultiModeSystem(mode: problem, rule: rule)
        initialLoss = problem.loss(at: start)
        let times = (1...samples).map { duration * Double($0) / Double(samples) }
        let solution = integrator.integrate(system.field, from: start.components, duration: duration,
                                            output: .times(times), guard: system.divergenceGuard(initialLoss: initialLoss))
        maximumLoss = solution.samples.map { system.loss($0.state) }.max() ?? initialLoss
        end = ModePoint(solution.final.state)
        endLoss = problem.loss(at: end)
        outcome = solution.outcome
    }
}
