/// The plateau time `t_half` of one mode (SPEC 7.5, E5a): the first `tau` at which the loss
/// falls below `L_Z / 2`, by RK4 with a fixed step and linear interpolation of the loss
/// between the two steps that straddle the threshold.
public enum PlateauTime {
    /// `nil` when the mode is absent (`L_Z = 0`), or the loss stays above `L_Z / 2` until
    /// `maxTime`, or the run diverges.
    public static func halfSaddleLossTime(problem: ModeProblem, rule: ModeRule, start: ModePoint,
                                          step: Double = 1e-4, maxTime: Double = 100) -> Double? {
        let system = MultiModeSystem(mode: problem, rule: rule)
        let threshold = problem.saddleLoss / 2
        guard threshold > 0 else { return nil }
        let divergence = system.divergenceGuard(initialLoss: problem.loss(at: start))
        var y = start.components
        var loss = problem.loss(at: start)
        if loss < threshold { return 0 }
        var n = 0
        while Double(n) * step < maxTime {
            let next = RungeKutta4.advance(system.field, y, by: step)
            if divergence.check(next) != nil { return nil }
            let nextLoss = system.loss(next)
            if nextLoss < threshold {
                return step * (Double(n) + (loss - threshold) / (loss - nextLoss))
            }
            (y, loss, n) = (next, nextLoss, n + 1)
        }
        return nil
    }
}
