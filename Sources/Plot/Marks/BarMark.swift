import Graphics

/// Vertical bars centred on x, from `baseline` to each height.
public struct BarMark: Mark {
    public var x: [Double]
    public var height: [Double]
    /// Bar width in data units (linear x axes); default 0.8 of the smallest x spacing.
    public var width: Double?
    public var baseline: Double
    public var label: String?
    public var color: Color?

    public init(x: [Double], height: [Double], width: Double? = nil, baseline: Double = 0, label: String? = nil,
                color: Color? = nil) {
        self.x = x; self.height = height; self.width = width; self.baseline = baseline; self.label = label; self.color = color
    }

    public var kind: String { "bar" }
    public var consumesColor: Bool { true }

    private var barWidth: Double {
        if let width { return width }
        let xs = x.filter { $0.isFinite }.sorted()
        var gap = 1.0
        if xs.count > 1 { gap = zip(xs.dropFirst(), xs).map { $0 - $1 }.filter { $0 > 0 }.min() ?? 1 }
        return 0.8 * gap
    }

    public func extent(x sx: Scale, y sy: Scale) -> DataExtent {
        let half = barWidth / 2
        var e = DataExtent.points(x.map { $0 - half } + x.map { $0 + half }, height + height, sx, sy)
        e.droppedNonPositive /= 2
        if sy.accepts(baseline), let r = e.y { e.y = min(r.lowerBound, baseline)...max(r.upperBound, baseline) }
        return e
    }

    public func draw(in ctx: MarkContext) {
        let half = barWidth / 2
        var path = Path()
        let y0 = ctx.yScale.accepts(baseline) ? ctx.py(baseline) : ctx.plotArea.maxY
        for i in 0..<min(x.count, height.count) {
            guard ctx.xScale.accepts(x[i] - half), ctx.xScale.accepts(x[i] + half), let top = ctx.point(x[i], height[i]) else { continue }
            let x0 = ctx.px(x[i] - half), x1 = ctx.px(x[i] + half)
            path.append(Path(rect: Rect(x: x0, y: min(y0, top.y), width: x1 - x0, height: abs(y0 - top.y))))
        }
        ctx.canvas.fill(path, color: color ?? ctx.seriesColor)
    }

    public func legendEntries(color: Color) -> [LegendEntry] {
        guard let label else { return [] }
        return [LegendEntry(label: label, color: self.color ?? color, sample: .patch(opacity: 1))]
    }

    public func inkPoints(in ctx: MarkContext) -> [Point] {
        (0..<min(x.count, height.count)).compactMap { ctx.point(x[$0], height[$0]) }
    }
}
