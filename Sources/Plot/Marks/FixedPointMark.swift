import Graphics

/// Fixed points of a dynamical system: filled = stable, open = unstable, half-filled = saddle.
public struct FixedPointMark: Mark {
    public enum Stability: String, Sendable, CaseIterable { case stable, unstable, saddle }
    public var x: [Double]
    public var y: [Double]
    public var stability: [Stability]
    public var color: Color
    public var size: Double
    /// Adds one legend row per stability kind present.
    public var showsLegend: Bool

    public init(x: [Double], y: [Double], stability: [Stability], color: Color = .black, size: Double = 6,
                showsLegend: Bool = false) {
        self.x = x; self.y = y; self.stability = stability; self.color = color; self.size = size; self.showsLegend = showsLegend
    }

    public var kind: String { "fixedpoint" }
    private var count: Int { min(x.count, y.count, stability.count) }

    public func extent(x sx: Scale, y sy: Scale) -> DataExtent { .points(Array(x.prefix(count)), Array(y.prefix(count)), sx, sy) }

    static func draw(_ s: Stability, at p: Point, size: Double, color: Color, on canvas: Canvas) {
        let r = size / 2
        let circle = Path(circleAt: p, radius: r)
        switch s {
        case .stable:
            canvas.fill(circle, color: color)
        case .unstable:
            canvas.fill(circle, color: .white)
        case .saddle:
            canvas.fill(circle, color: .white)
            var half = Path()
            half.move(to: Point(p.x, p.y - r))
            half.addArc(center: p, radius: r, from: -Double.pi / 2, to: -3 * Double.pi / 2)
            half.close()
            canvas.fill(half, color: color)
        }
        canvas.stroke(circle, color: color, style: StrokeStyle(width: 0.9))
    }

    public func draw(in ctx: MarkContext) {
        for i in 0..<count {
            guard let p = ctx.point(x[i], y[i]) else { continue }
            FixedPointMark.draw(stability[i], at: p, size: size, color: color, on: ctx.canvas)
        }
    }

    public func legendEntries(color: Color) -> [LegendEntry] {
        guard showsLegend else { return [] }
        let present = Set(stability.prefix(count))
        return Stability.allCases.filter(present.contains).map { s in
            LegendEntry(label: s.rawValue, color: self.color, sample: .fixedPoint(s))
        }
    }

    public func inkPoints(in ctx: MarkContext) -> [Point] { (0..<count).compactMap { ctx.point(x[$0], y[$0]) } }
}
