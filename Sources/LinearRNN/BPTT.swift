/// Backpropagation through time: the exact gradient (SPEC 3.1-3.2, expected form 4.1).
public struct BPTT: LearningRule {
    public init() {}

    public var name: String { "bptt" }

    public func sampledDirection(weights: RNNWeights, batch: SequenceBatch, pass: ForwardPass, errors: Matrix) -> Direction {
        // delta_t = C^T eps_t + J_{t+1}^T delta_{t+1}, in row form, backwards from t = T.
        var delta = Workspace.shared.product(errors, weights.C)
        let jacobian = BackwardJacobian(pass: pass, weights: weights)
        for block in stride(from: batch.horizon - 2, through: 0, by: -1) {
            jacobian.accumulate(within: &delta, sourceBlock: block + 1, targetBlock: block,
                                count: 1, jacobianBlock: block + 1)
        }
        let credit = CreditAssignment.applyingGains(delta, pass: pass)
        let (dW, dB) = CreditAssignment.recurrentAndInput(
            credit: credit, pass: pass, batch: batch, scale: pass.setting.alpha / Double(batch.size))
        Workspace.shared.recycle(delta.elements)
        return Direction(dW: dW, dB: dB, dC: CreditAssignment.readout(pass: pass, errors: errors))
    }

    public func expectedDirection(responses: ImpulseResponses, weights: RNNWeights) -> Direction {
        TruncatedBPTT.expectedDirection(responses: responses, horizon: responses.setting.horizon)
    }
}
