/// The parameters `(b, w, c)` of one scalar mode of an aligned network (SPEC 5.1).
public struct ModeTriple: Equatable, Sendable {
    public var b: Double
    public var w: Double
    public var c: Double

    public init(b: Double, w: Double, c: Double) {
        self.b = b
        self.w = w
        self.c = c
    }

    public init(_ values: [Double]) {
        precondition(values.count == 3, "a mode triple is (b, w, c)")
        self.init(b: values[0], w: values[1], c: values[2])
    }

    public var values: [Double] { [b, w, c] }
}
