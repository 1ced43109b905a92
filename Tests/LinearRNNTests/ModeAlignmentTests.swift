import Testing
import LinearRNN

/// Shared per-mode setups of SPEC 11: setup M (single mode) and the aligned bases of setup A.
enum ModeFixtures {
    /// Setup M: teacher (1, 0.8, 1), `alpha = 1`, `T = 10`, loss `all`.
    static let single = ModeProblem(teacher: ModePoint(b: 1, w: 0.8, c: 1), alpha: 1, horizon: 10, loss: .all)

    static let u = TestMatrices.householder([1, 2, 3])
    static let v = TestMatrices.householder([1, -1, 0.5])
    static let p = TestMatrices.householder([0.3, 1, -2])

    /// Aligned matrices `W = U diag(w) U^T`, `B = U diag(b) V^T`, `C = P diag(c) U^T` (SPEC 5.1).
    static func aligned(_ modes: [ModePoint]) -> RNNWeights {
        RNNWeights(W: u * Matrix.diagonal(modes.map(\.w), rows: 3, cols: 3) * u.transposed,
                   B: u * Matrix.diagonal(modes.map(\.b), rows: 3, cols: 3) * v.transposed,
                   C: p * Matrix.diagonal(modes.map(\.c), rows: 3, cols: 3) * u.transposed)
    }

    /// The aligned feedback `F = U diag(f) P^T` (SPEC 5.2).
    static func alignedFeedback(_ gains: [Double]) -> Matrix {
        u * Matrix.diagonal(gains, rows: 3, cols: 3) * p.transposed
    }

    /// The mode parameters of a direction read off in the aligned bases (SPEC 5.5).
    static func modeDiagonal(_ d: Direction) -> [ModePoint] {
        let wBlock = u.transposed * d.dW * u, bBlock = u.transposed * d.dB * v, cBlock = p.transposed * d.dC * u
        return (0..<3).map { ModePoint(b: bBlock[$0, $0], w: wBlock[$0, $0], c: cBlock[$0, $0]) }
    }
}

@Suite("Aligned matrices of setup A (SPEC 5.1, 5.5)")
struct ModeAlignmentTests {
    @Test("aligned matrices give back their modes with no off-diagonal leakage")
    func readBack() {
        let modes = [ModePoint(b: 0.3, w: 0.2, c: 0.5), ModePoint(b: -0.4, w: 0.5, c: 0.9), ModePoint(b: 0.7, w: -0.3, c: -0.2)]
        let weights = ModeFixtures.aligned(modes)
        let read = ModeFixtures.modeDiagonal(Direction(dW: weights.W, dB: weights.B, dC: weights.C))
        for (a, b) in zip(read, modes) { #expect((a - b).maxAbs < 1e-15) }
        for basis in [ModeFixtures.u, ModeFixtures.v, ModeFixtures.p] {
            #expect((basis.transposed * basis - .identity(3)).maxAbs < 1e-15)
        }
        let blocks = [ModeFixtures.u.transposed * weights.W * ModeFixtures.u, ModeFixtures.u.transposed * weights.B * ModeFixtures.v,
                      ModeFixtures.p.transposed * weights.C * ModeFixtures.u]
        for block in blocks {
            var offDiagonal = block
            for i in 0..<3 { offDiagonal[i, i] = 0 }
            #expect(offDiagonal.maxAbs < 1e-15)
        }
    }
}
