import CBLAS

/// A dense, row-major matrix of `Double`s. Products go through OpenBLAS (`cblas_dgemm`);
/// factorisations (SVD, eigenvalues) live in `LinearAlgebra.swift` and call LAPACK.
public struct Matrix: Equatable, Sendable {
    public let rows: Int
    public let cols: Int
    /// Entries in row-major order: element (i, j) is `elements[i * cols + j]`.
    public var elements: [Double]

    public init(rows: Int, cols: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && cols >= 0, "matrix dimensions must be non-negative")
        self.rows = rows
        self.cols = cols
        self.elements = Array(repeating: value, count: rows * cols)
    }

    public init(rows: Int, cols: Int, elements: [Double]) {
        precondition(elements.count == rows * cols, "element count does not match \(rows)x\(cols)")
        self.rows = rows
        self.cols = cols
        self.elements = elements
    }

    /// A matrix from nested rows; every row must have the same length.
    public init(_ nestedRows: [[Double]]) {
        let cols = nestedRows.first?.count ?? 0
        precondition(nestedRows.allSatisfy { $0.count == cols }, "ragged rows")
        self.init(rows: nestedRows.count, cols: cols, elements: nestedRows.flatMap { $0 })
    }

    /// A matrix whose entries are `generator(i, j)` with 0-based indices.
    public init(rows: Int, cols: Int, generator: (Int, Int) -> Double) {
        var elements = [Double]()
        elements.reserveCapacity(rows * cols)
        for i in 0..<rows { for j in 0..<cols { elements.append(generator(i, j)) } }
        self.init(rows: rows, cols: cols, elements: elements)
    }

    public static func identity(_ n: Int) -> Matrix {
        Matrix(rows: n, cols: n) { $0 == $1 ? 1 : 0 }
    }

    /// A rectangular matrix with `values` on its main diagonal.
    public static func diagonal(_ values: [Double], rows: Int, cols: Int) -> Matrix {
        var m = Matrix(rows: rows, cols: cols)
        for (i, v) in values.enumerated() where i < rows && i < cols { m[i, i] = v }
        return m
    }

    public subscript(i: Int, j: Int) -> Double {
        get { elements[i * cols + j] }
        set { elements[i * cols + j] = newValue }
    }

    public var nestedRows: [[Double]] {
        (0..<rows).map { i in Array(elements[(i * cols)..<((i + 1) * cols)]) }
    }

    public var transposed: Matrix {
        var t = Matrix(rows: cols, cols: rows)
        let (rows, cols) = (self.rows, self.cols)
        guard rows > 0, cols > 0 else { return t }
        elements.withUnsafeBufferPointer { source in
            t.elements.withUnsafeMutableBufferPointer { target in
                let from = source.baseAddress!, to = target.baseAddress!
                // Eight source rows at a time: each target row then gets eight consecutive
                // entries (one cache line) while the eight source rows stay in cache.
                let band = 8
                for i0 in stride(from: 0, to: rows, by: band) {
                    let height = min(band, rows &- i0)
                    for j in 0..<cols {
                        let out = to + (j &* rows &+ i0)
                        for di in 0..<height { out[di] = from[(i0 &+ di) &* cols &+ j] }
                    }
                }
            }
        }
        return t
    }

    public var frobeniusNorm: Double {
        elements.withUnsafeBufferPointer { cblas_dnrm2(Int32($0.count), $0.baseAddress, 1) }
    }

    public var maxAbs: Double { elements.reduce(0) { max($0, abs($1)) } }

    /// Whether every entry is finite. An entry is infinite or NaN when its exponent bits are
    /// all set, exactly when adding one to the exponent field carries into the sign bit; the
    /// carries of all entries are or-ed by a loop without branches, which vectorises.
    public var isFinite: Bool {
        let exponent: UInt64 = 0x7FF0_0000_0000_0000, exponentOne: UInt64 = 0x0010_0000_0000_0000
        return elements.withUnsafeBufferPointer { entries in
            var carries: UInt64 = 0
            for x in entries { carries |= (x.bitPattern & exponent) &+ exponentOne }
            return carries >> 63 == 0
        }
    }

    public var trace: Double { (0..<min(rows, cols)).reduce(0) { $0 + self[$1, $1] } }

    public func column(_ j: Int) -> [Double] { (0..<rows).map { self[$0, j] } }

    public func row(_ i: Int) -> [Double] { Array(elements[(i * cols)..<((i + 1) * cols)]) }

    public func scaled(by factor: Double) -> Matrix {
        var c = self
        c.elements.withUnsafeMutableBufferPointer { entries in
            for i in entries.indices { entries[i] *= factor }
        }
        return c
    }

    /// `self += factor * other` (BLAS daxpy).
    public mutating func add(_ other: Matrix, scaledBy factor: Double = 1) {
        precondition(rows == other.rows && cols == other.cols, "shape mismatch in add")
        let n = Int32(elements.count)
        other.elements.withUnsafeBufferPointer { x in
            elements.withUnsafeMutableBufferPointer { y in
                cblas_daxpy(n, factor, x.baseAddress, 1, y.baseAddress, 1)
            }
        }
    }

    public static func + (a: Matrix, b: Matrix) -> Matrix { var c = a; c.add(b); return c }
    public static func - (a: Matrix, b: Matrix) -> Matrix { var c = a; c.add(b, scaledBy: -1); return c }
    public static func * (s: Double, a: Matrix) -> Matrix { a.scaled(by: s) }
    public static func * (a: Matrix, b: Matrix) -> Matrix { Matrix.product(a, b) }

    /// `op(a) * op(b) * alpha`, where `op` transposes when asked.
    public static func product(
        _ a: Matrix, transposeA: Bool = false, _ b: Matrix, transposeB: Bool = false, alpha: Double = 1
    ) -> Matrix {
        let m = transposeA ? a.cols : a.rows
        let n = transposeB ? b.rows : b.cols
        var c = Matrix(rows: m, cols: n)
        c.accumulateProduct(a, transposeA: transposeA, b, transposeB: transposeB, alpha: alpha, beta: 0)
        return c
    }

    /// `self = alpha * op(a) * op(b) + beta * self` (BLAS dgemm).
    public mutating func accumulateProduct(
        _ a: Matrix, transposeA: Bool = false, _ b: Matrix, transposeB: Bool = false,
        alpha: Double = 1, beta: Double = 1
    ) {
        let m = transposeA ? a.cols : a.rows
        let k = transposeA ? a.rows : a.cols
        let kb = transposeB ? b.cols : b.rows
        let n = transposeB ? b.rows : b.cols
        precondition(k == kb && m == rows && n == cols,
                     "shape mismatch: \(m)x\(k) times \(kb)x\(n) into \(rows)x\(cols)")
        if m == 0 || n == 0 { return }
        if k == 0 { for i in elements.indices { elements[i] *= beta }; return }
        let lda = Int32(max(a.cols, 1)), ldb = Int32(max(b.cols, 1)), ldc = Int32(max(cols, 1))
        a.elements.withUnsafeBufferPointer { pa in
            b.elements.withUnsafeBufferPointer { pb in
                elements.withUnsafeMutableBufferPointer { pc in
                    cblas_dgemm(CblasRowMajor,
                                transposeA ? CblasTrans : CblasNoTrans,
                                transposeB ? CblasTrans : CblasNoTrans,
                                Int32(m), Int32(n), Int32(k), alpha,
                                pa.baseAddress, lda, pb.baseAddress, ldb, beta, pc.baseAddress, ldc)
                }
            }
        }
    }

    /// The largest absolute entry of `a - b` divided by `max(1e-300, max|b|)`.
    public static func maxRelativeDifference(_ a: Matrix, _ b: Matrix) -> Double {
        (a - b).maxAbs / max(b.maxAbs, 1e-300)
    }
}

extension Matrix: CustomStringConvertible {
    public var description: String {
        nestedRows.map { $0.map { String($0) }.joined(separator: " ") }.joined(separator: "\n")
    }
}
