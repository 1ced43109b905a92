import Graphics

/// A canvas that passes everything on to another and notes the smallest text size drawn,
/// so a figure's scene can say how small its smallest text is.
final class TextSizeMeter: Canvas {
    let base: Canvas
    private(set) var smallest: Double?

    init(_ base: Canvas) { self.base = base }

    var size: Size { base.size }
    func fill(_ path: Path, color: Color) { base.fill(path, color: color) }
    func stroke(_ path: Path, color: Color, style: StrokeStyle) { base.stroke(path, color: color, style: style) }
    func clipped(to path: Path, _ body: () -> Void) { base.clipped(to: path, body) }
    func draw(_ text: Text, at point: Point, anchor: TextAnchor, rotation: Double) {
        smallest = min(smallest ?? .infinity, text.style.size)
        base.draw(text, at: point, anchor: anchor, rotation: rotation)
    }
    func measure(_ text: Text) -> TextExtents { base.measure(text) }
    func inkExtents(_ text: Text) -> InkExtents { base.inkExtents(text) }
    func draw(_ image: RGBAImage, in rect: Rect, smooth: Bool) { base.draw(image, in: rect, smooth: smooth) }
    func transformed(origin: Point, rotation: Double, scaleX: Double, scaleY: Double, _ body: () -> Void) {
        base.transformed(origin: origin, rotation: rotation, scaleX: scaleX, scaleY: scaleY, body)
    }
}
