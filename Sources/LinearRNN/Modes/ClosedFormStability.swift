import Foundation

/// Closed-form transverse stability at a point of `O` (SPEC 7.2, 7.4). The point's own
/// `lambda = rho + alpha w` and `gamma = alpha c b` are used, so the formulas hold when the
/// point is an optimum of its teacher.
public enum ClosedFormStability {
    /// BPTT's two transverse eigenvalues (7.4), `mu_-` (most negative) first.
    public static func bpttEigenvalues(at p: ModePoint, alpha: Double, lagWeights: [Double]) -> [Double] {
        let lambda = (1 - alpha) + alpha * p.w, gamma = alpha * p.c * p.b
        let sums = OptimumSums(lambda: lambda, alpha: alpha, lagWeights: lagWeights)
        let scale = p.b * p.b + p.c * p.c
        let traceB = scale * sums.s0 + gamma * gamma * sums.s2
        let detB = scale * gamma * gamma * (sums.s0 * sums.s2 - sums.s1 * sums.s1)
        let root = max(0, traceB * traceB - 4 * detB).squareRoot()
        return [-alpha * alpha / 2 * (traceB + root), -alpha * alpha / 2 * (traceB - root)]
    }

    /// Trace and determinant of RFLO's transverse matrix with feedback gain `f` (7.5; at
    /// `alpha = 1` this is 7.6).
    public static func rfloTraceDeterminant(at p: ModePoint, feedback f: Double, alpha: Double,
                                            lagWeights: [Double]) -> (trace: Double, determinant: Double) {
        let lambda = (1 - alpha) + alpha * p.w
        let s = OptimumSums(lambda: lambda, alpha: alpha, lagWeights: lagWeights)
        let fc = f * p.c, b2 = p.b * p.b, a2 = alpha * alpha
        let trace = -a2 * (fc * s.a0 + b2 * s.s0 + a2 * fc * b2 * s.g1)
        let determinant = pow(alpha, 6) * fc * b2 * (fc * (s.a0 * s.g1 - s.a1 * s.g0) + b2 * (s.s0 * s.g1 - s.s1 * s.g0))
        return (trace, determinant)
    }

    /// The stability verdict from a 2 x 2 trace and determinant: `tr < 0` and `det > 0`.
    public static func isStable(trace: Double, determinant: Double) -> Bool {
        trace < 0 && determinant > 0
    }

    /// The exact RFLO sign condition at `alpha = 1` (7.7):
    /// `fc (fc + b^2) > 0` and `fc (n_0 + b^2 P2) + b^2 S0 > 0`.
    public static func rfloSignCondition(at p: ModePoint, feedback f: Double, lagWeights: [Double]) -> Bool {
        let s = OptimumSums(lambda: p.w, alpha: 1, lagWeights: lagWeights)
        let fc = f * p.c, b2 = p.b * p.b
        return fc * (fc + b2) > 0 && fc * (lagWeights[0] + b2 * s.p2) + b2 * s.s0 > 0
    }
}
