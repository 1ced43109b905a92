/// K-step truncated BPTT: each scored error is sent back through at most K hidden states, a
/// sliding window per loss term (SPEC 3.3, expected form 4.2). K = 1 is one-step tBPTT;
/// K >= T gives BPTT.
public struct TruncatedBPTT: LearningRule {
    public let horizon: Int

    public init(horizon: Int) {
        precondition(horizon >= 1, "truncation horizon K must be at least 1")
        self.horizon = horizon
    }

    public var name: String { "tbptt_K\(horizon)" }

    public func sampledDirection(weights: RNNWeights, batch: SequenceBatch, pass: ForwardPass, errors: Matrix) -> Direction {
        // a_s = sum_{j<K} e_{s+j} J_{s+j} ... J_{s+1}, by Horner's scheme over j, one level per
        // lag: R(j)_s = e_{s+j} + R(j+1)_s J_{s+j+1}, with e_t = C^T eps_t (row form).
        let steps = batch.horizon
        let levels = min(horizon, steps)
        let scale = pass.setting.alpha / Double(batch.size)
        let dC = CreditAssignment.readout(pass: pass, errors: errors)
        if levels == 1 && pass.gains == nil {
            // One step on a linear network: the credit is e_t = eps_t C, the errors through C.
            let (dW, dB) = CreditAssignment.recurrentAndInput(
                errors: errors, readIn: weights.C, readInIsTransposed: true, pass: pass, batch: batch, scale: scale)
            return Direction(dW: dW, dB: dB, dC: dC)
        }
        let e = Workspace.shared.product(errors, weights.C)
        let blockLength = batch.size * weights.hiddenSize
        let jacobian = BackwardJacobian(pass: pass, weights: weights)
        func shifted(_ j: Int) -> Matrix {
            if j == 0 { return e }
            var m = Matrix(rows: e.rows, cols: e.cols)
            let count = (steps - j) * blockLength
            for i in 0..<count { m.elements[i] = e.elements[j * blockLength + i] }
            return m
        }
        var credit = shifted(levels - 1)
        for j in stride(from: levels - 2, through: 0, by: -1) {
            var next = shifted(j)
            // R(j+1)_s is non-zero only for s + j + 1 <= T (blocks 0 ..< T - j - 1).
            jacobian.accumulate(credit, sourceBlock: 0, into: &next, targetBlock: 0,
                                count: steps - j - 1, jacobianBlock: j + 1)
            credit = next
        }
        credit = CreditAssignment.applyingGains(credit, pass: pass)
        let (dW, dB) = CreditAssignment.recurrentAndInput(credit: credit, pass: pass, batch: batch, scale: scale)
        Workspace.shared.recycle(e.elements)
        return Direction(dW: dW, dB: dB, dC: dC)
    }

    public func expectedDirection(responses: ImpulseResponses, weights: RNNWeights) -> Direction {
        Self.expectedDirection(responses: responses, horizon: horizon)
    }

    /// SPEC (4.1)-(4.2): `D_B = alpha sum_{k<K} n_k Phi_k^T E_k`,
    /// `D_W = alpha sum_m [sum_{j<min(K, T-1-m)} n_{j+m+1} Phi_j^T E_{j+m+1}] Psi_m^T`.
    static func expectedDirection(responses r: ImpulseResponses, horizon: Int) -> Direction {
        let steps = r.setting.horizon, alpha = r.setting.alpha
        let n = r.transition.rows, inputSize = r.psi[0].cols
        var dB = Matrix(rows: n, cols: inputSize)
        for k in 0..<min(horizon, steps) {
            dB.accumulateProduct(r.phi[k], transposeA: true, r.errors[k], alpha: alpha * r.lagWeights[k])
        }
        var dW = Matrix(rows: n, cols: n)
        for m in 0..<max(steps - 1, 0) {
            var inner = Matrix(rows: n, cols: inputSize)
            for j in 0..<min(horizon, steps - 1 - m) {
                let k = j + m + 1
                inner.accumulateProduct(r.phi[j], transposeA: true, r.errors[k], alpha: r.lagWeights[k])
            }
            dW.accumulateProduct(inner, r.psi[m], transposeB: true, alpha: alpha)
        }
        return Direction(dW: dW, dB: dB, dC: r.readoutDirection)
    }
}
