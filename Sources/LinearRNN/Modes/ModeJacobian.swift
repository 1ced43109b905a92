extension ModeProblem {
    /// The Jacobian of `rule`'s direction at a point of the optimum manifold `O` (SPEC 7.1):
    /// `J = -sum_k n_k v_k (grad m_k)^T`, rows `(bdot, wdot, cdot)`, columns `(b, w, c)`.
    /// Only valid where every `e_k = 0`; elsewhere use `finiteDifferenceJacobian`.
    public func optimumJacobian(of rule: ModeRule, at p: ModePoint) -> Matrix {
        let v = credit(of: rule, at: p)
        let gradient = credit(of: .bptt, at: p)
        var j = Matrix(rows: 3, cols: 3)
        for k in 0..<horizon {
            let row = v.vector(lag: k).components, column = gradient.vector(lag: k).components
            for r in 0..<3 { for s in 0..<3 { j[r, s] -= lagWeights[k] * row[r] * column[s] } }
        }
        return j
    }

    /// The Jacobian of `rule`'s direction at any point by central differences with step `h`.
    public func finiteDifferenceJacobian(of rule: ModeRule, at p: ModePoint, step h: Double = 1e-6) -> Matrix {
        var j = Matrix(rows: 3, cols: 3)
        for s in 0..<3 {
            var plus = p.components, minus = p.components
            plus[s] += h
            minus[s] -= h
            let dPlus = direction(of: rule, at: ModePoint(plus)).components
            let dMinus = direction(of: rule, at: ModePoint(minus)).components
            for r in 0..<3 { j[r, s] = (dPlus[r] - dMinus[r]) / (2 * h) }
        }
        return j
    }

    /// The transverse 2 x 2 matrix `R = -sum_k n_k (D^T v_k) phi_k^T` at a point of `O`
    /// (SPEC 7.2-7.3), whose eigenvalues are the two non-zero eigenvalues of `J`.
    public func transverseMatrix(of rule: ModeRule, at p: ModePoint) -> Matrix {
        let v = credit(of: rule, at: p)
        let lambdaPowers = ModePowers.of(lambda(at: p), count: horizon)
        let gamma = gamma(at: p)
        var r = Matrix(rows: 2, cols: 2)
        for k in 0..<horizon {
            let projected = [alpha * p.c * v.b[k] + alpha * p.b * v.c[k], alpha * v.w[k]]
            let phi = [lambdaPowers[k], k == 0 ? 0 : gamma * Double(k) * lambdaPowers[k - 1]]
            for i in 0..<2 { for j in 0..<2 { r[i, j] -= lagWeights[k] * projected[i] * phi[j] } }
        }
        return r
    }

    /// The transverse eigenvalues and rates of `rule` at a point of `O` (SPEC 7.3, 8).
    public func transverseRates(of rule: ModeRule, at p: ModePoint) throws -> TransverseRates {
        TransverseRates(eigenvalues: try LinearAlgebra.eigenvalues(transverseMatrix(of: rule, at: p)))
    }
}

/// The two transverse eigenvalues `mu` of the Jacobian at a point of `O`, with the rates
/// `mu_slow = min(-Re mu)` and `mu_fast = max(-Re mu)` (SPEC 8).
public struct TransverseRates: Sendable, Equatable {
    /// Sorted by real, then imaginary part.
    public let eigenvalues: [ComplexValue]

    public init(eigenvalues: [ComplexValue]) { self.eigenvalues = eigenvalues }

    public var slow: Double { eigenvalues.map { -$0.re }.min() ?? .nan }
    public var fast: Double { eigenvalues.map { -$0.re }.max() ?? .nan }

    /// Linear stability: every eigenvalue has a negative real part.
    public var isStable: Bool { eigenvalues.allSatisfy { $0.re < 0 } }
}
