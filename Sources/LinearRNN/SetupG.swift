/// Setup G of SPEC section 11: small general matrices (N = 4, n_in = 3, n_out = 2) from the
/// deterministic sine formula, reproducible in any language. Used by the foundation checks.
public enum SetupG {
    public static let hiddenSize = 4, inputSize = 3, outputSize = 2

    public static var student: RNNWeights {
        RNNWeights(W: TestMatrices.sine(rows: hiddenSize, cols: hiddenSize, seed: 0.1, scale: 1.5),
                   B: TestMatrices.sine(rows: hiddenSize, cols: inputSize, seed: 0.7, scale: 1),
                   C: TestMatrices.sine(rows: outputSize, cols: hiddenSize, seed: 1.9, scale: 1))
    }

    public static var teacher: RNNWeights {
        RNNWeights(W: TestMatrices.sine(rows: hiddenSize, cols: hiddenSize, seed: 1.3, scale: 1.8),
                   B: TestMatrices.sine(rows: hiddenSize, cols: inputSize, seed: 2.2, scale: 1),
                   C: TestMatrices.sine(rows: outputSize, cols: hiddenSize, seed: 3.1, scale: 1))
    }

    public static var feedback: Matrix { TestMatrices.sine(rows: hiddenSize, cols: outputSize, seed: 4.4, scale: 1) }
}
