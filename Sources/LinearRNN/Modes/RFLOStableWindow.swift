import Foundation

/// RFLO's stable window on the `fc < 0` branch of `O` (SPEC 7.4, 7.7): the branch point
/// with `|b| = x` is stable iff `b_trace < x < b_determinant`, where `tr R = 0` at `b_trace`
/// and `det R = 0` at `b_determinant`. At `alpha = 1`, `b_determinant = |f gamma_*|^(1/3)`;
/// for other `alpha` the same construction uses (7.5). The window is empty unless
/// `b_trace < b_determinant`.
public struct RFLOStableWindow: Sendable, Equatable {
    public let traceBound: Double
    public let determinantBound: Double

    public var isEmpty: Bool { traceBound >= determinantBound }

    /// - Parameters: feedback gain `f`, teacher `lambda_*` and `gamma_*`, leak `alpha`, lag
    ///   weights `n_k`.
    public init(feedback f: Double, teacherLambda: Double, teacherGamma: Double, alpha: Double = 1, lagWeights: [Double]) {
        precondition(f != 0 && teacherGamma != 0, "the window needs f != 0 and gamma_* != 0")
        let s = OptimumSums(lambda: teacherLambda, alpha: alpha, lagWeights: lagWeights)
        let drive = abs(f * teacherGamma) / alpha  // |f c| |b| on the branch, c = gamma_* / (alpha b)
        let a2 = alpha * alpha
        // x * tr R / alpha^2 with fc = -drive / x: positive at 0+, one sign change for x > 0.
        let scaledTrace = { (x: Double) in drive * s.a0 - x * x * x * s.s0 + a2 * drive * x * x * s.g1 }
        traceBound = RootBracketing.positiveRoot(of: scaledTrace)
        // det R > 0 with fc < 0 needs fc (A0 G1 - A1 G0) + b^2 (S0 G1 - S1 G0) < 0.
        determinantBound = cbrt(drive * (s.a0 * s.g1 - s.a1 * s.g0) / (s.s0 * s.g1 - s.s1 * s.g0))
    }
}

/// Root finding on a bracket by bisection.
enum RootBracketing {
    /// The root in `(0, inf)` of a function that is positive just above 0 and negative for
    /// large arguments: the bracket is grown by doubling, then bisected to machine precision.
    static func positiveRoot(of f: (Double) -> Double) -> Double {
        var low = 0.0, high = 1.0
        while f(high) > 0 { low = high; high *= 2 }
        return bisect(f, low, high)
    }

    /// Bisection on `[low, high]` where `f(low) > 0 >= f(high)`, until the bracket stops shrinking.
    static func bisect(_ f: (Double) -> Double, _ low: Double, _ high: Double) -> Double {
        var (lo, hi) = (low, high)
        while true {
            let mid = 0.5 * (lo + hi)
            if mid <= lo || mid >= hi { return mid }
            if f(mid) > 0 { lo = mid } else { hi = mid }
        }
    }
}
