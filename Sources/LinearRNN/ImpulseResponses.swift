/// The impulse responses (Markov parameters) of a linear student and teacher and the exact
/// expected loss under white inputs (SPEC section 2), with the factors the closed-form
/// expected updates of section 4 are built from.
public struct ImpulseResponses: Sendable {
    public let setting: SequenceSetting
    /// `A = rho I + alpha W`.
    public let transition: Matrix
    /// `Phi_j = C A^j`, `j = 0..T-1` (n_out x N).
    public let phi: [Matrix]
    /// `Psi_m = A^m (alpha B)`, `m = 0..T-1` (N x n_in).
    public let psi: [Matrix]
    /// Student responses `M_k = C Psi_k`.
    public let student: [Matrix]
    /// Teacher responses `M*_k`.
    public let teacher: [Matrix]
    /// `E_k = M*_k - M_k`.
    public let errors: [Matrix]
    /// `n_k`.
    public let lagWeights: [Double]

    public init(student weights: RNNWeights, teacher: RNNWeights, setting: SequenceSetting) {
        precondition(setting.nonlinearity == .linear, "impulse responses exist for linear networks only")
        let horizon = setting.horizon
        self.setting = setting
        transition = weights.transition(alpha: setting.alpha)
        phi = Self.powersApplied(left: weights.C, transition: transition, count: horizon)
        psi = Self.powersApplied(right: weights.B.scaled(by: setting.alpha), transition: transition, count: horizon)
        student = psi.map { Matrix.product(weights.C, $0) }
        self.teacher = Self.responses(of: teacher, setting: setting)
        errors = zip(self.teacher, student).map { $0 - $1 }
        lagWeights = setting.lagWeights
    }

    /// `L = 1/2 sum_k n_k ||E_k||_F^2` (SPEC 2.2).
    public var expectedLoss: Double {
        0.5 * zip(lagWeights, errors).reduce(0) { $0 + $1.0 * $1.1.frobeniusNorm * $1.1.frobeniusNorm }
    }

    /// The readout direction shared by all rules: `sum_k n_k E_k Psi_k^T` (SPEC 4.1).
    public var readoutDirection: Matrix {
        var d = Matrix(rows: errors[0].rows, cols: transition.rows)
        for k in 0..<setting.horizon {
            d.accumulateProduct(errors[k], psi[k], transposeB: true, alpha: lagWeights[k])
        }
        return d
    }

    /// The responses `C A^k (alpha B)`, `k = 0..T-1`, of one network.
    static func responses(of weights: RNNWeights, setting: SequenceSetting) -> [Matrix] {
        powersApplied(right: weights.B.scaled(by: setting.alpha), transition: weights.transition(alpha: setting.alpha),
                      count: setting.horizon).map { Matrix.product(weights.C, $0) }
    }

    /// `[X, X A, X A^2, ...]` for a row-side factor X.
    private static func powersApplied(left x: Matrix, transition: Matrix, count: Int) -> [Matrix] {
        var result = [x]
        while result.count < count { result.append(Matrix.product(result[result.count - 1], transition)) }
        return Array(result.prefix(count))
    }

    /// `[Y, A Y, A^2 Y, ...]` for a column-side factor Y.
    private static func powersApplied(right y: Matrix, transition: Matrix, count: Int) -> [Matrix] {
        var result = [y]
        while result.count < count { result.append(Matrix.product(transition, result[result.count - 1])) }
        return Array(result.prefix(count))
    }
}
