import TestSupport
import Graphics

/// A Canvas that records what is drawn (a test double); text is measured by Pango.
final class RecordingCanvas: Canvas {
    struct Stroke { var path: Path; var color: Color }
    let size: Size
    private let measurer: Canvas
    var strokes: [Stroke] = []
    var fills: [(Path, Color)] = []
    var texts: [Text] = []
    var images = 0
    init(_ size: Size) { self.size = size; measurer = Render.measuringCanvas(width: size.width, height: size.height) }
    func fill(_ path: Path, color: Color) { fills.append((path, color)) }
    func stroke(_ path: Path, color: Color, style: StrokeStyle) { strokes.append(Stroke(path: path, color: color)) }
    func clipped(to path: Path, _ body: () -> Void) { body() }
    func draw(_ text: Text, at point: Point, anchor: TextAnchor, rotation: Double) { texts.append(text) }
    func measure(_ text: Text) -> TextExtents { measurer.measure(text) }
    func inkExtents(_ text: Text) -> InkExtents { measurer.inkExtents(text) }
    func draw(_ image: RGBAImage, in rect: Rect, smooth: Bool) { images += 1 }
    func transformed(origin: Point, rotation: Double, scaleX: Double, scaleY: Double, _ body: () -> Void) { body() }
}

extension Path {
    var moveCount: Int { elements.filter { if case .move = $0 { return true } else { return false } }.count }
}
