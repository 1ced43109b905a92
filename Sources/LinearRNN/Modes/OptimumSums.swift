/// The lag sums that enter the closed-form stability results at a point of `O` (SPEC 7.1),
/// evaluated at a given `lambda`: `S0, S1, S2, P2, A0, A1, G0, G1` (terms carrying a factor
/// `k` start at `k = 1`).
public struct OptimumSums: Sendable, Equatable {
    public let s0: Double, s1: Double, s2: Double, p2: Double
    public let a0: Double, a1: Double, g0: Double, g1: Double

    public init(lambda: Double, alpha: Double, lagWeights n: [Double]) {
        let rho = 1 - alpha, count = n.count
        let lambdaPowers = ModePowers.of(lambda, count: 2 * count)
        let rhoPowers = ModePowers.of(rho, count: count)
        let mixedPowers = ModePowers.of(rho * lambda, count: count)
        var g = [Double](repeating: 0, count: count)
        if count > 1 { g[1] = 1 }
        if count > 2 { for k in 1..<(count - 1) { g[k + 1] = lambda * g[k] + rhoPowers[k] } }
        var s0 = n[0], s1 = 0.0, s2 = 0.0, p2 = 0.0, a0 = n[0], a1 = 0.0, g0 = 0.0, g1 = 0.0
        for k in 1..<count {
            let dk = Double(k)
            s0 += n[k] * lambdaPowers[2 * k]
            s1 += n[k] * dk * lambdaPowers[2 * k - 1]
            s2 += n[k] * dk * dk * lambdaPowers[2 * k - 2]
            p2 += n[k] * dk * lambdaPowers[2 * k - 2]
            a0 += n[k] * mixedPowers[k]
            a1 += n[k] * dk * rhoPowers[k] * lambdaPowers[k - 1]
            g0 += n[k] * g[k] * lambdaPowers[k]
            g1 += n[k] * dk * g[k] * lambdaPowers[k - 1]
        }
        (self.s0, self.s1, self.s2, self.p2) = (s0, s1, s2, p2)
        (self.a0, self.a1, self.g0, self.g1) = (a0, a1, g0, g1)
    }
}
