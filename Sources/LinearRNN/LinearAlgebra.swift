import CBLAS

/// A complex number as LAPACK returns eigenvalues: real and imaginary parts.
public struct ComplexValue: Equatable, Sendable {
    public var re: Double
    public var im: Double
    public init(_ re: Double, _ im: Double = 0) { self.re = re; self.im = im }
    public var magnitude: Double { (re * re + im * im).squareRoot() }
}

/// Errors from the LAPACK wrappers (a non-zero `info`).
public struct LinearAlgebraError: Error, CustomStringConvertible {
    public let routine: String
    public let info: Int32
    public var description: String { "\(routine) failed with info = \(info)" }
}

/// The thin singular value decomposition `A = U diag(s) V^T` (LAPACK `dgesdd`).
public struct SingularValueDecomposition: Sendable {
    /// Left singular vectors as columns (rows x min(rows, cols)).
    public let u: Matrix
    /// Singular values, largest first.
    public let singularValues: [Double]
    /// Right singular vectors transposed (min(rows, cols) x cols).
    public let vTransposed: Matrix
}

public enum LinearAlgebra {
    /// Column-major copy of a row-major matrix, as LAPACK expects.
    private static func columnMajor(_ a: Matrix) -> [Double] { a.transposed.elements }

    /// Singular values of `a`, largest first (LAPACK `dgesdd`, no vectors).
    public static func singularValues(_ a: Matrix) throws -> [Double] {
        if a.rows == 0 || a.cols == 0 { return [] }
        return try gesdd(a, wantVectors: false).singularValues
    }

    /// Thin SVD of `a` (LAPACK `dgesdd` with `jobz = 'S'`).
    public static func svd(_ a: Matrix) throws -> SingularValueDecomposition {
        try gesdd(a, wantVectors: true)
    }

    private static func gesdd(_ a: Matrix, wantVectors: Bool) throws -> SingularValueDecomposition {
        var m = Int32(a.rows), n = Int32(a.cols)
        let k = Int(min(m, n))
        var data = columnMajor(a)
        var lda = max(m, 1)
        var s = [Double](repeating: 0, count: k)
        var jobz = CChar(UInt8(ascii: wantVectors ? "S" : "N"))
        var ldu = wantVectors ? max(m, 1) : 1
        var ldvt = wantVectors ? Int32(max(k, 1)) : 1
        var u = [Double](repeating: 0, count: wantVectors ? Int(m) * k : 1)
        var vt = [Double](repeating: 0, count: wantVectors ? k * Int(n) : 1)
        var iwork = [Int32](repeating: 0, count: 8 * k)
        var info: Int32 = 0
        var lwork: Int32 = -1
        var query = [Double](repeating: 0, count: 1)
        dgesdd_(&jobz, &m, &n, &data, &lda, &s, &u, &ldu, &vt, &ldvt, &query, &lwork, &iwork, &info, 1)
        guard info == 0 else { throw LinearAlgebraError(routine: "dgesdd (workspace query)", info: info) }
        lwork = Int32(query[0])
        var work = [Double](repeating: 0, count: Int(lwork))
        dgesdd_(&jobz, &m, &n, &data, &lda, &s, &u, &ldu, &vt, &ldvt, &work, &lwork, &iwork, &info, 1)
        guard info == 0 else { throw LinearAlgebraError(routine: "dgesdd", info: info) }
        if !wantVectors {
            return SingularValueDecomposition(u: Matrix(rows: 0, cols: 0), singularValues: s,
                                              vTransposed: Matrix(rows: 0, cols: 0))
        }
        // Column-major (m x k) and (k x n) back to row-major.
        let uMatrix = Matrix(rows: Int(m), cols: k) { i, j in u[j * Int(m) + i] }
        let vtMatrix = Matrix(rows: k, cols: Int(n)) { i, j in vt[j * k + i] }
        return SingularValueDecomposition(u: uMatrix, singularValues: s, vTransposed: vtMatrix)
    }

    /// Eigenvalues of a square matrix (LAPACK `dgeev`, no vectors), sorted by real part,
    /// then imaginary part.
    public static func eigenvalues(_ a: Matrix) throws -> [ComplexValue] {
        precondition(a.rows == a.cols, "eigenvalues need a square matrix")
        if a.rows == 0 { return [] }
        var n = Int32(a.rows)
        var data = columnMajor(a)
        var lda = n
        var wr = [Double](repeating: 0, count: a.rows)
        var wi = [Double](repeating: 0, count: a.rows)
        var jobvl = CChar(UInt8(ascii: "N")), jobvr = CChar(UInt8(ascii: "N"))
        var ldv: Int32 = 1
        var vl = [Double](repeating: 0, count: 1), vr = [Double](repeating: 0, count: 1)
        var info: Int32 = 0
        var lwork: Int32 = -1
        var query = [Double](repeating: 0, count: 1)
        dgeev_(&jobvl, &jobvr, &n, &data, &lda, &wr, &wi, &vl, &ldv, &vr, &ldv, &query, &lwork, &info, 1, 1)
        guard info == 0 else { throw LinearAlgebraError(routine: "dgeev (workspace query)", info: info) }
        lwork = Int32(query[0])
        var work = [Double](repeating: 0, count: Int(lwork))
        dgeev_(&jobvl, &jobvr, &n, &data, &lda, &wr, &wi, &vl, &ldv, &vr, &ldv, &work, &lwork, &info, 1, 1)
        guard info == 0 else { throw LinearAlgebraError(routine: "dgeev", info: info) }
        return zip(wr, wi).map { ComplexValue($0, $1) }.sorted {
            $0.re != $1.re ? $0.re < $1.re : $0.im < $1.im
        }
    }

    /// The largest eigenvalue magnitude.
    public static func spectralRadius(_ a: Matrix) throws -> Double {
        try eigenvalues(a).map(\.magnitude).max() ?? 0
    }

    /// An orthonormal basis (as columns) of the column space of `a`, at relative tolerance.
    public static func rangeBasis(_ a: Matrix, relativeTolerance: Double = 1e-12) throws -> Matrix {
        let d = try svd(a)
        let top = d.singularValues.first ?? 0
        let rank = d.singularValues.filter { $0 > relativeTolerance * top }.count
        return Matrix(rows: a.rows, cols: rank) { i, j in d.u[i, j] }
    }

    /// Real roots of the polynomial `sum_k coefficients[k] z^k`, from the eigenvalues of its
    /// companion matrix; a root counts as real when `|im| <= imaginaryTolerance * max(1, |re|)`.
    public static func realPolynomialRoots(_ coefficients: [Double], imaginaryTolerance: Double = 1e-9) throws -> [Double] {
        var c = coefficients
        while let last = c.last, last == 0 { c.removeLast() }
        let degree = c.count - 1
        guard degree >= 1 else { return [] }
        let lead = c[degree]
        var companion = Matrix(rows: degree, cols: degree)
        for j in 0..<degree { companion[0, j] = -c[degree - 1 - j] / lead }
        for i in 1..<degree { companion[i, i - 1] = 1 }
        return try eigenvalues(companion)
            .filter { abs($0.im) <= imaginaryTolerance * max(1, abs($0.re)) }
            .map(\.re)
    }
}

extension LinearAlgebra {
    /// Keeps OpenBLAS on one thread, for callers that run independent jobs in parallel.
    public static func useSingleThreadedBLAS() {
        openblas_set_num_threads(1)
    }
}
