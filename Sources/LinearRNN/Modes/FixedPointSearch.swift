/// Fixed points of one mode's rule by damped Newton iteration (SPEC 10): the step solves
/// `J delta = -D` in the least-squares sense (SVD pseudo-inverse, since fixed points form
/// curves and `J` is singular along them) with a finite-difference `J`, halved until the
/// residual norm decreases. A root is accepted when `max |D| < tolerance`.
public struct FixedPointSearch: Sendable {
    public let problem: ModeProblem
    public let rule: ModeRule
    public var tolerance = 1e-8
    public var maxIterations = 100

    public init(problem: ModeProblem, rule: ModeRule) {
        self.problem = problem
        self.rule = rule
    }

    /// The root reached from `start`, or `nil` when Newton stalls, leaves `|lambda| <= 3`
    /// or runs out of iterations.
    public func solve(from start: ModePoint) -> ModePoint? {
        var x = start
        var residual = problem.direction(of: rule, at: x)
        for _ in 0..<maxIterations {
            if residual.maxAbs < tolerance { return x }
            guard let step = try? newtonStep(at: x, residual: residual) else { return nil }
            let norm = Self.norm(residual)
            var scale = 1.0
            var improved = false
            while scale > 1e-6 {
                let candidate = x + scale * step
                if candidate.isFinite, abs(problem.lambda(at: candidate)) <= 3 {
                    let candidateResidual = problem.direction(of: rule, at: candidate)
                    if Self.norm(candidateResidual) < norm {
                        (x, residual, improved) = (candidate, candidateResidual, true)
                        break
                    }
                }
                scale /= 2
            }
            if !improved { return nil }
        }
        return residual.maxAbs < tolerance ? x : nil
    }

    /// Runs `solve` from `count` starts drawn uniformly in `|b|, |c| <= 3`, `|w| <= 1.5`.
    public func roots(starts count: Int, seed: UInt64) -> [ModePoint] {
        var random = RandomSource(seed: seed)
        return (0..<count).compactMap { _ in
            let start = ModePoint(b: random.uniform(in: -3, 3), w: random.uniform(in: -1.5, 1.5), c: random.uniform(in: -3, 3))
            return solve(from: start)
        }
    }

    private func newtonStep(at x: ModePoint, residual: ModePoint) throws -> ModePoint {
        let decomposition = try LinearAlgebra.svd(problem.finiteDifferenceJacobian(of: rule, at: x))
        let top = decomposition.singularValues.first ?? 0
        let r = residual.components
        var step = [0.0, 0.0, 0.0]
        for (i, sigma) in decomposition.singularValues.enumerated() where sigma > 1e-12 * top {
            let projection = (0..<3).reduce(0) { $0 + decomposition.u[$1, i] * r[$1] }
            for j in 0..<3 { step[j] -= decomposition.vTransposed[i, j] * projection / sigma }
        }
        return ModePoint(step)
    }

    private static func norm(_ p: ModePoint) -> Double { (p.b * p.b + p.w * p.w + p.c * p.c).squareRoot() }
}
