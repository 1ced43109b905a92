import Graphics

/// Markers at (x, y).
public struct ScatterMark: Mark {
    public var x: [Double]
    public var y: [Double]
    public var label: String?
    public var color: Color?
    public var shape: MarkerShape
    public var size: Double
    public var filled: Bool
    public var opacity: Double

    public init(x: [Double], y: [Double], label: String? = nil, color: Color? = nil, shape: MarkerShape = .circle,
                size: Double = 4, filled: Bool = true, opacity: Double = 1) {
        self.x = x; self.y = y; self.label = label; self.color = color; self.shape = shape
        self.size = size; self.filled = filled; self.opacity = opacity
    }

    public var kind: String { "scatter" }
    public var consumesColor: Bool { true }
    public func extent(x sx: Scale, y sy: Scale) -> DataExtent { .points(x, y, sx, sy) }

    public func draw(in ctx: MarkContext) {
        let pts = (0..<min(x.count, y.count)).compactMap { ctx.point(x[$0], y[$0]) }
        drawMarkers(pts, shape: shape, size: size, color: (color ?? ctx.seriesColor).withAlpha(opacity),
                    filled: filled, on: ctx.canvas)
    }

    public func legendEntries(color: Color) -> [LegendEntry] {
        guard let label else { return [] }
        return [LegendEntry(label: label, color: self.color ?? color, sample: .marker(shape, filled: filled))]
    }

    public func inkPoints(in ctx: MarkContext) -> [Point] {
        (0..<min(x.count, y.count)).compactMap { ctx.point(x[$0], y[$0]) }
    }
}
