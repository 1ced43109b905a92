/// Central finite differences of a scalar function of the weights, as the descent direction
/// `-dL/dtheta`: an independent check of the analytic gradients.
public enum FiniteDifferences {
    public static func descentDirection(at weights: RNNWeights, step h: Double = 1e-6,
                                        _ loss: (RNNWeights) -> Double) -> Direction {
        func partials(_ keyPath: WritableKeyPath<RNNWeights, Matrix>) -> Matrix {
            var result = weights[keyPath: keyPath]
            for i in result.elements.indices {
                var plus = weights, minus = weights
                plus[keyPath: keyPath].elements[i] += h
                minus[keyPath: keyPath].elements[i] -= h
                result.elements[i] = -(loss(plus) - loss(minus)) / (2 * h)
            }
            return result
        }
        return Direction(dW: partials(\.W), dB: partials(\.B), dC: partials(\.C))
    }
}
