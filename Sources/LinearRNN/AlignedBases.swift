/// Orthogonal bases `U` (N x N), `V` (n_in x n_in), `P` (n_out x n_out) in which a network is
/// *aligned*: `W = U diag(w) U^T`, `B = U diag(b) V^T`, `C = P diag(c) U^T`, `F = U diag(f) P^T`
/// (SPEC 5.1-5.2). Builds aligned matrices from mode values and reads mode values back (5.5).
public struct AlignedBases: Sendable {
    public let U: Matrix
    public let V: Matrix
    public let P: Matrix

    public init(U: Matrix, V: Matrix, P: Matrix) {
        self.U = U
        self.V = V
        self.P = P
    }

    /// Bases made of Householder reflections `H(u)`, `H(v)`, `H(p)`.
    public init(householderU u: [Double], v: [Double], p: [Double]) {
        self.init(U: TestMatrices.householder(u), V: TestMatrices.householder(v), P: TestMatrices.householder(p))
    }

    public var hiddenSize: Int { U.rows }
    public var inputSize: Int { V.rows }
    public var outputSize: Int { P.rows }

    /// The aligned weights whose mode `a` has parameters `modes[a]`.
    public func weights(modes: [ModePoint]) -> RNNWeights {
        let n = hiddenSize, nIn = inputSize, nOut = outputSize
        let w = Matrix.diagonal(modes.map(\.w), rows: n, cols: n)
        let b = Matrix.diagonal(modes.map(\.b), rows: n, cols: nIn)
        let c = Matrix.diagonal(modes.map(\.c), rows: nOut, cols: n)
        return RNNWeights(W: U * w * U.transposed, B: U * b * V.transposed, C: P * c * U.transposed)
    }

    /// The aligned feedback `F = U diag(f) P^T`.
    public func feedback(gains f: [Double]) -> Matrix {
        U * Matrix.diagonal(f, rows: hiddenSize, cols: outputSize) * P.transposed
    }

    /// The rotated weights `(U^T W U, U^T B V, P^T C U)`, diagonal when aligned.
    private func rotated(_ weights: RNNWeights) -> (w: Matrix, b: Matrix, c: Matrix) {
        (U.transposed * weights.W * U, U.transposed * weights.B * V, P.transposed * weights.C * U)
    }

    /// Mode parameters `b_a = u_a^T B v_a`, `w_a = u_a^T W u_a`, `c_a = p_a^T C u_a` for
    /// `a = 1..min(N, n_in, n_out)`.
    public func modes(of weights: RNNWeights) -> [ModePoint] {
        let r = rotated(weights)
        return (0..<min(hiddenSize, inputSize, outputSize)).map { a in
            ModePoint(b: r.b[a, a], w: r.w[a, a], c: r.c[a, a])
        }
    }

    /// The largest absolute off-diagonal entry of the rotated weights: zero for an aligned
    /// network.
    public func offDiagonalLeakage(of weights: RNNWeights) -> Double {
        let r = rotated(weights)
        var largest = 0.0
        for m in [r.w, r.b, r.c] {
            for i in 0..<m.rows { for j in 0..<m.cols where i != j { largest = max(largest, abs(m[i, j])) } }
        }
        return largest
    }
}
