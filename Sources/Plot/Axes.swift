import Graphics

/// One panel: scales, limits, labels and the marks drawn in it. A value; build it up with
/// `add(_:)` or pass marks to the initialiser.
public struct Axes: Sendable {
    public var title: String?
    /// Axis labels may contain $maths$ (`$\eta$`, `$w^*$`, `$10^{-3}$`).
    public var xLabel: String?
    public var yLabel: String?
    public var xScale: Scale
    public var yScale: Scale
    /// Fixed limits; nil fits the data.
    public var xLimits: ClosedRange<Double>?
    public var yLimits: ClosedRange<Double>?
    public var marks: [any Mark]
    public var legend: LegendPlacement
    /// Draw all four sides of the frame (default: only left and bottom, unless a heatmap).
    public var box: Bool?
    /// Light grid lines at the major ticks.
    public var grid: Bool
    /// Draw a solid line dashed when an earlier line hides it (within a fraction of a
    /// pixel over most of the plot); its legend row shows the dash too.
    public var distinguishCoincident = true

    public init(title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, xScale: Scale = .linear,
                yScale: Scale = .linear, xLimits: ClosedRange<Double>? = nil, yLimits: ClosedRange<Double>? = nil,
                legend: LegendPlacement = .automatic, box: Bool? = nil, grid: Bool = false, marks: [any Mark] = []) {
        self.title = title; self.xLabel = xLabel; self.yLabel = yLabel; self.xScale = xScale; self.yScale = yScale
        self.xLimits = xLimits; self.yLimits = yLimits; self.legend = legend; self.box = box; self.grid = grid
        self.marks = marks
    }

    public mutating func add(_ mark: any Mark) { marks.append(mark) }

    public func adding(_ mark: any Mark) -> Axes {
        var a = self
        a.add(mark)
        return a
    }

    /// The extent of all marks on this axes' scales.
    func dataExtent() -> DataExtent {
        marks.reduce(DataExtent.none) { $0.union($1.extent(x: xScale, y: yScale)) }
    }

    /// Colours assigned to the marks, in order.
    func seriesColors() -> [Color] {
        var index = 0
        var last: Color? = nil
        return marks.map { m in
            if m.consumesColor {
                let c = Palette.color(for: m.label, index: index)
                index += 1
                last = c
                return c
            }
            return last ?? Palette.color(for: m.label, index: 0)
        }
    }

    func legendEntries() -> [LegendEntry] {
        zip(marks, seriesColors()).flatMap { $0.legendEntries(color: $1) }
    }
}
