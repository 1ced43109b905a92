import Graphics
import MathLayout

/// Lays out formulas with MathLayout's box layout, measuring glyphs on a canvas in one
/// font family, and draws the boxes there: glyph runs as text (stretched where the layout
/// says so), rules as rectangles, each in its own colour if it has one, unsupported
/// commands in the error colour. The PDF's
/// formulas and the figures' labels are both set by it.
public final class MathTypesetter {
    let canvas: Canvas
    private let family: String
    private let errorColor: Color
    private let minimumSize: Double
    private var engines: [Bool: MathLayoutEngine] = [:]

    /// A typesetter drawing on `canvas` in `family` (an exact family list, as in `TextStyle`);
    /// scripts shrink to no less than `minimumSize` points (figures keep them legible).
    public init(canvas: Canvas, family: String, errorColor: Color = Color(hex: 0xB42318), minimumSize: Double = 0) {
        self.canvas = canvas
        self.minimumSize = minimumSize
        self.family = family
        self.errorColor = errorColor
    }

    /// Lays out `formula` at font size `size`, in display or inline style; `bold` sets
    /// every glyph bold (a formula in a bold title).
    public func layout(_ formula: ParsedFormula, display: Bool, size: Double, bold: Bool = false) -> MathBox {
        let font = MathFont(family: family, bold: bold)
        var box = engine(font).layout(formula, display: display, size: size)
        if bold {
            for index in box.glyphs.indices { box.glyphs[index].style = font.glyphStyle(box.glyphs[index].style) }
        }
        return box
    }

    /// `formula` in display style at `size` set on several lines (`FormulaLineBreaking`),
    /// each at most `width` points wide; nil when it has nowhere to break or already fits.
    public func brokenDisplay(_ formula: ParsedFormula, width: Double, size: Double) -> ParsedFormula? {
        let metrics = CanvasMathMetrics(canvas: canvas, font: MathFont(family: family, bold: false))
        guard let root = FormulaLineBreaking(metrics: metrics, maxWidth: width / size).broken(formula.root) else { return nil }
        var broken = formula
        broken.root = root
        return broken
    }

    private func engine(_ font: MathFont) -> MathLayoutEngine {
        if let known = engines[font.bold] { return known }
        let engine = MathLayoutEngine(metrics: CanvasMathMetrics(canvas: canvas, font: font), minimumSize: minimumSize)
        engines[font.bold] = engine
        return engine
    }

    /// Draws `box` with the left end of its baseline at `origin`, in `color`.
    public func draw(_ box: MathBox, at origin: Point, color: Color = .black) {
        let font = MathFont(family: family, bold: false)
        for rule in box.rules {
            let rect = Path(rect: Rect(x: origin.x + rule.x, y: origin.y - rule.y - rule.height,
                                      width: rule.width, height: rule.height))
            canvas.fill(rect, color: rule.color.map { Color(hex: $0.rgb) } ?? color)
        }
        for shape in box.shapes {
            canvas.fill(Self.path(shape, at: origin), color: shape.color.map { Color(hex: $0.rgb) } ?? color)
        }
        for run in box.glyphs {
            let runColor = run.isError ? errorColor : run.color.map { Color(hex: $0.rgb) } ?? color
            let text = Text(plain: run.text, style: font.textStyle(run.style, size: run.size, color: runColor))
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

    /// `shape` on the y-down canvas with the box's baseline origin at `origin`.
    private static func path(_ shape: MathShape, at origin: Point) -> Path {
        var path = Path()
        for element in shape.elements {
            switch element {
            case let .move(x, y): path.move(to: Point(origin.x + x, origin.y - y))
            case let .line(x, y): path.line(to: Point(origin.x + x, origin.y - y))
            case let .curve(x1, y1, x2, y2, x, y):
                path.curve(to: Point(origin.x + x, origin.y - y), control1: Point(origin.x + x1, origin.y - y1),
                           control2: Point(origin.x + x2, origin.y - y2))
            case .close: path.close()
            }
        }
        return path
    }
}
