import Graphics
import MathLayout

/// A label laid out on one baseline: its text runs in the label's font and its formulas as
/// MathLayout boxes (inline style, at the font's size). The box reaches at least as far
/// above and below the baseline as the font's own line, so a label with maths has the
/// height of one without.
public struct LabelBox: Sendable {
    public let width: Double
    /// Extent above the baseline.
    public let ascent: Double
    /// Extent below the baseline.
    public let descent: Double
    public var height: Double { ascent + descent }

    let pieces: [Piece]
    let color: Color

    enum Piece: Sendable {
        case text(Text, x: Double)
        case formula(MathBox, x: Double)
    }
}

extension MathTypesetter {
    /// Lays out `label` with its text in `font` and its formulas in the typesetter's family,
    /// at the size, weight and colour of `font`.
    public func layout(_ label: MathLabel, font: TextStyle) -> LabelBox {
        // The font's line, measured on a digit: Pango measures an empty layout at the wrong
        // size under a scaled CTM (PNG at 2x).
        let line = canvas.measure(Text(plain: "0", style: font))
        var x = 0.0, ascent = line.baseline, descent = line.height - line.baseline
        var pieces: [LabelBox.Piece] = []
        for segment in label.segments {
            switch segment {
            case .text(let string):
                let text = Text(plain: string, style: font)
                let extents = canvas.measure(text)
                pieces.append(.text(text, x: x))
                x += extents.width
                ascent = max(ascent, extents.baseline)
                descent = max(descent, extents.height - extents.baseline)
            case .formula(let formula):
                let box = layout(formula, display: false, size: font.size, bold: font.bold)
                pieces.append(.formula(box, x: x))
                x += box.width
                ascent = max(ascent, box.ascent)
                descent = max(descent, box.descent)
            }
        }
        return LabelBox(width: x, ascent: ascent, descent: descent, pieces: pieces, color: font.color)
    }

    /// Draws `label` so that its `anchor` lies at `point`, turned by `rotation` radians
    /// (counter-clockwise as seen by the reader) about that point.
    public func draw(_ label: LabelBox, at point: Point, anchor: TextAnchor, rotation: Double = 0) {
        let offset = anchor.topLeftOffset(width: label.width, height: label.height, baseline: label.ascent)
        let left = offset.x, baseline = offset.y + label.ascent
        func drawPieces(at origin: Point) {
            for piece in label.pieces {
                switch piece {
                case .text(let text, let x):
                    canvas.draw(text, at: Point(origin.x + x, origin.y), anchor: TextAnchor(.left, .baseline))
                case .formula(let box, let x):
                    draw(box, at: Point(origin.x + x, origin.y), color: label.color)
                }
            }
        }
        if rotation == 0 {
            drawPieces(at: Point(point.x + left, point.y + baseline))
        } else {
            canvas.transformed(origin: point, rotation: rotation, scaleX: 1, scaleY: 1) {
                drawPieces(at: Point(left, baseline))
            }
        }
    }
}
