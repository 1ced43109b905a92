/// A learning rule: maps the current weights and data to a descent direction `D`
/// (SPEC section 3). Every rule gives the readout its exact gradient; they differ in how
/// credit reaches `W` and `B`.
public protocol LearningRule: Sendable {
    /// A short identifier: `bptt`, `tbptt_K3`, `rflo`.
    var name: String { get }

    /// The mean per-sequence direction over a batch (stochastic mode, parameters frozen
    /// within each sequence). `errors` are the masked errors of `pass` against the targets.
    func sampledDirection(weights: RNNWeights, batch: SequenceBatch, pass: ForwardPass, errors: Matrix) -> Direction

    /// The expectation of the per-sequence direction under white inputs, in closed form
    /// (population mode; linear networks only, SPEC section 4).
    func expectedDirection(responses: ImpulseResponses, weights: RNNWeights) -> Direction
}

extension LearningRule {
    /// The expected direction for a student against a teacher.
    public func expectedDirection(weights: RNNWeights, teacher: RNNWeights, setting: SequenceSetting) -> Direction {
        expectedDirection(responses: ImpulseResponses(student: weights, teacher: teacher, setting: setting),
                          weights: weights)
    }

    /// Runs the batch forward, scores it against `targets` and returns the direction and
    /// the batch-mean loss.
    public func sampledDirection(
        weights: RNNWeights, batch: SequenceBatch, targets: Matrix, setting: SequenceSetting
    ) -> (direction: Direction, loss: Double) {
        let pass = ForwardPass(weights: weights, batch: batch, setting: setting)
        let (errors, loss) = pass.maskedErrors(targets: targets)
        let direction = sampledDirection(weights: weights, batch: batch, pass: pass, errors: errors)
        // The pass does not outlive this call: its hidden states can serve the next step.
        Workspace.shared.recycle(pass.hidden.elements)
        return (direction, loss)
    }
}

/// Assembles sampled directions from per-step credit signals (shared by all rules).
enum CreditAssignment {
    /// `D_C = (1/size) sum_t eps_t h_t^T` over the batch: the exact readout gradient.
    static func readout(pass: ForwardPass, errors: Matrix) -> Matrix {
        let n = pass.hiddenSize, size = pass.batchSize, steps = errors.rows
        var dC = Matrix(rows: errors.cols, cols: n)
        BLAS.gemm(m: errors.cols, n: n, k: steps, alpha: 1 / Double(size),
                  errors.elements, BLAS.Block(offset: 0, leadingDimension: errors.cols), transposeA: true,
                  pass.hidden.elements, BLAS.Block(offset: size * n, leadingDimension: n),
                  beta: 0, &dC.elements, BLAS.Block(offset: 0, leadingDimension: n))
        return dC
    }

    /// `D_W = scale * credit^T H_prev` and `D_B = scale * credit^T X`, where row block `t`
    /// of `credit` is the signal that multiplies `h_{t-1}^T` and `x_t^T`.
    static func recurrentAndInput(credit: Matrix, pass: ForwardPass, batch: SequenceBatch, scale: Double) -> (dW: Matrix, dB: Matrix) {
        let n = pass.hiddenSize, steps = credit.rows
        var dW = Matrix(rows: n, cols: n)
        BLAS.gemm(m: n, n: n, k: steps, alpha: scale,
                  credit.elements, BLAS.Block(offset: 0, leadingDimension: n), transposeA: true,
                  pass.hidden.elements, BLAS.Block(offset: 0, leadingDimension: n),
                  beta: 0, &dW.elements, BLAS.Block(offset: 0, leadingDimension: n))
        let dB = Matrix.product(credit, transposeA: true, batch.inputs, alpha: scale)
        return (dW, dB)
    }

    /// The same products for a credit that is the errors passed through one fixed matrix,
    /// `credit = errors * M^T` with `readIn = M` (N x n_out; `C^T` for one-step tBPTT, `F` for
    /// RFLO without leak), regrouped as `D_W = scale * M (errors^T H_prev)` and
    /// `D_B = scale * M (errors^T X)`: about n_out / N of the multiply-adds, the same values up
    /// to rounding. `readInIsTransposed` says `M^T` is given (one-step tBPTT's `C`).
    static func recurrentAndInput(errors: Matrix, readIn: Matrix, readInIsTransposed: Bool,
                                  pass: ForwardPass, batch: SequenceBatch, scale: Double) -> (dW: Matrix, dB: Matrix) {
        let n = pass.hiddenSize, steps = errors.rows
        var errorsByState = Matrix(rows: errors.cols, cols: n)
        BLAS.gemm(m: errors.cols, n: n, k: steps, alpha: 1,
                  errors.elements, BLAS.Block(offset: 0, leadingDimension: errors.cols), transposeA: true,
                  pass.hidden.elements, BLAS.Block(offset: 0, leadingDimension: n),
                  beta: 0, &errorsByState.elements, BLAS.Block(offset: 0, leadingDimension: n))
        let errorsByInput = Matrix.product(errors, transposeA: true, batch.inputs)
        return (Matrix.product(readIn, transposeA: readInIsTransposed, errorsByState, alpha: scale),
                Matrix.product(readIn, transposeA: readInIsTransposed, errorsByInput, alpha: scale))
    }

