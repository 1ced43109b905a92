import Foundation
import Graphics
import MathDrawing

/// Something drawn inside an Axes: a line, a heatmap, an annotation...
/// Each kind lives in its own file under Marks/.
public protocol Mark: Sendable {
    /// A short name of the kind ("line", "heatmap"), used by scene descriptions and tests.
    var kind: String { get }
    /// The extent of the data this mark can show on these scales (for automatic limits).
    func extent(x: Scale, y: Scale) -> DataExtent
    /// Draws the mark; drawing is clipped to the plot area.
    func draw(in context: MarkContext)
    /// Entries this mark adds to the legend, given the colour the axes assigned to it.
    func legendEntries(color: Color) -> [LegendEntry]
    /// The series label (a name in `Palette.named` fixes the colour).
    var label: String? { get }
    /// Whether the mark takes the next colour of the cycle; otherwise it reuses the
    /// colour of the previous series (a band under its line).
    var consumesColor: Bool { get }
    /// Screen points where the mark has ink (a sample), used to place the legend.
    func inkPoints(in context: MarkContext) -> [Point]
    /// A colour scale shown as a colour bar beside the axes.
    var colorScale: ColorScale? { get }
    /// Text with `$...$` maths that the mark draws (annotations), for checking its formulas.
    var texts: [String] { get }
}

public extension Mark {
    func legendEntries(color: Color) -> [LegendEntry] { [] }
    var label: String? { nil }
    var consumesColor: Bool { false }
    func inkPoints(in context: MarkContext) -> [Point] { [] }
    var colorScale: ColorScale? { nil }
    var texts: [String] { [] }
}

/// Colour map plus value range, shown by a colour bar.
public struct ColorScale: Sendable {
    public var map: ColorMap
    public var range: ClosedRange<Double>
    public var label: String?
    public init(map: ColorMap, range: ClosedRange<Double>, label: String? = nil) {
        self.map = map; self.range = range; self.label = label
    }
}

/// The finite data a mark can show, and how many points a scale could not show.
public struct DataExtent: Sendable {
    public var x: ClosedRange<Double>?
    public var y: ClosedRange<Double>?
    /// Values dropped because the axis is logarithmic and they are not positive.
    public var droppedNonPositive: Int = 0
    /// Whether the axis limits should fit this data tightly (no margin), e.g. images.
    public var tight = false
    /// Whether the mark has data at all (even if none of it is finite).
    public var hasData = true
    public init(x: ClosedRange<Double>? = nil, y: ClosedRange<Double>? = nil, droppedNonPositive: Int = 0,
                tight: Bool = false, hasData: Bool = true) {
        self.x = x; self.y = y; self.droppedNonPositive = droppedNonPositive; self.tight = tight; self.hasData = hasData
    }
    public static let none = DataExtent(hasData: false)

    /// The extent of point data; a point counts only if both coordinates can be shown.
    public static func points(_ xs: [Double], _ ys: [Double], _ sx: Scale, _ sy: Scale) -> DataExtent {
        var x0 = Double.infinity, x1 = -Double.infinity, y0 = Double.infinity, y1 = -Double.infinity
        var dropped = 0
        for i in 0..<min(xs.count, ys.count) {
            let x = xs[i], y = ys[i]
            guard x.isFinite, y.isFinite else { continue }
            guard sx.accepts(x), sy.accepts(y) else { dropped += 1; continue }
            x0 = min(x0, x); x1 = max(x1, x); y0 = min(y0, y); y1 = max(y1, y)
        }
        let empty = x0 > x1
        return DataExtent(x: empty ? nil : x0...x1, y: empty ? nil : y0...y1, droppedNonPositive: dropped,
                          hasData: !xs.isEmpty)
    }

    func union(_ o: DataExtent) -> DataExtent {
        func u(_ a: ClosedRange<Double>?, _ b: ClosedRange<Double>?) -> ClosedRange<Double>? {
            guard let a else { return b }
            guard let b else { return a }
            return min(a.lowerBound, b.lowerBound)...max(a.upperBound, b.upperBound)
        }
        return DataExtent(x: u(x, o.x), y: u(y, o.y), droppedNonPositive: droppedNonPositive + o.droppedNonPositive,
                          tight: tight || o.tight, hasData: hasData || o.hasData)
    }
}

/// What a mark needs to draw: the canvas, the plot area and the data-to-canvas mapping.
public struct MarkContext {
    public let canvas: Canvas
    /// Sets text with `$...$` maths on `canvas` (annotations).
    let typesetter: MathTypesetter
    public let plotArea: Rect
    public let xScale: Scale
    public let yScale: Scale
    public let xLimits: ClosedRange<Double>
    public let yLimits: ClosedRange<Double>
    public let style: FigureStyle
    /// The colour the axes assigned to this mark (used when the mark has none of its own).
    public var seriesColor: Color = Palette.blue
    private let tx0: Double, tx1: Double, ty0: Double, ty1: Double

