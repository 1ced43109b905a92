import Graphics
import MathLayout

/// Measures formula glyphs with Pango in the fonts the PDF draws them with (cached: a
/// book measures the same few glyphs thousands of times).
final class PangoMathMetrics: MathFontMetrics {
    private let canvas: CairoCanvas
    private var cache: [MeasureKey: GlyphMetrics] = [:]

    private struct MeasureKey: Hashable {
        let text: String
        let style: MathGlyphStyle
        let size: Double
    }

    init(canvas: CairoCanvas) {
        self.canvas = canvas
    }

    func measure(_ text: String, style: MathGlyphStyle, size: Double) -> GlyphMetrics {
        let key = MeasureKey(text: text, style: style, size: size)
        if let known = cache[key] { return known }
        let ink = canvas.inkExtents(Text(plain: text, style: Self.textStyle(style, size: size, error: false)))
        let metrics = GlyphMetrics(width: ink.width, ascent: ink.ascent, descent: ink.descent)
        cache[key] = metrics
        return metrics
    }

    /// The minus sign's centre: the math axis of the text font.
    func axisHeight(size: Double) -> Double {
        let minus = measure("\u{2212}", style: .upright, size: size)
        return (minus.ascent - minus.descent) / 2
    }

    static func textStyle(_ style: MathGlyphStyle, size: Double, error: Bool) -> TextStyle {
        TextStyle(family: PDFStyle.math, size: size, bold: style == .bold || style == .boldItalic,
                  italic: style == .italic || style == .boldItalic, color: error ? PDFStyle.bad : .black)
    }
}

/// Lays out formulas with MathLayout's box layout and draws the boxes on the page:
/// glyph runs as Pango text (stretched where the layout says so), rules as rectangles,
/// unsupported commands in red.
final class FormulaDrawing {
    private let engine: MathLayoutEngine
    private let canvas: CairoCanvas

    init(canvas: CairoCanvas) {
        self.canvas = canvas
        engine = MathLayoutEngine(metrics: PangoMathMetrics(canvas: canvas))
    }

    func layout(_ tex: String, display: Bool, size: Double) -> MathBox {
        engine.layout(MathParser.parse(tex), display: display, size: size)
    }

    /// Draws `box` with the left end of its baseline at `origin`.
    func draw(_ box: MathBox, at origin: Point) {
        for rule in box.rules {
            let rect = Path(rect: Rect(x: origin.x + rule.x, y: origin.y - rule.y - rule.height,
                                      width: rule.width, height: rule.height))
            canvas.fill(rect, color: .black)
        }
        for run in box.glyphs {
            let text = Text(plain: run.text, style: PangoMathMetrics.textStyle(run.style, size: run.size, error: run.isError))
            let point = Point(origin.x + run.x, origin.y - run.y)
            if run.scaleX == 1 && run.scaleY == 1 {
                canvas.draw(text, at: point, anchor: TextAnchor(.left, .baseline))
            } else {
                canvas.transformed(origin: point, rotation: 0, scaleX: run.scaleX, scaleY: run.scaleY) {
                    canvas.draw(text, at: Point(0, 0), anchor: TextAnchor(.left, .baseline))
                }
            }
        }
    }
}
