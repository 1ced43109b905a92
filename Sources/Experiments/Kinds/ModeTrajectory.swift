import LinearRNN

/// Single-mode runs shared by the analysis kinds: adaptive integration at equally spaced
/// record times, the record of a trajectory, and least-squares slopes of recorded curves.
enum ModeTrajectory {
    /// Dormand-Prince from `start` to `duration`, recorded at `records` equally spaced times
    /// (and the start), stopped by SPEC 10's divergence guard.
    static func adaptive(problem: ModeProblem, rule: ModeRule, start: ModePoint, duration: Double, records: Int,
                         integrator: DormandPrince45) -> ODESolution {
        let system = MultiModeSystem(mode: problem, rule: rule)
        let times = (1...records).map { duration * Double($0) / Double(records) }
        return integrator.integrate(system.field, from: start.components, duration: duration, output: .times(times),
                                    guard: system.divergenceGuard(initialLoss: problem.loss(at: start)))
    }

    /// The recorded path, loss, end and divergence of a solution.
    static func record(problem: ModeProblem, solution: ODESolution) -> Trajectory {
        let points = solution.samples.map { ModePoint($0.state) }
        let final = ModePoint(solution.final.state)
        return Trajectory(tau: solution.samples.map(\.time), b: points.map(\.b), w: points.map(\.w), c: points.map(\.c),
                          loss: points.map { problem.loss(at: $0) }, final: ModeCoordinates(final),
                          finalLoss: problem.loss(at: final), diverged: TimeDivergence(solution.outcome))
    }

    /// Least-squares slope of `y` on `x`; `nil` with fewer than two distinct `x`.
    static func slope(_ points: [(x: Double, y: Double)]) -> Double? {
        guard points.count >= 2 else { return nil }
        let n = Double(points.count)
        let mx = points.reduce(0) { $0 + $1.x } / n, my = points.reduce(0) { $0 + $1.y } / n
        let sxx = points.reduce(0) { $0 + ($1.x - mx) * ($1.x - mx) }
        guard sxx > 0 else { return nil }
        return points.reduce(0) { $0 + ($1.x - mx) * ($1.y - my) } / sxx
    }
}
