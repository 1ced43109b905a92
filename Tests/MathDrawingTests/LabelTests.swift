import Graphics
import MathLayout
import Testing
@testable import MathDrawing

/// A canvas that records the texts drawn (with their anchor points) and measures with Pango.
private final class RecordingCanvas: Canvas {
    let size = Size(200, 100)
    private let measurer = Render.measuringCanvas(width: 200, height: 100)
    var texts: [(text: Text, point: Point)] = []
    var fills = 0
    var rotations: [Double] = []
    func fill(_ path: Path, color: Color) { fills += 1 }
    func stroke(_ path: Path, color: Color, style: StrokeStyle) {}
    func clipped(to path: Path, _ body: () -> Void) { body() }
    func draw(_ text: Text, at point: Point, anchor: TextAnchor, rotation: Double) { texts.append((text, point)) }
    func measure(_ text: Text) -> TextExtents { measurer.measure(text) }
    func inkExtents(_ text: Text) -> InkExtents { measurer.inkExtents(text) }
    func draw(_ image: RGBAImage, in rect: Rect, smooth: Bool) {}
    func transformed(origin: Point, rotation: Double, scaleX: Double, scaleY: Double, _ body: () -> Void) {
        rotations.append(rotation)
        body()
    }
}

@Suite struct LabelTests {
    static let font = TextStyle(family: "TeX Gyre Heros, DejaVu Sans", size: 8)
    private let canvas = RecordingCanvas()
    private var typesetter: MathTypesetter { MathTypesetter(canvas: canvas, family: Self.font.family) }

    private func box(_ source: String, font: TextStyle = LabelTests.font) -> LabelBox {
        typesetter.layout(MathLabel(source), font: font)
    }

    /// The texts of the glyph runs a label's formulas are drawn with.
    private func glyphs(_ source: String) -> [String] {
        box(source).pieces.flatMap { piece -> [String] in
            if case .formula(let box, _) = piece { return box.glyphs.map(\.text) }
            return []
        }
    }

    @Test func measurementIsPositiveAndGrowsWithContent() {
        let short = box("$x$"), longer = box("$x + y$"), text = box("$x + y$ in mV")
        #expect(short.width > 0 && short.ascent > 0 && short.descent > 0)
        #expect(longer.width > short.width)
        #expect(text.width > longer.width)
        // A superscript reaches higher than the font's line only when it has to; the label
        // keeps at least the height of plain text.
        let plain = box("rate")
        #expect(box("rate $\\eta$").height >= plain.height)
        #expect(abs(box("$\\eta$").ascent - plain.ascent) < 1e-9)
        #expect(box("$10^{-3}$").width > box("$10$").width)
    }

    @Test func extentsDoNotDependOnTheCanvasScale() throws {
        let expected = box("$x$")
        _ = try Render.png(width: 20, height: 20, scale: 2) { canvas in
            let scaled = MathTypesetter(canvas: canvas, family: Self.font.family).layout(MathLabel("$x$"), font: Self.font)
            #expect(scaled.ascent == expected.ascent && scaled.descent == expected.descent)
        }
    }

    @Test func symbolsAreMathLayoutsOwn() {
        let commands = ["epsilon", "phi", "cdot", "perp", "mid"]
        let laidOut = glyphs(commands.map { "$a\\\($0) b$" }.joined(separator: " "))
            .filter { !["a", "b"].contains($0) }
        // What MathLayout's parser makes of each command alone: the same characters.
        let table = commands.map { name -> String in
            guard case .row(let nodes) = MathParser.parse("\\" + name).root, nodes.count == 1 else { return "?" }
            switch nodes[0] {
            case .identifier(let text, _), .symbol(let text, _): return text
            default: return "?"
            }
        }
        #expect(laidOut == table)
        #expect(laidOut == ["ϵ", "ϕ", "⋅", "⟂", "∣"])
    }

    @Test func unknownCommandIsADiagnosticAndDrawnAsAnError() {
        let label = MathLabel("loss $\\nosuch x$")
        #expect(label.diagnostics == [MathDiagnostic(offset: 6, message: "unknown command \\nosuch")])
        let laidOut = typesetter.layout(label, font: Self.font)
        guard case .formula(let formula, _)? = laidOut.pieces.last else {
            Issue.record("no formula")
            return
        }
        #expect(formula.glyphs.contains { $0.isError && $0.text == "\\nosuch" })
        // Offsets count from the start of the label: the '{' left open and the '\\frac'.
        let open = MathLabel("$\\frac{a$")
        #expect(open.diagnostics.map { Array(open.source)[$0.offset] }.sorted() == ["\\", "{"])
        #expect(MathLabel("cost $x").diagnostics.map(\.message) == ["'$' without a closing '$'; the rest is shown as text"])
        #expect(MathLabel("cost $x").plainText == "cost $x")
    }

    @Test func escapedDollarIsLiteral() {
        let label = MathLabel("cost in \\$ ($\\$x$)")
        #expect(label.diagnostics.isEmpty)
        #expect(label.plainText == "cost in $ ($x)")
        #expect(label.segments.count == 3)
    }

    @Test func plainText() {
        #expect(MathLabel("$w^*$").plainText == "w^∗")
        #expect(MathLabel("learning rate $\\eta$").plainText == "learning rate η")
        #expect(MathLabel("$10^{-3}$").plainText == "10^(−3)")
        #expect(MathLabel("$W_{\\mathrm{rec}}$").plainText == "W_rec")
        #expect(MathLabel("$\\dot x_1$").plainText == "ẋ_1")
        #expect(MathLabel("$a=-b \\cdot c$").plainText == "a = −b ⋅ c")
        #expect(MathLabel("cost & <b>").plainText == "cost & <b>")
    }

    @Test func textAndMathShareTheBaseline() {
        let label = box("rate $\\eta_0$ (log)")
        typesetter.draw(label, at: Point(10, 50), anchor: TextAnchor(.left, .top))
        let baseline = 50 + label.ascent
        let rate = canvas.texts.first { $0.text.markup == "rate " }
        let eta = canvas.texts.first { $0.text.markup == "η" }
        let zero = canvas.texts.first { $0.text.markup == "0" }
        #expect(rate?.point == Point(10, baseline))
        #expect(eta?.point.y == baseline)
        #expect(zero.map { $0.point.y > baseline } == true)
        #expect(canvas.texts.last?.point.y == baseline)
        #expect(eta?.text.style.italic == true && eta?.text.style.family == Self.font.family)
        #expect(canvas.rotations.isEmpty)
        typesetter.draw(label, at: Point(10, 50), anchor: TextAnchor(.center, .bottom), rotation: .pi / 2)
        #expect(canvas.rotations == [.pi / 2])
    }

    @Test func boldLabelsHaveBoldFormulas() {
        var bold = Self.font
        bold.bold = true
        let styles = box("$x + 1$", font: bold).pieces.flatMap { piece -> [MathGlyphStyle] in
            if case .formula(let box, _) = piece { return box.glyphs.map(\.style) }
            return []
        }
        #expect(styles == [.boldItalic, .bold, .bold])
        #expect(box("$x + 1$", font: bold).width > box("$x + 1$").width)
    }
}
