/// The per-lag credit vectors `v_k = (v_b, v_w, v_c)` of a rule at a point (SPEC 7.1 table):
/// a rule's descent direction is `sum_k n_k e_k v_k`. BPTT's `v_k` is also the gradient of
/// the student response `m_k`.
public struct ModeCredit: Sendable, Equatable {
    /// Credit to `b` from lag `k`, `k = 0..T-1`.
    public let b: [Double]
    /// Credit to `w` from lag `k` (zero at `k = 0`).
    public let w: [Double]
    /// Credit to `c` from lag `k` (the exact readout gradient for every rule).
    public let c: [Double]

    /// `v_k` as a point.
    public func vector(lag k: Int) -> ModePoint { ModePoint(b: b[k], w: w[k], c: c[k]) }
}

extension ModeProblem {
    /// The credit vectors `v_k` of `rule` at `p`. Powers by repeated multiplication, RFLO's
    /// `g_k` by the recurrence `g_1 = 1`, `g_{k+1} = lambda g_k + rho^k` (SPEC 5.8).
    public func credit(of rule: ModeRule, at p: ModePoint) -> ModeCredit {
        let lambdaPowers = ModePowers.of(lambda(at: p), count: horizon)
        let a = alpha, lags = 0..<horizon
        let readout = lambdaPowers.map { a * p.b * $0 }
        func exactRecurrent(_ multiplicity: (Int) -> Int) -> [Double] {
            lags.map { k in k == 0 ? 0 : a * a * p.c * p.b * Double(multiplicity(k)) * lambdaPowers[k - 1] }
        }
        switch rule {
        case .bptt:
            return ModeCredit(b: lambdaPowers.map { a * p.c * $0 }, w: exactRecurrent { $0 }, c: readout)
        case let .truncatedBPTT(window):
            precondition(window >= 1, "tBPTT needs a horizon K >= 1")
            return ModeCredit(b: lags.map { k in k < window ? a * p.c * lambdaPowers[k] : 0 },
                              w: exactRecurrent { min($0, window) }, c: readout)
        case let .rflo(f):
            let rhoPowers = ModePowers.of(rho, count: horizon)
            var traceKernel = [Double](repeating: 0, count: horizon)
            if horizon > 1 { traceKernel[1] = 1 }
            if horizon > 2 {
                for k in 1..<(horizon - 1) { traceKernel[k + 1] = lambda(at: p) * traceKernel[k] + rhoPowers[k] }
            }
            return ModeCredit(b: rhoPowers.map { a * f * $0 }, w: traceKernel.map { a * a * f * p.b * $0 }, c: readout)
        }
    }

    /// The per-mode descent direction `(bdot, wdot, cdot) = sum_k n_k e_k v_k` (SPEC 5.6-5.8).
    public func direction(of rule: ModeRule, at p: ModePoint) -> ModePoint {
        let v = credit(of: rule, at: p)
        var d = ModePoint(b: 0, w: 0, c: 0)
        for (k, e) in errors(at: p).enumerated() {
            let weight = lagWeights[k] * e
            d.b += weight * v.b[k]
            d.w += weight * v.w[k]
            d.c += weight * v.c[k]
        }
        return d
    }
}
