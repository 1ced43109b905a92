import LinearRNN

/// Setup G of SPEC section 11: small general matrices from the deterministic sine formula.
enum SetupG {
    static let setting = SequenceSetting(horizon: 6, alpha: 0.7, loss: .all)
    static let student = RNNWeights(
        W: TestMatrices.sine(rows: 4, cols: 4, seed: 0.1, scale: 1.5),
        B: TestMatrices.sine(rows: 4, cols: 3, seed: 0.7, scale: 1),
        C: TestMatrices.sine(rows: 2, cols: 4, seed: 1.9, scale: 1))
    static let teacher = RNNWeights(
        W: TestMatrices.sine(rows: 4, cols: 4, seed: 1.3, scale: 1.8),
        B: TestMatrices.sine(rows: 4, cols: 3, seed: 2.2, scale: 1),
        C: TestMatrices.sine(rows: 2, cols: 4, seed: 3.1, scale: 1))
    static let feedback = TestMatrices.sine(rows: 4, cols: 2, seed: 4.4, scale: 1)

    static func rules(horizon: Int) -> [any LearningRule] {
        [BPTT(), TruncatedBPTT(horizon: 1), TruncatedBPTT(horizon: 3), RFLO(feedback: feedback)]
    }
}

/// Central finite differences of a scalar function of the weights, as a direction
/// `-dL/dtheta` (the descent direction).
enum FiniteDifferences {
    static func descentDirection(at weights: RNNWeights, step h: Double = 1e-6,
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
