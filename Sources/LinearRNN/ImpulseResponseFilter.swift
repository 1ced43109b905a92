/// A fixed linear network's outputs computed from its impulse responses,
/// `yhat_t = sum_{k < t} M_k x_{t-k}` with `M_k = C A^k (alpha B)` (SPEC section 2): for a
/// teacher that answers many batches this costs about `T (T + 1) / 2 * n_out * n_in` per
/// sequence instead of the forward pass's `T * N * (N + n_in + n_out)`, and gives the same
/// outputs up to rounding.
public struct ImpulseResponseFilter: Sendable {
    public let setting: SequenceSetting
    /// `M_k` for `k = 0..T-1` (n_out x n_in).
    public let responses: [Matrix]

    public init(weights: RNNWeights, setting: SequenceSetting) {
        precondition(setting.nonlinearity == .linear, "impulse responses exist for linear networks only")
        self.setting = setting
        responses = ImpulseResponses.responses(of: weights, setting: setting)
    }

    /// Whether filtering costs fewer multiply-adds than running `weights` forward.
    public static func isCheaper(for weights: RNNWeights, setting: SequenceSetting) -> Bool {
        guard setting.nonlinearity == .linear else { return false }
        let n = weights.hiddenSize, horizon = setting.horizon
        let filtering = (horizon + 1) * weights.outputSize * weights.inputSize / 2
        let forward = n * (n + weights.inputSize + weights.outputSize)
        return filtering < forward
    }

    /// The outputs on `batch`, `(T * size) x n_out` in its time-major layout: the lag-`k`
    /// term of every step in one product, `Y[blocks k...] += X[blocks ...T-k] M_k^T`.
    public func outputs(of batch: SequenceBatch) -> Matrix {
        precondition(batch.horizon == setting.horizon, "batch horizon differs from the setting")
        let inputSize = batch.inputs.cols, outputSize = responses.first?.rows ?? 0
        precondition(responses.first.map { $0.cols == inputSize } ?? true, "input size differs from B")
        var y = Matrix(rows: batch.horizon * batch.size, cols: outputSize)
        guard inputSize > 0 else { return y }
        batch.inputs.elements.withUnsafeBufferPointer { px in
            y.elements.withUnsafeMutableBufferPointer { py in
                for (lag, response) in responses.enumerated() {
                    response.elements.withUnsafeBufferPointer { pm in
                        BLAS.gemm(m: (batch.horizon - lag) * batch.size, n: outputSize, k: inputSize, alpha: 1,
                                  px.baseAddress!, lda: inputSize, pm.baseAddress!, ldb: inputSize, transposeB: true,
                                  beta: 1, py.baseAddress! + lag * batch.size * outputSize, ldc: outputSize)
                    }
                }
            }
        }
        return y
    }
}

/// A fixed teacher's outputs on batch after batch, by the impulse-response filter when that
/// is cheaper (linear networks with few inputs and outputs) and by the forward pass otherwise.
public struct TeacherOutputs: Sendable {
    public let teacher: RNNWeights
    public let setting: SequenceSetting
    private let filter: ImpulseResponseFilter?

    public init(teacher: RNNWeights, setting: SequenceSetting) {
        self.teacher = teacher
        self.setting = setting
        filter = ImpulseResponseFilter.isCheaper(for: teacher, setting: setting)
            ? ImpulseResponseFilter(weights: teacher, setting: setting) : nil
    }

    /// The teacher's outputs on `batch`, `(T * size) x n_out`.
    public func outputs(of batch: SequenceBatch) -> Matrix {
        if let filter { return filter.outputs(of: batch) }
        return ForwardPass(weights: teacher, batch: batch, setting: setting).outputs
    }
}
