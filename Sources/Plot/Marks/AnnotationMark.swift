import Foundation
import Graphics
import MathDrawing

/// Text at a data point, optionally with an arrow from the text to another data point.
/// The text may contain $maths$.
public struct AnnotationMark: Mark {
    public var text: String
    public var at: (x: Double, y: Double)
    /// The data point the arrow points at (nil: text only).
    public var arrowTo: (x: Double, y: Double)?
    public var anchor: TextAnchor
    public var color: Color
    public var size: Double?

    public init(_ text: String, at: (x: Double, y: Double), arrowTo: (x: Double, y: Double)? = nil,
                anchor: TextAnchor = TextAnchor(.center, .center), color: Color = Color.gray(0.1), size: Double? = nil) {
        self.text = text; self.at = at; self.arrowTo = arrowTo; self.anchor = anchor; self.color = color; self.size = size
    }

    public var kind: String { arrowTo == nil ? "text" : "arrow" }
    public var texts: [String] { [text] }
    public func extent(x sx: Scale, y sy: Scale) -> DataExtent { DataExtent(hasData: false) }

    public func draw(in ctx: MarkContext) {
        guard let p = ctx.point(at.x, at.y) else { return }
        let s = size ?? ctx.style.labelSize
        let e = ctx.typesetter.layout(ctx.style.label(text), font: ctx.style.text(s, color: color))
        if let to = arrowTo, let q = ctx.point(to.x, to.y) {
            // Start the arrow at the edge of the text box, end it just short of the target.
            let dx = q.x - p.x, dy = q.y - p.y
            let l = (dx * dx + dy * dy).squareRoot()
            if l > 1 {
                let ux = dx / l, uy = dy / l
                let tx = abs(ux) > 1e-9 ? (e.width / 2 + 2) / abs(ux) : .infinity
                let ty = abs(uy) > 1e-9 ? (e.height / 2 + 1) / abs(uy) : .infinity
                let start = min(tx, ty)
                let end = l - 2
                if end > start + 3 {
                    let a = Point(p.x + ux * start, p.y + uy * start), b = Point(p.x + ux * end, p.y + uy * end)
                    let head = 5.0
                    let base = Point(b.x - ux * head, b.y - uy * head)
                    var shaft = Path(); shaft.move(to: a); shaft.line(to: base)
                    ctx.canvas.stroke(shaft, color: color, style: StrokeStyle(width: 0.8))
                    var tri = Path()
                    tri.move(to: b)
                    tri.line(to: Point(base.x - uy * head * 0.4, base.y + ux * head * 0.4))
                    tri.line(to: Point(base.x + uy * head * 0.4, base.y - ux * head * 0.4))
                    tri.close()
                    ctx.canvas.fill(tri, color: color)
                }
            }
            ctx.typesetter.draw(e, at: p, anchor: TextAnchor(.center, .center))
        } else {
            ctx.typesetter.draw(e, at: p, anchor: anchor)
        }
    }
}
