/// The point of `O` a run reaches and its local rate (SPEC 8): integrate one mode to `tau`
/// with the adaptive integrator, then take `mu_slow` of the transverse matrix there.
public struct LimitPoint: Sendable {
    public let point: ModePoint
    public let loss: Double
    /// Transverse rates at `point` (meaningful when the run converged onto `O`).
    public let rates: TransverseRates
    public let outcome: ODEOutcome

    public init(problem: ModeProblem, rule: ModeRule, start: ModePoint, duration: Double,
                integrator: DormandPrince45 = DormandPrince45(relativeTolerance: 1e-11, absoluteTolerance: 1e-13)) throws {
        let system = MultiModeSystem(mode: problem, rule: rule)
        let solution = integrator.integrate(system.field, from: start.components, duration: duration,
                                            output: .times([duration]),
                                            guard: system.divergenceGuard(initialLoss: problem.loss(at: start)))
        point = ModePoint(solution.final.state)
        loss = problem.loss(at: point)
        rates = try problem.transverseRates(of: rule, at: point)
        outcome = solution.outcome
    }
}
