/// Which time steps are scored by the loss (SPEC 1.4).
public enum LossSet: String, Sendable, CaseIterable, Codable {
    /// Every step `t = 1..T`.
    case all
    /// Only the final step `t = T`.
    case final

    /// Whether step `t` (1-based) is scored in a sequence of length `horizon`.
    public func scores(step t: Int, horizon: Int) -> Bool {
        self == .all || t == horizon
    }

    /// The weights `n_k = #{t in S : t >= k + 1}` for lags `k = 0..T-1` (SPEC 2.2).
    public func lagWeights(horizon: Int) -> [Double] {
        (0..<horizon).map { k in self == .all ? Double(horizon - k) : 1 }
    }
}

/// The unit nonlinearity `phi`; linear unless the "beyond linear" experiments ask for tanh.
public enum Nonlinearity: String, Sendable, Codable {
    case linear
    case tanh
}

/// Everything about a sequence that is not a weight: horizon `T`, leak `alpha`, loss set
/// and nonlinearity.
public struct SequenceSetting: Sendable, Equatable {
    public var horizon: Int
    public var alpha: Double
    public var loss: LossSet
    public var nonlinearity: Nonlinearity

    public init(horizon: Int, alpha: Double = 1, loss: LossSet = .all, nonlinearity: Nonlinearity = .linear) {
        self.horizon = horizon
        self.alpha = alpha
        self.loss = loss
        self.nonlinearity = nonlinearity
    }

    /// `rho = 1 - alpha`, the leak retained per step.
    public var rho: Double { 1 - alpha }

    /// `n_k` for `k = 0..T-1`.
    public var lagWeights: [Double] { loss.lagWeights(horizon: horizon) }
}

/// The weights `(W, B, C)` of a leaky RNN: `h_t = (1-alpha) h_{t-1} + alpha phi(W h_{t-1} + B x_t)`,
/// `yhat_t = C h_t` (SPEC 1.1-1.2). Used for students and teachers alike.
public struct RNNWeights: Sendable, Equatable {
    public var W: Matrix
    public var B: Matrix
    public var C: Matrix

    public init(W: Matrix, B: Matrix, C: Matrix) {
        precondition(W.rows == W.cols && B.rows == W.rows && C.cols == W.rows,
                     "inconsistent RNN shapes: W \(W.rows)x\(W.cols), B \(B.rows)x\(B.cols), C \(C.rows)x\(C.cols)")
        self.W = W
        self.B = B
        self.C = C
    }

    public var hiddenSize: Int { W.rows }
    public var inputSize: Int { B.cols }
    public var outputSize: Int { C.rows }

    /// The state transition `A = rho I + alpha W` (SPEC 1.3).
    public func transition(alpha: Double) -> Matrix {
        if alpha == 1 { return W }
        var a = W.scaled(by: alpha)
        for i in 0..<hiddenSize { a[i, i] += 1 - alpha }
        return a
    }

    public var isFinite: Bool { W.isFinite && B.isFinite && C.isFinite }

    /// `self += step * direction`.
    public mutating func apply(_ direction: Direction, step: Double) {
        W.add(direction.dW, scaledBy: step)
        B.add(direction.dB, scaledBy: step)
        C.add(direction.dC, scaledBy: step)
    }
}

/// A descent direction `D = (D_W, D_B, D_C)`: parameters move by `theta += eta * D`.
public struct Direction: Sendable, Equatable {
    public var dW: Matrix
    public var dB: Matrix
    public var dC: Matrix

    public init(dW: Matrix, dB: Matrix, dC: Matrix) {
        self.dW = dW
        self.dB = dB
        self.dC = dC
    }

    /// The largest entry-wise relative difference over the three blocks.
    public static func maxRelativeDifference(_ a: Direction, _ b: Direction) -> Double {
        max(Matrix.maxRelativeDifference(a.dW, b.dW),
            Matrix.maxRelativeDifference(a.dB, b.dB),
            Matrix.maxRelativeDifference(a.dC, b.dC))
    }

    public func scaled(by s: Double) -> Direction {
        Direction(dW: dW.scaled(by: s), dB: dB.scaled(by: s), dC: dC.scaled(by: s))
    }

    public static func + (a: Direction, b: Direction) -> Direction {
        Direction(dW: a.dW + b.dW, dB: a.dB + b.dB, dC: a.dC + b.dC)
    }

    public var isFinite: Bool { dW.isFinite && dB.isFinite && dC.isFinite }
}
