import Graphics

/// Vertical error bars from y - lowerError to y + upperError, with caps and a centre marker.
public struct ErrorBarMark: Mark {
    public var x: [Double]
    public var y: [Double]
    public var lowerError: [Double]
    public var upperError: [Double]
    public var label: String?
    public var color: Color?
    public var marker: MarkerShape?
    public var capWidth: Double

    public init(x: [Double], y: [Double], error: [Double], label: String? = nil, color: Color? = nil,
                marker: MarkerShape? = .circle, capWidth: Double = 4) {
        self.init(x: x, y: y, lowerError: error, upperError: error, label: label, color: color, marker: marker, capWidth: capWidth)
    }

    public init(x: [Double], y: [Double], lowerError: [Double], upperError: [Double], label: String? = nil,
                color: Color? = nil, marker: MarkerShape? = .circle, capWidth: Double = 4) {
        self.x = x; self.y = y; self.lowerError = lowerError; self.upperError = upperError
        self.label = label; self.color = color; self.marker = marker; self.capWidth = capWidth
    }

    /// The size of the arrowhead at an open lower end; its tip touches the bottom of the axes.
    static let arrowSize = 4.5

    public var kind: String { "errorbar" }
    public var consumesColor: Bool { true }
    private var count: Int { min(x.count, y.count, lowerError.count, upperError.count) }

    /// A lower end that the y scale cannot show (mean - sd below 0 on a log axis) is left out:
    /// its bar runs to the bottom of the axes and ends in an arrowhead there.
    public func extent(x sx: Scale, y sy: Scale) -> DataExtent {
        let n = count
        let lo = (0..<n).map { y[$0] - lowerError[$0] }.map { sy.accepts($0) ? $0 : .nan }, hi = (0..<n).map { y[$0] + upperError[$0] }
        let xs = Array(x.prefix(n))
        return DataExtent.points(xs, lo, sx, sy).union(.points(xs, hi, sx, sy)).union(.points(xs, Array(y.prefix(n)), sx, sy))
    }

    public func draw(in ctx: MarkContext) {
        let c = color ?? ctx.seriesColor
        var bars = Path()
        var centres: [Point] = []
        var openEnds: [Point] = []
        for i in 0..<count {
            guard let mid = ctx.point(x[i], y[i]) else { continue }
            centres.append(mid)
            let lo = y[i] - lowerError[i], hi = y[i] + upperError[i]
            guard lo.isFinite, hi.isFinite else { continue }
            let isOpen = !ctx.yScale.accepts(lo)
            let y0 = isOpen ? ctx.plotArea.maxY - Self.arrowSize * 0.575 : ctx.py(lo)
            let y1 = ctx.py(hi)
            bars.move(to: Point(mid.x, y0)); bars.line(to: Point(mid.x, y1))
            for yy in isOpen ? [y1] : [y0, y1] where yy <= ctx.plotArea.maxY {
                bars.move(to: Point(mid.x - capWidth / 2, yy)); bars.line(to: Point(mid.x + capWidth / 2, yy))
            }
            if isOpen { openEnds.append(Point(mid.x, y0)) }
        }
        ctx.canvas.stroke(bars, color: c, style: StrokeStyle(width: 0.9))
        drawMarkers(openEnds, shape: .arrowDown, size: Self.arrowSize, color: c, filled: true, on: ctx.canvas)
        if let marker { drawMarkers(centres, shape: marker, size: 4, color: c, filled: true, on: ctx.canvas) }
    }

    public func legendEntries(color: Color) -> [LegendEntry] {
        guard let label else { return [] }
        return [LegendEntry(label: label, color: self.color ?? color, sample: .marker(marker ?? .circle, filled: true))]
    }

    public func inkPoints(in ctx: MarkContext) -> [Point] { (0..<count).compactMap { ctx.point(x[$0], y[$0]) } }
}
