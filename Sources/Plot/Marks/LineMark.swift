import Graphics

/// A polyline through (x, y), with optional markers and dashes. Non-finite points (and
/// points a log scale cannot show) leave gaps.
public struct LineMark: Mark {
    public var x: [Double]
    public var y: [Double]
    public var label: String?
    public var color: Color?
    public var width: Double?
    public var dash: Dash
    public var marker: MarkerShape?
    public var markerSize: Double
    /// Draw a marker on every n-th point.
    public var markerEvery: Int
    /// A marker at the end of a curve that stops early: at its last finite point when
    /// only non-finite values follow (a loss cut at its round-off floor).
    public var endMarker: MarkerShape?
    /// The dash of its legend row when that is not the line's own: a legend shared by several
    /// panels shows the line as most panels draw it, not as dashed where it hides another
    /// (`CoincidentLines`).
    public var legendDash: Dash?

    public init(x: [Double], y: [Double], label: String? = nil, color: Color? = nil, width: Double? = nil,
                dash: Dash = .solid, marker: MarkerShape? = nil, markerSize: Double = 4, markerEvery: Int = 1,
                endMarker: MarkerShape? = nil) {
        self.x = x; self.y = y; self.label = label; self.color = color; self.width = width
        self.dash = dash; self.marker = marker; self.markerSize = markerSize; self.markerEvery = max(1, markerEvery)
        self.endMarker = endMarker
    }

    /// The index of the last finite point when the curve stops before its data end; nil
    /// when it runs to the end (or has no finite point).
    public var earlyEnd: Int? {
        let n = min(x.count, y.count)
        guard let last = (0..<n).last(where: { x[$0].isFinite && y[$0].isFinite }), last < n - 1 else { return nil }
        return last
    }

    /// A line at y[i] against x = 0, 1, 2, ...
    public init(y: [Double], label: String? = nil, color: Color? = nil, dash: Dash = .solid) {
        self.init(x: y.indices.map(Double.init), y: y, label: label, color: color, dash: dash)
    }

    public var kind: String { "line" }
    public var consumesColor: Bool { true }

    public func extent(x sx: Scale, y sy: Scale) -> DataExtent { .points(x, y, sx, sy) }

    public func draw(in ctx: MarkContext) {
        let c = color ?? ctx.seriesColor
        let w = width ?? ctx.style.lineWidth
        let n = min(x.count, y.count)
        var path = Path(reservingCapacity: n)
        for run in validRuns(n, { ctx.xScale.accepts(x[$0]) && ctx.yScale.accepts(y[$0]) }) {
            let points = run.map { Point(ctx.px(x[$0]), ctx.py(y[$0])) }
            if points.count == 1 {
                path.move(to: points[0])
                path.line(to: points[0])
                continue
            }
            path.append(Path(polyline: PolylineSimplification.simplified(points)))
        }
        if w > 0 {
            ctx.canvas.stroke(path, color: c, style: StrokeStyle(width: w, dash: dash.pattern(width: w),
                                                                 cap: dash == .dotted ? .round : .butt, join: .round))
        }
        if let marker {
            let pts = stride(from: 0, to: n, by: markerEvery).compactMap { ctx.point(x[$0], y[$0]) }
            drawMarkers(pts, shape: marker, size: markerSize, color: c, filled: true, on: ctx.canvas)
        }
        if let endMarker, let i = earlyEnd, let p = ctx.point(x[i], y[i]) {
            drawMarkers([p], shape: endMarker, size: max(4, w * 3), color: c, filled: true, on: ctx.canvas)
        }
    }

    public func legendEntries(color: Color) -> [LegendEntry] {
        guard let label else { return [] }
        return [LegendEntry(label: label, color: self.color ?? color,
                            sample: .line(width: width ?? 1.25, dash: legendDash ?? dash, marker: marker))]
    }

    /// Points along the drawn line every few points of length (at most ~4000).
    public func inkPoints(in ctx: MarkContext) -> [Point] {
        let n = min(x.count, y.count)
        let step = max(1, n / 400)
        let pts = stride(from: 0, to: n, by: step).map { ctx.point(x[$0], y[$0]) }
        var out: [Point] = []
        for (a, b) in zip(pts, pts.dropFirst()) {
            guard let a else { continue }
            out.append(a)
            guard let b else { continue }
            let l = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
            let k = min(10, Int(l / 4))
            for j in stride(from: 1, through: k, by: 1) {
                let t = Double(j) / Double(k + 1)
                out.append(Point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t))
            }
        }
        if let last = pts.last, let last { out.append(last) }
        return out
    }
}
