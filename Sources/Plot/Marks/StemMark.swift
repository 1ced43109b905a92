import Graphics

/// Stems from a baseline to each value with a marker at the tip (e.g. a singular-value
/// spectrum). On a log y axis the stems start at the bottom of the axes.
public struct StemMark: Mark {
    public var x: [Double]
    public var y: [Double]
    public var baseline: Double
    public var label: String?
    public var color: Color?
    public var marker: MarkerShape

    public init(x: [Double], y: [Double], baseline: Double = 0, label: String? = nil, color: Color? = nil,
                marker: MarkerShape = .circle) {
        self.x = x; self.y = y; self.baseline = baseline; self.label = label; self.color = color; self.marker = marker
    }

    public var kind: String { "stem" }
    public var consumesColor: Bool { true }

    public func extent(x sx: Scale, y sy: Scale) -> DataExtent {
        var e = DataExtent.points(x, y, sx, sy)
        if sy.accepts(baseline), let r = e.y { e.y = min(r.lowerBound, baseline)...max(r.upperBound, baseline) }
        return e
    }

    public func draw(in ctx: MarkContext) {
        let c = color ?? ctx.seriesColor
        let y0 = ctx.yScale.accepts(baseline) ? ctx.py(baseline) : ctx.plotArea.maxY
        var stems = Path()
        var tips: [Point] = []
        for i in 0..<min(x.count, y.count) {
            guard let p = ctx.point(x[i], y[i]) else { continue }
            stems.move(to: Point(p.x, y0)); stems.line(to: p)
            tips.append(p)
        }
        ctx.canvas.stroke(stems, color: c, style: StrokeStyle(width: 1))
        drawMarkers(tips, shape: marker, size: 4, color: c, filled: true, on: ctx.canvas)
    }

    public func legendEntries(color: Color) -> [LegendEntry] {
        guard let label else { return [] }
        return [LegendEntry(label: label, color: self.color ?? color, sample: .marker(marker, filled: true))]
    }

    public func inkPoints(in ctx: MarkContext) -> [Point] { (0..<min(x.count, y.count)).compactMap { ctx.point(x[$0], y[$0]) } }
}
