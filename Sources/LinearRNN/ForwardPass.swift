import Foundation

/// One run of a network over a batch of sequences, in the time-major layout of
/// `SequenceBatch`: `hidden` has `(T + 1) * size` rows (block 0 is `h_0 = 0`), so the blocks
/// of `h_{t-1}` and of `h_t` for all `t` are both contiguous.
public struct ForwardPass: Sendable {
    public let setting: SequenceSetting
    public let batchSize: Int
    /// `((T + 1) * size) x N`.
    public let hidden: Matrix
    /// `phi'(u_t)` for a nonlinear network, `(T * size) x N`; nil when linear.
    public let gains: Matrix?
    /// `(T * size) x n_out`.
    public let outputs: Matrix

    /// Runs `weights` over `batch`.
    public init(weights: RNNWeights, batch: SequenceBatch, setting: SequenceSetting) {
        precondition(batch.horizon == setting.horizon, "batch horizon differs from the setting")
        precondition(batch.inputs.cols == weights.inputSize, "input size differs from B")
        let n = weights.hiddenSize, size = batch.size, horizon = setting.horizon
        let alpha = setting.alpha, rho = setting.rho
        let steps = horizon * size
        let linearWithInputs = setting.nonlinearity == .linear && n > 0 && steps > 0 && batch.inputs.cols > 0
        var h: [Double]
        if linearWithInputs {
            // Every entry is written below: block 0 here, blocks 1...T by the drive product.
            h = Workspace.shared.take((horizon + 1) * size * n)
            for i in 0..<(size * n) { h[i] = 0 }
        } else {
            h = [Double](repeating: 0, count: (horizon + 1) * size * n)
        }
        var gains: [Double]? = nil
        let row = BLAS.Block(offset: 0, leadingDimension: n)
        switch setting.nonlinearity {
        case .linear:
            // h_t = h_{t-1} A^T + alpha u_t^in, with the input drive u_t^in = x_t B^T for all t
            // in one product written straight into the blocks of h_1..h_T. h_0 = 0, so the
            // recurrence product starts at t = 2.
            // A^T stored explicitly: the untransposed product takes OpenBLAS's small-matrix
            // kernel (no packing of A on each of the T - 1 calls).
            let transitionT = weights.transition(alpha: alpha).transposed
            if linearWithInputs { h.withUnsafeMutableBufferPointer { ph in
                let base = ph.baseAddress!
                batch.inputs.elements.withUnsafeBufferPointer { px in
                    weights.B.elements.withUnsafeBufferPointer { pb in
                        BLAS.gemm(m: steps, n: n, k: batch.inputs.cols, alpha: alpha,
                                  px.baseAddress!, lda: max(batch.inputs.cols, 1),
                                  pb.baseAddress!, ldb: max(batch.inputs.cols, 1), transposeB: true,
                                  beta: 0, base + size * n, ldc: n)
                    }
                }
                transitionT.elements.withUnsafeBufferPointer { pa in
                    for t in stride(from: 2, through: horizon, by: 1) {
                        BLAS.gemm(m: size, n: n, k: n, alpha: 1,
                                  UnsafePointer(base + (t - 1) * size * n), lda: n,
                                  pa.baseAddress!, ldb: n,
                                  beta: 1, base + t * size * n, ldc: n)
                    }
                }
            } }
        case .tanh:
            // u_t = h_{t-1} W^T + x_t B^T;  h_t = rho h_{t-1} + alpha tanh(u_t).
            var g = [Double](repeating: 0, count: steps * n)
            var u = Matrix.product(batch.inputs, weights.B, transposeB: true).elements
            for t in 1...horizon {
                let block = (t - 1) * size * n
                BLAS.gemm(m: size, n: n, k: n, alpha: 1,
                          h, BLAS.Block(offset: block, leadingDimension: n),
                          weights.W.elements, row, transposeB: true,
                          beta: 1, &u, BLAS.Block(offset: block, leadingDimension: n))
                for i in 0..<(size * n) {
                    let activation = Foundation.tanh(u[block + i])
                    g[block + i] = 1 - activation * activation
                    h[block + size * n + i] = rho * h[block + i] + alpha * activation
                }
            }
            gains = g
        }
        self.setting = setting
        self.batchSize = size
        self.hidden = Matrix(rows: (horizon + 1) * size, cols: n, elements: h)
        self.gains = gains.map { Matrix(rows: steps, cols: n, elements: $0) }
        var y = Matrix(rows: steps, cols: weights.outputSize)
        BLAS.gemm(m: steps, n: weights.outputSize, k: n, alpha: 1,
                  h, BLAS.Block(offset: size * n, leadingDimension: n),
                  weights.C.elements, row, transposeB: true,
                  beta: 0, &y.elements, BLAS.Block(offset: 0, leadingDimension: weights.outputSize))
        self.outputs = y
    }

    public var hiddenSize: Int { hidden.cols }

    /// Errors `eps_t = y_t - yhat_t` on scored steps, zero elsewhere, `(T * size) x n_out`,
    /// and the batch-mean loss `(1/size) sum_s sum_{t in S} ||eps_t||^2 / 2`.
    public func maskedErrors(targets: Matrix) -> (errors: Matrix, loss: Double) {
        precondition(targets.rows == outputs.rows && targets.cols == outputs.cols, "target shape differs")
        var e = targets - outputs
        let blockLength = batchSize * e.cols
        var sum = 0.0
        for t in 1...setting.horizon {
            let range = ((t - 1) * blockLength)..<(t * blockLength)
            if setting.loss.scores(step: t, horizon: setting.horizon) {
                for i in range { sum += e.elements[i] * e.elements[i] }
            } else {
                for i in range { e.elements[i] = 0 }
            }
        }
        return (e, 0.5 * sum / Double(batchSize))
    }

    /// The loss `1/2 sum_{t in S} ||eps_t||^2` of each sequence of the batch.
    public func sequenceLosses(targets: Matrix) -> [Double] {
        let errors = maskedErrors(targets: targets).errors
        var losses = [Double](repeating: 0, count: batchSize)
        for row in 0..<errors.rows {
            for j in 0..<errors.cols { losses[row % batchSize] += 0.5 * errors[row, j] * errors[row, j] }
        }
        return losses
    }
}
