/// Fixed points of one mode's rule by damped Newton iteration (SPEC 10): the step solves
/// `J delta = -D` in the least-squares sense (truncated SVD pseudo-inverse, since fixed
/// points form curves and `J` is singular along them) with a finite-difference `J`, halved
/// until the residual norm decreases; the best of three truncation levels is taken. Iteration continues past `tolerance` while the residual keeps
/// falling (down to `polishTolerance`), so roots near the junction of two fixed-point sets
/// settle on one of them; a root is accepted when `max |D| < tolerance`.
public struct FixedPointSearch: Sendable {
    public let problem: ModeProblem
    public let rule: ModeRule
    public var tolerance = 1e-8
    public var polishTolerance = 1e-14
    public var maxIterations = 100

    public init(problem: ModeProblem, rule: ModeRule) {
        self.problem = problem
        self.rule = rule
    }

    /// The root reached from `start`, or `nil` when Newton stalls above `tolerance` (or
    /// would leave `|lambda| <= 3`).
    public func solve(from start: ModePoint) -> ModePoint? {
        var x = start
        var residual = problem.direction(of: rule, at: x)
        for _ in 0..<maxIterations {
            if residual.maxAbs < polishTolerance { break }
            guard let steps = try? newtonSteps(at: x, residual: residual) else { break }
            let norm = Self.norm(residual)
            let best = steps.compactMap { dampedStep(from: x, along: $0, below: norm) }.min { Self.norm($0.1) < Self.norm($1.1) }
            guard let (next, nextResidual) = best else { break }
            (x, residual) = (next, nextResidual)
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

    /// The first point `x + s * step` with `s = 1, 1/2, 1/4, ...` (down to 1e-6) whose
    /// residual norm is below `norm`, with that residual.
    private func dampedStep(from x: ModePoint, along step: ModePoint, below norm: Double) -> (ModePoint, ModePoint)? {
        var scale = 1.0
        while scale > 1e-6 {
            let candidate = x + scale * step
            if candidate.isFinite, abs(problem.lambda(at: candidate)) <= 3 {
                let candidateResidual = problem.direction(of: rule, at: candidate)
                if Self.norm(candidateResidual) < norm { return (candidate, candidateResidual) }
            }
            scale /= 2
        }
        return nil
    }

    /// Least-squares Newton steps `-J^+ D` with singular values below `cutoff * sigma_1`
    /// dropped, for three cutoffs: near a curve of fixed points the almost-null direction
    /// of `J` would otherwise throw the step far along the curve.
    private func newtonSteps(at x: ModePoint, residual: ModePoint) throws -> [ModePoint] {
        let decomposition = try LinearAlgebra.svd(problem.finiteDifferenceJacobian(of: rule, at: x))
        let top = decomposition.singularValues.first ?? 0
        let r = residual.components
        return [1e-12, 1e-6, 1e-2].map { cutoff in
            var step = [0.0, 0.0, 0.0]
            for (i, sigma) in decomposition.singularValues.enumerated() where sigma > cutoff * top {
                let projection = (0..<3).reduce(0) { $0 + decomposition.u[$1, i] * r[$1] }
                for j in 0..<3 { step[j] -= decomposition.vTransposed[i, j] * projection / sigma }
            }
            return ModePoint(step)
        }
    }

    private static func norm(_ p: ModePoint) -> Double { (p.b * p.b + p.w * p.w + p.c * p.c).squareRoot() }
}
