import Foundation

/// The adaptive embedded Runge-Kutta method of Dormand and Prince, order 5 with an order-4
/// error estimate (SPEC 10), for stiff-ish runs that visit `|lambda| > 1`. The step is
/// accepted when the scaled RMS error `sqrt(mean((err_i / (atol + rtol max(|y_i|, |y_new_i|)))^2))`
/// is at most 1; the next step is `h * clamp(0.9 err^(-1/5), 0.2, 5)`.
public struct DormandPrince45: Sendable {
    public let relativeTolerance: Double
    public let absoluteTolerance: Double
    public let maxSteps: Int

    /// Where to record states: at every accepted step, or exactly at the given times (steps
    /// are shortened to land on them).
    public enum Output: Sendable {
        case everyStep
        case times([Double])
    }

    public init(relativeTolerance: Double = 1e-10, absoluteTolerance: Double = 1e-12, maxSteps: Int = 5_000_000) {
        precondition(relativeTolerance > 0 && absoluteTolerance > 0, "tolerances must be positive")
        self.relativeTolerance = relativeTolerance
        self.absoluteTolerance = absoluteTolerance
        self.maxSteps = maxSteps
    }

    private static let c: [Double] = [0, 1.0 / 5, 3.0 / 10, 4.0 / 5, 8.0 / 9, 1, 1]
    private static let a: [[Double]] = [
        [],
        [1.0 / 5],
        [3.0 / 40, 9.0 / 40],
        [44.0 / 45, -56.0 / 15, 32.0 / 9],
        [19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729],
        [9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656],
        [35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84],
    ]
    /// Fifth-order weights (equal to the last row of `a`: first same as last).
    private static let b5: [Double] = [35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84, 0]
    /// Fifth- minus fourth-order weights: the error estimate.
    private static let errorWeights: [Double] = [
        35.0 / 384 - 5179.0 / 57600, 0, 500.0 / 1113 - 7571.0 / 16695, 125.0 / 192 - 393.0 / 640,
        -2187.0 / 6784 + 92097.0 / 339200, 11.0 / 84 - 187.0 / 2100, -1.0 / 40,
    ]

    /// Integrates from `tau = 0` to `duration`.
    public func integrate(_ field: VectorField, from start: [Double], duration: Double,
                          output: Output = .everyStep, guard divergence: DivergenceGuard = .finiteOnly) -> ODESolution {
        precondition(duration > 0, "the duration must be positive")
        var pending: [Double] = []
        if case let .times(times) = output { pending = times.filter { $0 > 0 && $0 <= duration }.sorted().reversed() }
        var samples = [ODESample(time: 0, state: start)]
        var t = 0.0, y = start, k1 = field(start)
        var h = min(duration, initialStep(y, k1))
        var accepted = 0, rejected = 0
        func finish(_ outcome: ODEOutcome) -> ODESolution {
            if samples.last?.time != t { samples.append(ODESample(time: t, state: y)) }
            return ODESolution(samples: samples, outcome: outcome, acceptedSteps: accepted, rejectedSteps: rejected)
        }
        while t < duration {
            if accepted + rejected >= maxSteps { return finish(.diverged(time: t, reason: "step limit \(maxSteps) reached")) }
            let target = min(duration, pending.last ?? duration)
            let landing = t + h >= target
            let stepSize = landing ? target - t : h
            if stepSize <= 1e-14 * max(1, abs(t)) { return finish(.diverged(time: t, reason: "step size underflow")) }
            let (yNew, kLast, error) = attempt(field, y, k1, stepSize)
            let factor = error.isFinite ? min(5, max(0.2, 0.9 * pow(max(error, 1e-10), -0.2))) : 0.2
            guard error <= 1 else {
                rejected += 1
                h = stepSize * factor
                continue
            }
            accepted += 1
            t = landing ? target : t + stepSize
            y = yNew
            k1 = kLast
            if let reason = divergence.check(y) { return finish(.diverged(time: t, reason: reason)) }
            let onRequestedTime = landing && pending.last == target
            if onRequestedTime { pending.removeLast() }
            if case .everyStep = output { samples.append(ODESample(time: t, state: y)) } else if onRequestedTime {
                samples.append(ODESample(time: t, state: y))
            }
            if !landing || stepSize >= h { h = stepSize * factor }
        }
        return finish(.completed)
    }

    /// One trial step: the fifth-order state, the field there (first stage of the next step)
    /// and the scaled error norm.
    private func attempt(_ field: VectorField, _ y: [Double], _ k1: [Double], _ h: Double) -> ([Double], [Double], Double) {
        var stages = [k1]
        for s in 1..<7 {
            var point = y
            for (j, weight) in Self.a[s].enumerated() where weight != 0 {
                for i in point.indices { point[i] += h * weight * stages[j][i] }
            }
            stages.append(field(point))
        }
        // Stage 7 is evaluated at y + h * sum b5 k: the new state.
        var yNew = y
        for (j, weight) in Self.b5.enumerated() where weight != 0 {
            for i in yNew.indices { yNew[i] += h * weight * stages[j][i] }
        }
        var sum = 0.0
        for i in y.indices {
            var e = 0.0
            for (j, weight) in Self.errorWeights.enumerated() where weight != 0 { e += h * weight * stages[j][i] }
            let scale = absoluteTolerance + relativeTolerance * max(abs(y[i]), abs(yNew[i]))
            sum += (e / scale) * (e / scale)
        }
        let error = y.isEmpty ? 0 : (sum / Double(y.count)).squareRoot()
        return (yNew, stages[6], yNew.allSatisfy(\.isFinite) ? error : .infinity)
    }

    /// A first step from the size of the state and its derivative (Hairer, Norsett & Wanner).
    private func initialStep(_ y: [Double], _ f: [Double]) -> Double {
        var d0 = 0.0, d1 = 0.0
        for i in y.indices {
            let scale = absoluteTolerance + relativeTolerance * abs(y[i])
            d0 += (y[i] / scale) * (y[i] / scale)
            d1 += (f[i] / scale) * (f[i] / scale)
        }
        let guess = (d0 < 1e-10 || d1 < 1e-10) ? 1e-6 : 0.01 * (d0 / d1).squareRoot()
        return max(1e-10, guess)
    }
}
