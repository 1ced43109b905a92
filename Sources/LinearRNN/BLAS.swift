import CBLAS

/// Row-major `dgemm` on blocks of flat arrays, addressed by element offset and leading
/// dimension, so contiguous row blocks (one time step of a batch) need no copies.
enum BLAS {
    struct Block {
        var offset: Int
        var leadingDimension: Int
    }

    /// `c[block] = alpha * op(a[block]) * op(b[block]) + beta * c[block]`, with op(a) m x k
    /// and op(b) k x n.
    static func gemm(
        m: Int, n: Int, k: Int, alpha: Double,
        _ a: [Double], _ aBlock: Block, transposeA: Bool = false,
        _ b: [Double], _ bBlock: Block, transposeB: Bool = false,
        beta: Double, _ c: inout [Double], _ cBlock: Block
    ) {
        if m == 0 || n == 0 { return }
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    cblas_dgemm(CblasRowMajor,
                                transposeA ? CblasTrans : CblasNoTrans,
                                transposeB ? CblasTrans : CblasNoTrans,
                                Int32(m), Int32(n), Int32(k), alpha,
                                pa.baseAddress! + aBlock.offset, Int32(aBlock.leadingDimension),
                                pb.baseAddress! + bBlock.offset, Int32(bBlock.leadingDimension),
                                beta, pc.baseAddress! + cBlock.offset, Int32(cBlock.leadingDimension))
                }
            }
        }
    }

    /// `c = alpha * op(a) * op(b) + beta * c` on raw row-major pointers with leading
    /// dimensions; `a` and `b` may point into the same buffer as `c` (disjoint blocks), which
    /// the array form cannot express without a copy-on-write of the whole buffer.
    @inline(__always)
    static func gemm(
        m: Int, n: Int, k: Int, alpha: Double,
        _ a: UnsafePointer<Double>, lda: Int, transposeA: Bool = false,
        _ b: UnsafePointer<Double>, ldb: Int, transposeB: Bool = false,
        beta: Double, _ c: UnsafeMutablePointer<Double>, ldc: Int
    ) {
        if m == 0 || n == 0 { return }
        cblas_dgemm(CblasRowMajor,
                    transposeA ? CblasTrans : CblasNoTrans,
                    transposeB ? CblasTrans : CblasNoTrans,
                    Int32(m), Int32(n), Int32(k), alpha,
                    a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
}
