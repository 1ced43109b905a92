/// One mode's parameters `(b, w, c)` (SPEC 5.1): input gain, recurrent weight and readout
/// gain of an aligned network, in that order everywhere (states, directions, Jacobian rows).
public struct ModePoint: Equatable, Sendable {
    public var b: Double
    public var w: Double
    public var c: Double

    public init(b: Double, w: Double, c: Double) {
        self.b = b
        self.w = w
        self.c = c
    }

    /// A point from `[b, w, c]`.
    public init(_ components: [Double]) {
        precondition(components.count == 3, "a mode point has three components (b, w, c)")
        self.init(b: components[0], w: components[1], c: components[2])
    }

    public var components: [Double] { [b, w, c] }

    public var isFinite: Bool { b.isFinite && w.isFinite && c.isFinite }

    /// The largest absolute component.
    public var maxAbs: Double { max(abs(b), abs(w), abs(c)) }

    public static func + (p: ModePoint, q: ModePoint) -> ModePoint {
        ModePoint(b: p.b + q.b, w: p.w + q.w, c: p.c + q.c)
    }

    public static func - (p: ModePoint, q: ModePoint) -> ModePoint {
        ModePoint(b: p.b - q.b, w: p.w - q.w, c: p.c - q.c)
    }

    public static func * (s: Double, p: ModePoint) -> ModePoint {
        ModePoint(b: s * p.b, w: s * p.w, c: s * p.c)
    }
}
