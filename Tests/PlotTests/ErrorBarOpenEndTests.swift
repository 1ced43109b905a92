import Graphics
import Testing
@testable import Plot

/// On a log axis an error bar whose lower end is not positive runs to the bottom of the axes
/// and ends in an arrowhead there (not a cap), so it does not read as a bar that ends at the axis.
struct ErrorBarOpenEndTests {
    static let color = Color(red: 0.8, green: 0.1, blue: 0.3)

    /// The points of a path's moves and lines.
    static func points(_ path: Path) -> [Point] {
        path.elements.compactMap { element in
            switch element {
            case let .move(p), let .line(p): return p
            default: return nil
            }
        }
    }

    @Test func aNonPositiveLowerEndEndsInAnArrowheadAtTheBottom() throws {
        // Point 1: 1 - 0.5 > 0, a closed bar; point 2: 1 - 2 < 0, an open one.
        let bars = ErrorBarMark(x: [1, 2], y: [1, 1], lowerError: [0.5, 2], upperError: [0.5, 0.5], color: Self.color, marker: nil)
        let figure = Figure(Axes(yScale: .log, xLimits: 0...3, marks: [bars, LineMark(x: [1, 2], y: [0.01, 10])]))
        let area = figure.scene().panels[0].plotArea
        let canvas = RecordingCanvas(Size(figure.width.points, figure.height.points))
        figure.draw(on: canvas)
        let heads = canvas.fills.filter { $0.1 == Self.color }.map { Self.points($0.0) }
        #expect(heads.count == 1, "one arrowhead, for the open bar only")
        let head = try #require(heads.first)
        #expect(head.count == 3)
        let tip = try #require(head.max { $0.y < $1.y })
        #expect(abs(tip.y - area.maxY) < 1e-9, "the tip touches the bottom of the axes")
        // The tip is under the open bar (x = 2), right of the closed one (x = 1).
        let xOf = { (x: Double) in area.minX + x / 3 * area.width }
        #expect(abs(tip.x - xOf(2)) < 1e-6)
        // Caps: two for the closed bar, one (the top) for the open bar.
        let strokes = canvas.strokes.filter { $0.color == Self.color }
        #expect(strokes.count == 1)
        let caps = Self.points(try #require(strokes.first).path).count / 2 - 2
        #expect(caps == 3)
    }
}
