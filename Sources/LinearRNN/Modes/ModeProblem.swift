/// A single data-aligned mode learning from its teacher (SPEC 5.3-5.4): the teacher triple
/// `(b*, w*, c*)`, the leak `alpha`, the horizon `T` and the loss set. Everything a per-mode
/// rule needs that does not depend on the student: `lambda_*`, `gamma_*`, the teacher's
/// impulse response `s_k` and the lag weights `n_k`.
public struct ModeProblem: Sendable, Equatable {
    public let teacher: ModePoint
    public let alpha: Double
    public let horizon: Int
    public let loss: LossSet
    /// `n_k` for `k = 0..T-1` (SPEC 2.2).
    public let lagWeights: [Double]
    /// The teacher's impulse response `s_k = gamma_* lambda_*^k` for `k = 0..T-1`.
    public let teacherResponse: [Double]

    public init(teacher: ModePoint, alpha: Double = 1, horizon: Int, loss: LossSet = .all) {
        precondition(alpha > 0 && alpha <= 1, "alpha must be in (0, 1]")
        precondition(horizon >= 1, "the horizon T must be at least 1")
        self.teacher = teacher
        self.alpha = alpha
        self.horizon = horizon
        self.loss = loss
        self.lagWeights = loss.lagWeights(horizon: horizon)
        let lambdaStar = (1 - alpha) + alpha * teacher.w
        let gammaStar = alpha * teacher.c * teacher.b
        self.teacherResponse = ModePowers.of(lambdaStar, count: horizon).map { gammaStar * $0 }
    }

    /// `rho = 1 - alpha`.
    public var rho: Double { 1 - alpha }

    /// `lambda = rho + alpha w` at a point.
    public func lambda(at p: ModePoint) -> Double { rho + alpha * p.w }

    /// `gamma = alpha c b` at a point.
    public func gamma(at p: ModePoint) -> Double { alpha * p.c * p.b }

    /// `lambda_* = rho + alpha w_*`.
    public var teacherLambda: Double { lambda(at: teacher) }

    /// `gamma_* = alpha c_* b_*`.
    public var teacherGamma: Double { gamma(at: teacher) }

    /// The student's impulse response `m_k = gamma lambda^k`, `k = 0..T-1`.
    public func studentResponse(at p: ModePoint) -> [Double] {
        let gamma = gamma(at: p)
        return ModePowers.of(lambda(at: p), count: horizon).map { gamma * $0 }
    }

    /// The response errors `e_k = s_k - m_k`, `k = 0..T-1`.
    public func errors(at p: ModePoint) -> [Double] {
        zip(teacherResponse, studentResponse(at: p)).map { $0 - $1 }
    }

    /// The per-mode loss `L = 1/2 sum_k n_k e_k^2` (SPEC 5.4).
    public func loss(at p: ModePoint) -> Double {
        0.5 * zip(lagWeights, errors(at: p)).reduce(0) { $0 + $1.0 * $1.1 * $1.1 }
    }

    /// The loss on the saddle line `Z`, `L_Z = 1/2 sum_k n_k s_k^2`, independent of `w`.
    public var saddleLoss: Double {
        0.5 * zip(lagWeights, teacherResponse).reduce(0) { $0 + $1.0 * $1.1 * $1.1 }
    }

    /// Whether `p` lies on the optimum manifold `O` (`lambda = lambda_*`, `gamma = gamma_*`)
    /// within `tolerance`.
    public func isOnOptimum(_ p: ModePoint, tolerance: Double = 1e-6) -> Bool {
        abs(lambda(at: p) - teacherLambda) < tolerance && abs(gamma(at: p) - teacherGamma) < tolerance
    }
}

/// Powers `x^0, ..., x^(count-1)` by repeated multiplication, with `0^0 = 1` (SPEC 10).
enum ModePowers {
    static func of(_ x: Double, count: Int) -> [Double] {
        var powers = [Double](repeating: 1, count: count)
        for k in powers.indices.dropFirst() { powers[k] = powers[k - 1] * x }
        return powers
    }
}