    init(canvas: Canvas, typesetter: MathTypesetter, plotArea: Rect, xScale: Scale, yScale: Scale,
         xLimits: ClosedRange<Double>, yLimits: ClosedRange<Double>, style: FigureStyle) {
        self.canvas = canvas; self.typesetter = typesetter; self.plotArea = plotArea; self.xScale = xScale; self.yScale = yScale
        self.xLimits = xLimits; self.yLimits = yLimits; self.style = style
        tx0 = xScale.forward(xLimits.lowerBound); tx1 = xScale.forward(xLimits.upperBound)
        ty0 = yScale.forward(yLimits.lowerBound); ty1 = yScale.forward(yLimits.upperBound)
    }

    /// Canvas x of data x (no check).
    @inline(__always) public func px(_ x: Double) -> Double {
        plotArea.minX + (xScale.forward(x) - tx0) / (tx1 - tx0) * plotArea.width
    }
    /// Canvas y of data y (no check).
    @inline(__always) public func py(_ y: Double) -> Double {
        plotArea.maxY - (yScale.forward(y) - ty0) / (ty1 - ty0) * plotArea.height
    }
    /// Canvas point of a data point, or nil if the scales cannot show it.
    @inline(__always) public func point(_ x: Double, _ y: Double) -> Point? {
        guard xScale.accepts(x), yScale.accepts(y) else { return nil }
        return Point(px(x), py(y))
    }
    /// Data x of a canvas x.
    public func dataX(_ px: Double) -> Double {
        xScale.inverse(tx0 + (px - plotArea.minX) / plotArea.width * (tx1 - tx0))
    }
    public func dataY(_ py: Double) -> Double {
        yScale.inverse(ty0 + (plotArea.maxY - py) / plotArea.height * (ty1 - ty0))
    }
}

/// Shapes for point markers.
public enum MarkerShape: Hashable, Sendable {
    case circle, square, triangle, diamond, cross, plus
    /// A triangle pointing down, its tip `size` * 0.575 below the centre: the open end of an
    /// error bar that continues below the axes.
    case arrowDown

    /// The outline of the marker centred at `c` with diameter `size`.
    func path(at c: Point, size: Double) -> Path {
        let r = size / 2
        switch self {
        case .circle: return Path(circleAt: c, radius: r)
        case .square: return Path(rect: Rect(x: c.x - r * 0.9, y: c.y - r * 0.9, width: 1.8 * r, height: 1.8 * r))
        case .triangle:
            return Path(polyline: [Point(c.x, c.y - 1.15 * r), Point(c.x + r, c.y + 0.6 * r), Point(c.x - r, c.y + 0.6 * r)], closed: true)
        case .diamond:
            return Path(polyline: [Point(c.x, c.y - 1.2 * r), Point(c.x + r, c.y), Point(c.x, c.y + 1.2 * r), Point(c.x - r, c.y)], closed: true)
        case .arrowDown:
            return Path(polyline: [Point(c.x - r, c.y - 0.6 * r), Point(c.x + r, c.y - 0.6 * r), Point(c.x, c.y + 1.15 * r)], closed: true)
        case .cross:
            var p = Path()
            p.move(to: Point(c.x - r, c.y - r)); p.line(to: Point(c.x + r, c.y + r))
            p.move(to: Point(c.x - r, c.y + r)); p.line(to: Point(c.x + r, c.y - r))
            return p
        case .plus:
            var p = Path()
            p.move(to: Point(c.x - r, c.y)); p.line(to: Point(c.x + r, c.y))
            p.move(to: Point(c.x, c.y - r)); p.line(to: Point(c.x, c.y + r))
            return p
        }
    }

    var isStrokeOnly: Bool { self == .cross || self == .plus }
}

/// Draws markers of one shape and colour at many points, in one fill and one stroke.
func drawMarkers(_ points: [Point], shape: MarkerShape, size: Double, color: Color, filled: Bool,
                 on canvas: Canvas, edgeWidth: Double = 0.8) {
    guard !points.isEmpty else { return }
    var path = Path(reservingCapacity: points.count * 6)
    for p in points { path.append(shape.path(at: p, size: size)) }
    if shape.isStrokeOnly {
        canvas.stroke(path, color: color, style: StrokeStyle(width: max(edgeWidth, size / 5)))
    } else if filled {
        canvas.fill(path, color: color)
    } else {
        canvas.fill(path, color: .white)
        canvas.stroke(path, color: color, style: StrokeStyle(width: edgeWidth))
    }
}

/// Splits indices 0..<n into runs where `valid(i)` holds (gaps at invalid points).
func validRuns(_ n: Int, _ valid: (Int) -> Bool) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    var start: Int? = nil
    for i in 0..<n {
        if valid(i) { if start == nil { start = i } } else if let s = start { runs.append(s..<i); start = nil }
    }
    if let s = start { runs.append(s..<n) }
    return runs
}

/// Named dash patterns, scaled by the line width.
public enum Dash: Hashable, Sendable {
    case solid, dashed, dotted, dashDot
    func pattern(width: Double) -> [Double] {
        let w = max(width, 0.5)
        switch self {
        case .solid: return []
        case .dashed: return [3.7 * w, 1.6 * w]
        case .dotted: return [1 * w, 1.65 * w]
        case .dashDot: return [6.4 * w, 1.6 * w, 1 * w, 1.6 * w]
        }
    }
}
