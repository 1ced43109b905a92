/// The classical fourth-order Runge-Kutta method with a fixed step (SPEC 10).
public struct RungeKutta4: Sendable {
    public let step: Double

    public init(step: Double) {
        precondition(step > 0, "the RK4 step must be positive")
        self.step = step
    }

    /// One step of size `h` from `y`.
    public static func advance(_ field: VectorField, _ y: [Double], by h: Double) -> [Double] {
        let k1 = field(y)
        let k2 = field(zip(y, k1).map { $0 + 0.5 * h * $1 })
        let k3 = field(zip(y, k2).map { $0 + 0.5 * h * $1 })
        let k4 = field(zip(y, k3).map { $0 + h * $1 })
        return y.indices.map { i in y[i] + h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]) }
    }

    /// Integrates from `tau = 0` to `duration` in `round(duration / step)` equal steps,
    /// recording every `sampleEvery`-th state, the start and the end.
    public func integrate(_ field: VectorField, from start: [Double], duration: Double,
                          sampleEvery: Int = 1, guard divergence: DivergenceGuard = .finiteOnly) -> ODESolution {
        precondition(sampleEvery >= 1, "sampleEvery must be at least 1")
        let count = max(1, Int((duration / step).rounded()))
        let h = duration / Double(count)
        var samples = [ODESample(time: 0, state: start)]
        var y = start
        for n in 1...count {
            y = Self.advance(field, y, by: h)
            let time = Double(n) * h
            if let reason = divergence.check(y) {
                samples.append(ODESample(time: time, state: y))
                return ODESolution(samples: samples, outcome: .diverged(time: time, reason: reason),
                                   acceptedSteps: n, rejectedSteps: 0)
            }
            if n % sampleEvery == 0 || n == count { samples.append(ODESample(time: time, state: y)) }
        }
        return ODESolution(samples: samples, outcome: .completed, acceptedSteps: count, rejectedSteps: 0)
    }
}
