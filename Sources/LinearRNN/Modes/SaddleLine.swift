extension ModeProblem {
    /// The partial response sum `sigma_K(lambda) = sum_{k<K} n_k s_k lambda^k` (SPEC 6.1);
    /// `terms = T` gives `sigma(lambda)`.
    public func responseSum(lambda: Double, terms: Int) -> Double {
        let powers = ModePowers.of(lambda, count: min(terms, horizon))
        return powers.indices.reduce(0) { $0 + lagWeights[$1] * teacherResponse[$1] * powers[$1] }
    }

    /// The Jacobian eigenvalues of BPTT or tBPTT-K on the saddle line at `(0, w, 0)` (SPEC 7.8):
    /// `+-alpha sqrt(sigma_K sigma)` and `0`, sorted by real, then imaginary part; an imaginary
    /// pair when `sigma_K sigma < 0`. `nil` for RFLO, which has no fixed point on `Z`.
    public func saddleEigenvalues(of rule: ModeRule, w: Double) -> [ComplexValue]? {
        guard let terms = rule.saddleTerms(horizon: horizon) else { return nil }
        let lambda = rho + alpha * w
        let product = responseSum(lambda: lambda, terms: terms) * responseSum(lambda: lambda, terms: horizon)
        let magnitude = alpha * abs(product).squareRoot()
        let pair = product >= 0
            ? [ComplexValue(-magnitude, 0), ComplexValue(magnitude, 0)]
            : [ComplexValue(0, -magnitude), ComplexValue(0, magnitude)]
        return (pair + [ComplexValue(0, 0)]).sorted { $0.re != $1.re ? $0.re < $1.re : $0.im < $1.im }
    }

    /// The real roots `lambda` of `sigma_K` (SPEC 6.2 item 4), from the companion matrix of
    /// the polynomial with coefficients `n_k s_k`; ascending. Empty when `sigma_K` is constant.
    public func responseSumRealRoots(terms: Int) throws -> [Double] {
        let count = min(terms, horizon)
        let coefficients = (0..<count).map { lagWeights[$0] * teacherResponse[$0] }
        return try LinearAlgebra.realPolynomialRoots(coefficients).sorted()
    }
}
