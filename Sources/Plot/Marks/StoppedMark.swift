import Graphics

/// Where a run stopped early (it diverged): a × at the last point of its curve, in the
/// curve's colour (it takes no colour of its own), with a legend row such as
/// "BPTT stopped at step 120".
public struct StoppedMark: Mark {
    /// The stroke width of the × in the plot, which no other mark uses (tests find it in the SVG).
    public static let strokeWidth = 1.45

    public var x: Double
    public var y: Double
    public var label: String?
    public var color: Color?

    public init(x: Double, y: Double, label: String?, color: Color? = nil) {
        self.x = x; self.y = y; self.label = label; self.color = color
    }

    public var kind: String { "stopped" }
    public func extent(x sx: Scale, y sy: Scale) -> DataExtent { .points([x], [y], sx, sy) }

    public func draw(in ctx: MarkContext) {
        guard let p = ctx.point(x, y) else { return }
        drawMarkers([p], shape: .cross, size: 7, color: color ?? ctx.seriesColor, filled: true, on: ctx.canvas,
                    edgeWidth: Self.strokeWidth)
    }

    public func legendEntries(color: Color) -> [LegendEntry] {
        guard let label else { return [] }
        return [LegendEntry(label: label, color: self.color ?? color, sample: .marker(.cross, filled: true))]
    }

    public func inkPoints(in ctx: MarkContext) -> [Point] { ctx.point(x, y).map { [$0] } ?? [] }
}
