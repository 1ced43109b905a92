/// Random feedback local online learning (Murray 2019; SPEC 3.3, expected form 4.3): a fixed
/// feedback matrix `F` carries the error to the hidden units, and leak-filtered eligibility
/// traces of the presynaptic activity replace the RTRL sensitivity.
public struct RFLO: LearningRule {
    /// The fixed feedback matrix `F` (N x n_out).
    public let feedback: Matrix
    /// Nonlinear networks only: whether the trace carries the postsynaptic gain `phi'(u_t)`
    /// (Murray's form). Without it the trace is the same vector as in the linear case.
    public let postsynapticGain: Bool

    public init(feedback: Matrix, postsynapticGain: Bool = true) {
        self.feedback = feedback
        self.postsynapticGain = postsynapticGain
    }

    public var name: String { "rflo" }

    public func sampledDirection(weights: RNNWeights, batch: SequenceBatch, pass: ForwardPass, errors: Matrix) -> Direction {
        let setting = pass.setting
        let n = weights.hiddenSize, size = batch.size, steps = batch.horizon
        let scale = 1 / Double(size)
        let dC = CreditAssignment.readout(pass: pass, errors: errors)
        let gated = pass.gains != nil && postsynapticGain
        if setting.alpha == 1 && !gated {
            // No leak: the traces are p_t = h_{t-1} and q_t = x_t themselves (the recursion
            // below gives 0 * p_{t-1} + 1 * h_{t-1}), and the credit is the delivered error
            // F eps_t, so the products read h and x in place.
            let (dW, dB) = CreditAssignment.recurrentAndInput(
                errors: errors, readIn: feedback, readInIsTransposed: false, pass: pass, batch: batch, scale: scale)
            return Direction(dW: dW, dB: dB, dC: dC)
        }
        // Error delivered to each unit: F eps_t (row form eps_t F^T).
        let delivered = Workspace.shared.product(errors, feedback, transposeB: true)
        defer { Workspace.shared.recycle(delivered.elements) }
        if let gains = pass.gains, gated {
            // Murray's matrix trace P_t = rho P_{t-1} + alpha phi'(u_t) h_{t-1}^T gives
            // D_W = alpha sum_s (phi'(u_s) . r_s) h_{s-1}^T with the leak-filtered error
            // r_s = sum_{t >= s} rho^{t-s} F eps_t (same sum, reordered; no N x N trace per sequence).
            var filtered = delivered
            let blockLength = size * n
            for block in stride(from: steps - 2, through: 0, by: -1) {
                for i in 0..<blockLength {
                    filtered.elements[block * blockLength + i] += setting.rho * filtered.elements[(block + 1) * blockLength + i]
                }
            }
            for i in filtered.elements.indices { filtered.elements[i] *= gains.elements[i] }
            let (dW, dB) = CreditAssignment.recurrentAndInput(
                credit: filtered, pass: pass, batch: batch, scale: setting.alpha * scale)
            return Direction(dW: dW, dB: dB, dC: dC)
        }
        // Vector traces p_t = rho p_{t-1} + alpha h_{t-1}, q_t = rho q_{t-1} + alpha x_t.
        let p = Self.trace(of: pass.hidden.elements, width: n, batch: size, steps: steps, setting: setting)
        let q = Self.trace(of: batch.inputs.elements, width: batch.inputs.cols, batch: size, steps: steps,
                           setting: setting, firstBlockIsPrevious: false)
        let dW = Matrix.product(delivered, transposeA: true, Matrix(rows: steps * size, cols: n, elements: p), alpha: scale)
        let dB = Matrix.product(delivered, transposeA: true,
                                Matrix(rows: steps * size, cols: batch.inputs.cols, elements: q), alpha: scale)
        return Direction(dW: dW, dB: dB, dC: dC)
    }

    /// The leak-filtered trace of a time-major signal: `p_t = rho p_{t-1} + alpha s_t`, where
    /// `s_t` is block `t-1` of `signal` (`h_{t-1}`, when the signal starts at `h_0`) or block `t-1`
    /// of the inputs (`x_t`).
    private static func trace(of signal: [Double], width: Int, batch: Int, steps: Int,
                              setting: SequenceSetting, firstBlockIsPrevious: Bool = true) -> [Double] {
        let blockLength = batch * width
        var p = [Double](repeating: 0, count: steps * blockLength)
        let alpha = setting.alpha, rho = setting.rho
        for i in 0..<blockLength { p[i] = alpha * signal[i] }
        if steps > 1 {
            for block in 1..<steps {
                let offset = block * blockLength
                for i in 0..<blockLength {
                    p[offset + i] = rho * p[offset - blockLength + i] + alpha * signal[offset + i]
                }
            }
        }
        return p
    }

    /// SPEC (4.3): `D_B = alpha F sum_k n_k rho^k E_k`, `D_W = alpha F sum_{k>=1} n_k E_k G_k^T`
    /// with `G_1 = Psi_0`, `G_{k+1} = A G_k + rho^k Psi_0`.
    public func expectedDirection(responses r: ImpulseResponses, weights: RNNWeights) -> Direction {
        let steps = r.setting.horizon, alpha = r.setting.alpha, rho = r.setting.rho
        let outputSize = r.errors[0].rows, inputSize = r.psi[0].cols, n = r.transition.rows
        var inputSum = Matrix(rows: outputSize, cols: inputSize)
        var rhoPower = 1.0
        for k in 0..<steps {
            inputSum.add(r.errors[k], scaledBy: r.lagWeights[k] * rhoPower)
            rhoPower *= rho
        }
        var recurrentSum = Matrix(rows: outputSize, cols: n)
        var g = r.psi[0]
        rhoPower = rho
        if steps > 1 {
            for k in 1..<steps {
                recurrentSum.accumulateProduct(r.errors[k], g, transposeB: true, alpha: r.lagWeights[k])
                var next = Matrix.product(r.transition, g)
                next.add(r.psi[0], scaledBy: rhoPower)
                g = next
                rhoPower *= rho
            }
        }
        return Direction(dW: Matrix.product(feedback, recurrentSum, alpha: alpha),
                         dB: Matrix.product(feedback, inputSum, alpha: alpha),
                         dC: r.readoutDirection)
    }
}
