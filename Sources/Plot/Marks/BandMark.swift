import Graphics

/// The area between `lower` and `upper` over x (e.g. mean ± s.d.). Non-finite values split it.
public struct BandMark: Mark {
    public var x: [Double]
    public var lower: [Double]
    public var upper: [Double]
    public var label: String?
    public var color: Color?
    public var opacity: Double

    public init(x: [Double], lower: [Double], upper: [Double], label: String? = nil, color: Color? = nil,
                opacity: Double = 0.25) {
        self.x = x; self.lower = lower; self.upper = upper; self.label = label; self.color = color; self.opacity = opacity
    }

    public var kind: String { "band" }
    public func extent(x sx: Scale, y sy: Scale) -> DataExtent {
        DataExtent.points(x, lower, sx, sy).union(.points(x, upper, sx, sy))
    }

    public func draw(in ctx: MarkContext) {
        let n = min(x.count, lower.count, upper.count)
        var path = Path()
        for run in validRuns(n, { ctx.xScale.accepts(x[$0]) && ctx.yScale.accepts(lower[$0]) && ctx.yScale.accepts(upper[$0]) }) {
            let top = run.map { Point(ctx.px(x[$0]), ctx.py(upper[$0])) }
            let bottom = run.reversed().map { Point(ctx.px(x[$0]), ctx.py(lower[$0])) }
            path.append(Path(polyline: top + bottom, closed: true))
        }
        ctx.canvas.fill(path, color: (color ?? ctx.seriesColor).withAlpha(opacity))
    }

    public func legendEntries(color: Color) -> [LegendEntry] {
        guard let label else { return [] }
        return [LegendEntry(label: label, color: self.color ?? color, sample: .patch(opacity: opacity))]
    }
}
