/// Where a fixed point of a mode lies (SPEC 6.2, 10).
public enum FixedPointSet: Sendable, Equatable {
    /// The optimum manifold `O` (`|lambda - lambda_*|, |alpha c b - gamma_*| < 1e-6`).
    case optimum
    /// The saddle line `Z` (`|b|, |c| < 1e-6`).
    case saddleLine
    /// Any other fixed point, with its `lambda` (the extra lines at real roots of `sigma_K`).
    case line(lambda: Double)
}

/// The linear type of a fixed point from the eigenvalues of its Jacobian, ignoring the
/// zero eigenvalues along the fixed-point set; `degenerate` when every eigenvalue is zero
/// (e.g. where an extra line meets `Z`), so the linearisation decides nothing.
public enum FixedPointStability: String, Sendable, Equatable {
    case stable, saddle, unstable, degenerate
}

/// One fixed point with its classification.
public struct FixedPoint: Sendable, Equatable {
    public let point: ModePoint
    public let set: FixedPointSet
    public let stability: FixedPointStability
    /// Finite-difference Jacobian eigenvalues, sorted by real, then imaginary part.
    public let eigenvalues: [ComplexValue]
    /// How many eigenvalues are zero (directions along the fixed-point set).
    public let zeroDirections: Int
}

/// The fixed points of one rule found from many seeded starts (SPEC 6.2 item 5, E4b),
/// deduplicated and classified.
public struct FixedPointCensus: Sendable {
    public let fixedPoints: [FixedPoint]

    /// Runs `FixedPointSearch` from `starts` uniform starts; points closer than
    /// `duplicateTolerance` (max-norm) count once.
    public init(problem: ModeProblem, rule: ModeRule, starts: Int = 400, seed: UInt64 = 0,
                duplicateTolerance: Double = 1e-6) throws {
        var distinct: [ModePoint] = []
        for root in FixedPointSearch(problem: problem, rule: rule).roots(starts: starts, seed: seed)
        where !distinct.contains(where: { ($0 - root).maxAbs < duplicateTolerance }) {
            distinct.append(root)
        }
        fixedPoints = try distinct.map { try Self.classify($0, problem: problem, rule: rule) }
    }

    /// Whether any fixed point lies in `set` (for lines: any line).
    public func contains(_ set: FixedPointSet) -> Bool {
        fixedPoints.contains { point in
            switch (point.set, set) {
            case (.line, .line): true
            default: point.set == set
            }
        }
    }

    /// The `lambda` values of the fixed points off `O` and `Z`.
    public var lineLambdas: [Double] {
        fixedPoints.compactMap { if case let .line(lambda) = $0.set { lambda } else { nil } }
    }

    public static func classify(_ p: ModePoint, problem: ModeProblem, rule: ModeRule) throws -> FixedPoint {
        let set: FixedPointSet
        if problem.isOnOptimum(p) { set = .optimum }
        else if abs(p.b) < 1e-6 && abs(p.c) < 1e-6 { set = .saddleLine }
        else { set = .line(lambda: problem.lambda(at: p)) }
        let eigenvalues = try LinearAlgebra.eigenvalues(problem.finiteDifferenceJacobian(of: rule, at: p))
        let scale = max(1, eigenvalues.map(\.magnitude).max() ?? 0)
        let nonzero = eigenvalues.filter { $0.magnitude > 1e-6 * scale }
        let stability: FixedPointStability = nonzero.isEmpty ? .degenerate
            : nonzero.allSatisfy { $0.re < 0 } ? .stable : nonzero.allSatisfy { $0.re > 0 } ? .unstable : .saddle
        return FixedPoint(point: p, set: set, stability: stability, eigenvalues: eigenvalues,
                          zeroDirections: eigenvalues.count - nonzero.count)
    }
}
