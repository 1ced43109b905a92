import Graphics

/// A line across the whole plot: horizontal at y, vertical at x, or y = slope * x + intercept.
public struct ReferenceLineMark: Mark {
    public enum Orientation: Sendable { case horizontal(Double), vertical(Double), diagonal(slope: Double, intercept: Double) }
    public var orientation: Orientation
    public var label: String?
    public var color: Color
    public var dash: Dash
    public var width: Double

    public init(_ orientation: Orientation, label: String? = nil, color: Color = Palette.gray, dash: Dash = .dashed,
                width: Double = 0.8) {
        self.orientation = orientation; self.label = label; self.color = color; self.dash = dash; self.width = width
    }
    public static func horizontal(_ y: Double, label: String? = nil) -> ReferenceLineMark { .init(.horizontal(y), label: label) }
    public static func vertical(_ x: Double, label: String? = nil) -> ReferenceLineMark { .init(.vertical(x), label: label) }

    public var kind: String { "referenceline" }

    public func extent(x sx: Scale, y sy: Scale) -> DataExtent {
        // Reference lines follow the data; they only ask that their position be visible.
        switch orientation {
        case .horizontal(let y): return sy.accepts(y) ? DataExtent(y: y...y) : DataExtent(droppedNonPositive: 1)
        case .vertical(let x): return sx.accepts(x) ? DataExtent(x: x...x) : DataExtent(droppedNonPositive: 1)
        case .diagonal: return DataExtent(hasData: false)
        }
    }

    public func draw(in ctx: MarkContext) {
        var p = Path()
        let r = ctx.plotArea
        switch orientation {
        case .horizontal(let y):
            guard ctx.yScale.accepts(y) else { return }
            p.move(to: Point(r.minX, ctx.py(y))); p.line(to: Point(r.maxX, ctx.py(y)))
        case .vertical(let x):
            guard ctx.xScale.accepts(x) else { return }
            p.move(to: Point(ctx.px(x), r.minY)); p.line(to: Point(ctx.px(x), r.maxY))
        case .diagonal(let slope, let intercept):
            let steps = 64
            var pts: [Point] = []
            for k in 0...steps {
                let px = r.minX + r.width * Double(k) / Double(steps)
                let x = ctx.dataX(px)
                if let q = ctx.point(x, slope * x + intercept) { pts.append(q) }
            }
            p = Path(polyline: pts)
        }
        ctx.canvas.stroke(p, color: color, style: StrokeStyle(width: width, dash: dash.pattern(width: width)))
    }

    public func legendEntries(color: Color) -> [LegendEntry] {
        guard let label else { return [] }
        return [LegendEntry(label: label, color: self.color, sample: .line(width: width, dash: dash, marker: nil))]
    }
}
