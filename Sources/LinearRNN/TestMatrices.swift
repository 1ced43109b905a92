import Foundation

/// Deterministic matrices that any language can reproduce without a random number generator
/// (SPEC section 10): `M_ij = scale * sin(seed + 1.7 i + 0.37 j + 0.11 i j) / sqrt(cols)`, and
/// Householder reflections for orthogonal bases.
public enum TestMatrices {
    public static func sine(rows: Int, cols: Int, seed: Double, scale: Double) -> Matrix {
        let norm = Double(cols).squareRoot()
        return Matrix(rows: rows, cols: cols) { i, j in
            let (di, dj) = (Double(i), Double(j))
            return scale * Foundation.sin(seed + 1.7 * di + 0.37 * dj + 0.11 * di * dj) / norm
        }
    }

    /// The Householder reflection `H(u) = I - 2 u u^T / (u^T u)`: symmetric and orthogonal.
    public static func householder(_ u: [Double]) -> Matrix {
        let squaredNorm = u.reduce(0) { $0 + $1 * $1 }
        precondition(squaredNorm > 0, "Householder vector must be non-zero")
        return Matrix(rows: u.count, cols: u.count) { i, j in
            (i == j ? 1 : 0) - 2 * u[i] * u[j] / squaredNorm
        }
    }
}
