/// The singular-value structure of a weight change such as `W - W0` (SPEC section 9):
/// singular values (LAPACK `gesdd`), their ratios to the largest, and numerical ranks at
/// relative tolerances.
public struct LowRankAnalysis: Sendable, Equatable {
    /// Singular values, largest first.
    public let singularValues: [Double]

    public init(_ change: Matrix) throws {
        singularValues = try LinearAlgebra.singularValues(change)
    }

    /// `sigma_i / sigma_1` (all zero when the change is zero).
    public var ratios: [Double] {
        guard let top = singularValues.first, top > 0 else { return singularValues.map { _ in 0 } }
        return singularValues.map { $0 / top }
    }

    /// The number of singular values above `tolerance * sigma_1`.
    public func numericalRank(relativeTolerance tolerance: Double) -> Int {
        guard let top = singularValues.first, top > 0 else { return 0 }
        return singularValues.filter { $0 > tolerance * top }.count
    }

    /// The tolerances at which ranks are reported, with the names used in results.
    public static let reportedTolerances: [(name: String, value: Double)] = [("1e-10", 1e-10), ("1e-3", 1e-3)]

    /// `||(I - Q Q^T) X||_F / ||X||_F`, with `Q` an orthonormal basis of `range(basisOf)`:
    /// how much of the change lies outside the column space of, e.g., the feedback matrix.
    public static func residualOutsideRange(of change: Matrix, basisOf span: Matrix) throws -> Double {
        let q = try LinearAlgebra.rangeBasis(span)
        let projected = q * Matrix.product(q, transposeA: true, change)
        let norm = change.frobeniusNorm
        return norm > 0 ? (change - projected).frobeniusNorm / norm : 0
    }
}
