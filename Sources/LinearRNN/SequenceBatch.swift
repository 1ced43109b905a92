/// A batch of input sequences in time-major layout: row `(t-1) * size + s` of `inputs` holds
/// `x_t` of sequence `s`, so every time step is a contiguous block of rows.
public struct SequenceBatch: Sendable {
    public let horizon: Int
    public let size: Int
    /// `(T * size) x n_in`.
    public let inputs: Matrix

    public init(horizon: Int, size: Int, inputs: Matrix) {
        precondition(inputs.rows == horizon * size, "inputs must have T * size rows")
        self.horizon = horizon
        self.size = size
        self.inputs = inputs
    }

    /// Sequences given as `sequences[s][t-1][i] = x_{t,i}`.
    public init(sequences: [[[Double]]]) {
        let size = sequences.count
        let horizon = sequences.first?.count ?? 0
        let inputSize = sequences.first?.first?.count ?? 0
        var m = Matrix(rows: horizon * size, cols: inputSize)
        for (s, sequence) in sequences.enumerated() {
            precondition(sequence.count == horizon, "all sequences need the same length")
            for (t, x) in sequence.enumerated() {
                precondition(x.count == inputSize, "all inputs need the same size")
                for i in 0..<inputSize { m[t * size + s, i] = x[i] }
            }
        }
        self.init(horizon: horizon, size: size, inputs: m)
    }

    /// White Gaussian inputs `x_t ~ N(0, I)`.
    public static func white(horizon: Int, size: Int, inputSize: Int, random: inout RandomSource) -> SequenceBatch {
        SequenceBatch(horizon: horizon, size: size,
                      inputs: random.normalMatrix(rows: horizon * size, cols: inputSize))
    }

    /// The `T * n_in` impulse sequences `e^(t,i)` of SPEC (4.4): summing any per-sequence
    /// direction over them gives its expectation under white inputs.
    public static func impulses(horizon: Int, inputSize: Int) -> SequenceBatch {
        let size = horizon * inputSize
        var m = Matrix(rows: horizon * size, cols: inputSize)
        for t in 0..<horizon {
            for i in 0..<inputSize {
                let s = t * inputSize + i
                m[t * size + s, i] = 1
            }
        }
        return SequenceBatch(horizon: horizon, size: size, inputs: m)
    }
}
