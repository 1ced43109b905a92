import Testing
import LinearRNN

/// Shared per-mode setups of SPEC 11: setup M (single mode) and the aligned bases of setup A.
enum ModeFixtures {
    /// Setup M: teacher (1, 0.8, 1), `alpha = 1`, `T = 10`, loss `all`.
    static let single = ModeProblem(teacher: ModePoint(b: 1, w: 0.8, c: 1), alpha: 1, horizon: 10, loss: .all)

    static let bases = AlignedBases(householderU: [1, 2, 3], v: [1, -1, 0.5], p: [0.3, 1, -2])

    /// Aligned matrices `W = U diag(w) U^T`, `B = U diag(b) V^T`, `C = P diag(c) U^T` (SPEC 5.1).
    static func aligned(_ modes: [ModePoint]) -> RNNWeights { bases.weights(modes: modes) }

    /// The aligned feedback `F = U diag(f) P^T` (SPEC 5.2).
    static func alignedFeedback(_ gains: [Double]) -> Matrix { bases.feedback(gains: gains) }

    /// The mode parameters of a direction read off in the aligned bases (SPEC 5.5).
    static func modeDiagonal(_ d: Direction) -> [ModePoint] {
        bases.modes(of: RNNWeights(W: d.dW, B: d.dB, C: d.dC))
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
        let bases = ModeFixtures.bases
        for basis in [bases.U, bases.V, bases.P] {
            #expect((basis.transposed * basis - .identity(3)).maxAbs < 1e-15)
        }
        #expect(bases.offDiagonalLeakage(of: weights) < 1e-15)
        var leaky = weights
        leaky.W[0, 1] += 1e-3
        #expect(bases.offDiagonalLeakage(of: leaky) > 1e-4)
    }
}
