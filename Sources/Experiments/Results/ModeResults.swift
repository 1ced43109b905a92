import LinearRNN

/// Recorded mode values `{"b": [[...] per mode], "w": ..., "c": ...}`: one series per mode.
public struct ModeSeries: Codable, Sendable {
    public let b: [[Double]]
    public let w: [[Double]]
    public let c: [[Double]]

    /// The series of `records`, each the points of every mode at one record.
    init(_ records: [[ModePoint]]) {
        let count = records.first?.count ?? 0
        func series(_ value: (ModePoint) -> Double) -> [[Double]] { (0..<count).map { a in records.map { value($0[a]) } } }
        b = series(\.b)
        w = series(\.w)
        c = series(\.c)
    }

    /// The series of one parameter, `"b"`, `"w"` or `"c"`.
    public subscript(parameter: String) -> [[Double]]? {
        switch parameter {
        case "b": return b
        case "w": return w
        case "c": return c
        default: return nil
        }
    }
}

/// The two branches of the optimum hyperbola `alpha c b = gamma*` in a box of the `(b, c)` plane.
public struct OptimumBranches: Codable, Sendable {
    /// One branch as matching `b` and `c` lists.
    public struct Branch: Codable, Sendable {
        public let b: [Double]
        public let c: [Double]
    }

    public let positive: Branch
    public let negative: Branch
}

/// A single-mode run recorded at equally spaced times: the path, the loss, the end and
/// where the divergence guard stopped it (`null` when it did not).
public struct Trajectory: Codable, Sendable {
    public let tau: [Double]
    public let b: [Double]
    public let w: [Double]
    public let c: [Double]
    public let loss: [Double]
    public let final: ModeCoordinates
    public let finalLoss: Double
    public let diverged: TimeDivergence?

    enum CodingKeys: String, CodingKey {
        case tau, b, w, c, loss, final
        case finalLoss = "final_loss"
        case diverged
    }
}

/// A complex number `[re, im]` (eigenvalues).
public struct ComplexNumber: Codable, Sendable {
    public let re: Double
    public let im: Double

    init(_ z: ComplexValue) {
        re = z.re
        im = z.im
    }

    public init(from decoder: Decoder) throws {
        var list = try decoder.unkeyedContainer()
        re = try list.decode(Double.self)
        im = try list.decode(Double.self)
    }

    public func encode(to encoder: Encoder) throws {
        var list = encoder.unkeyedContainer()
        try list.encode(re)
        try list.encode(im)
    }
}
