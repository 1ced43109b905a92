import LinearRNN

/// A point `(b, w, c)` of one mode in results, encoded as `[b, w, c]`.
public struct ModeCoordinates: Codable, Sendable, Equatable {
    public var b: Double
    public var w: Double
    public var c: Double

    init(b: Double, w: Double, c: Double) {
        self.b = b
        self.w = w
        self.c = c
    }

    init(_ p: ModePoint) { self.init(b: p.b, w: p.w, c: p.c) }

    var components: [Double] { [b, w, c] }

    public init(from decoder: Decoder) throws {
        var list = try decoder.unkeyedContainer()
        self.init(b: try list.decode(Double.self), w: try list.decode(Double.self), c: try list.decode(Double.self))
    }

    public func encode(to encoder: Encoder) throws {
        var list = encoder.unkeyedContainer()
        try list.encode(b)
        try list.encode(w)
        try list.encode(c)
    }
}
