/// Online learning (SPEC 3.4): RFLO and one-step tBPTT apply their increment at every scored
/// step inside a sequence, with the weights changing as the sequence runs. It differs from
/// the batch update by O(eta^2) per sequence and has the same ODE limit. Linear networks only.
public enum OnlineTraining {
    /// Whether `rule` can learn online: RFLO, and truncated BPTT with K = 1.
    public static func supports(_ rule: any LearningRule) -> Bool {
        if rule is RFLO { return true }
        if let truncated = rule as? TruncatedBPTT { return truncated.horizon == 1 }
        return false
    }

    /// Runs the sequences of `batch` one after the other through `weights`, updating them at
    /// every scored step with step size `rate`. Returns the mean sequence loss seen on the way.
    public static func pass(rule: any LearningRule, weights: inout RNNWeights, batch: SequenceBatch, targets: Matrix,
                            setting: SequenceSetting, rate: Double, freezeReadout: Bool) -> Double {
        precondition(supports(rule), "online learning needs RFLO or one-step tBPTT")
        precondition(setting.nonlinearity == .linear, "online learning is implemented for linear networks")
        let rflo = rule as? RFLO
        let n = weights.hiddenSize, nIn = weights.inputSize, nOut = weights.outputSize
        let alpha = setting.alpha, rho = setting.rho
        // RFLO's traces filter through the leak; one-step tBPTT keeps only the present term.
        let traceLeak = rflo == nil ? 0 : rho
        var totalLoss = 0.0
        for s in 0..<batch.size {
            var h = [Double](repeating: 0, count: n)
            var p = [Double](repeating: 0, count: n), q = [Double](repeating: 0, count: nIn)
            for t in 1...setting.horizon {
                let row = (t - 1) * batch.size + s
                let x = batch.inputs.row(row)
                for i in 0..<n { p[i] = traceLeak * p[i] + alpha * h[i] }
                for j in 0..<nIn { q[j] = traceLeak * q[j] + alpha * x[j] }
                var next = [Double](repeating: 0, count: n)
                for i in 0..<n {
                    var drive = 0.0
                    for j in 0..<n { drive += weights.W[i, j] * h[j] }
                    for j in 0..<nIn { drive += weights.B[i, j] * x[j] }
                    next[i] = rho * h[i] + alpha * drive
                }
                h = next
                guard setting.loss.scores(step: t, horizon: setting.horizon) else { continue }
                var error = [Double](repeating: 0, count: nOut)
                for k in 0..<nOut {
                    var output = 0.0
                    for i in 0..<n { output += weights.C[k, i] * h[i] }
                    error[k] = targets[row, k] - output
                    totalLoss += 0.5 * error[k] * error[k]
                }
                // The error each hidden unit receives: F eps (RFLO) or C^T eps (one-step tBPTT).
                var signal = [Double](repeating: 0, count: n)
                for i in 0..<n {
                    for k in 0..<nOut { signal[i] += (rflo?.feedback[i, k] ?? weights.C[k, i]) * error[k] }
                }
                for i in 0..<n {
                    for j in 0..<n { weights.W[i, j] += rate * signal[i] * p[j] }
                    for j in 0..<nIn { weights.B[i, j] += rate * signal[i] * q[j] }
                }
                if !freezeReadout {
                    for k in 0..<nOut { for i in 0..<n { weights.C[k, i] += rate * error[k] * h[i] } }
                }
            }
        }
        return totalLoss / Double(batch.size)
    }
}
