import CBLAS
import Foundation

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

/// Recycles the large scratch arrays of a training step (hidden states, credit signals) from
/// one step to the next. Fresh multi-megabyte allocations are returned to the OS when freed,
/// and touching them again costs a page fault per 4 KiB, which at N = 128 was a quarter of a
/// step. Arrays keep value semantics: a recycled array that is still referenced elsewhere is
/// copied on first write, never shared. Each thread has its own: runs on two cores then
/// reuse arrays that are still in their own core's cache and do not share eight slots.
final class Workspace {
    private static let threadKey = "LinearRNN.Workspace"

    /// The calling thread's workspace.
    static var shared: Workspace {
        let dictionary = Thread.current.threadDictionary
        if let workspace = dictionary[threadKey] as? Workspace { return workspace }
        let workspace = Workspace()
        dictionary[threadKey] = workspace
        return workspace
    }

    /// Arrays shorter than this are left to the allocator.
    private static let minimumCount = 16_384
    private static let capacity = 8
    private var free: [[Double]] = []

    /// An array of `count` elements with unspecified contents: the caller overwrites all of it.
    func take(_ count: Int) -> [Double] {
        if count >= Self.minimumCount, let i = free.lastIndex(where: { $0.count == count }) {
            return free.remove(at: i)
        }
        return [Double](repeating: 0, count: count)
    }

    /// Hands an array back for reuse by a later `take` of the same size.
    func recycle(_ array: [Double]) {
        guard array.count >= Self.minimumCount else { return }
        free.append(array)
        if free.count > Self.capacity { free.removeFirst() }
    }

    /// `op(a) * op(b)` into a recycled array (every entry written).
    func product(_ a: Matrix, transposeA: Bool = false, _ b: Matrix, transposeB: Bool = false) -> Matrix {
        let m = transposeA ? a.cols : a.rows, k = transposeA ? a.rows : a.cols
        let n = transposeB ? b.rows : b.cols
        if k == 0 { return Matrix(rows: m, cols: n) }
        var c = Matrix(rows: m, cols: n, elements: take(m * n))
        c.accumulateProduct(a, transposeA: transposeA, b, transposeB: transposeB, beta: 0)
        return c
    }
}