    /// Multiplies `credit` entry-wise by the unit gains `phi'(u_t)` (no-op when linear).
    static func applyingGains(_ credit: Matrix, pass: ForwardPass) -> Matrix {
        guard let gains = pass.gains else { return credit }
        var c = credit
        for i in c.elements.indices { c.elements[i] *= gains.elements[i] }
        return c
    }
}

/// The backward Jacobian of one step in row form, `r J_t = rho r + alpha (phi'(u_t) . r) W`
/// (`r A` for a linear network), applied to whole time blocks of a credit matrix.
struct BackwardJacobian {
    let pass: ForwardPass
    let weights: RNNWeights
    /// `A = rho I + alpha W`, used when the network is linear.
    let transition: Matrix

    init(pass: ForwardPass, weights: RNNWeights) {
        self.pass = pass
        self.weights = weights
        self.transition = weights.transition(alpha: pass.setting.alpha)
    }

    /// For `count` consecutive time blocks: `target[targetBlock + i] += source[sourceBlock + i] J`,
    /// with the Jacobian taken at the time of gains block `jacobianBlock + i` (0-based blocks:
    /// block `b` holds time step `b + 1`).
    func accumulate(_ source: Matrix, sourceBlock: Int, into target: inout Matrix, targetBlock: Int,
                    count: Int, jacobianBlock: Int) {
        guard count > 0, pass.hiddenSize > 0, pass.batchSize > 0 else { return }
        let blockLength = pass.batchSize * pass.hiddenSize
        source.elements.withUnsafeBufferPointer { ps in
            target.elements.withUnsafeMutableBufferPointer { pt in
                accumulate(ps.baseAddress! + sourceBlock * blockLength, into: pt.baseAddress! + targetBlock * blockLength,
                           count: count, jacobianBlock: jacobianBlock)
            }
        }
    }

    /// The same with source and target blocks in one matrix (the blocks must not overlap),
    /// without copying the matrix.
    func accumulate(within matrix: inout Matrix, sourceBlock: Int, targetBlock: Int, count: Int, jacobianBlock: Int) {
        guard count > 0, pass.hiddenSize > 0, pass.batchSize > 0 else { return }
        let blockLength = pass.batchSize * pass.hiddenSize
        matrix.elements.withUnsafeMutableBufferPointer { pm in
            let base = pm.baseAddress!
            accumulate(UnsafePointer(base + sourceBlock * blockLength), into: base + targetBlock * blockLength,
                       count: count, jacobianBlock: jacobianBlock)
        }
    }

    private func accumulate(_ source: UnsafePointer<Double>, into target: UnsafeMutablePointer<Double>,
                            count: Int, jacobianBlock: Int) {
        let n = pass.hiddenSize, size = pass.batchSize
        let rows = count * size
        guard let gains = pass.gains else {
            transition.elements.withUnsafeBufferPointer { pa in
                BLAS.gemm(m: rows, n: n, k: n, alpha: 1, source, lda: n, pa.baseAddress!, ldb: n,
                          beta: 1, target, ldc: n)
            }
            return
        }
        let rho = pass.setting.rho
        let gainOffset = jacobianBlock * size * n
        var gated = [Double](repeating: 0, count: rows * n)
        for i in 0..<(rows * n) {
            let value = source[i]
            gated[i] = gains.elements[gainOffset + i] * value
            target[i] += rho * value
        }
        gated.withUnsafeBufferPointer { pg in
            weights.W.elements.withUnsafeBufferPointer { pw in
                BLAS.gemm(m: rows, n: n, k: n, alpha: pass.setting.alpha, pg.baseAddress!, lda: n,
                          pw.baseAddress!, ldb: n, beta: 1, target, ldc: n)
            }
        }
    }
}
