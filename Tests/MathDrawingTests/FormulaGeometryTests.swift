import Graphics
import MathLayout
import XCTest
@testable import MathDrawing

/// Formula boxes laid out with Pango metrics in the PDF's math font.
final class FormulaGeometryTests: XCTestCase {
    static let family = "TeX Gyre Pagella,TeX Gyre Pagella Math"

    private func layout(_ tex: String, display: Bool = false) throws -> MathBox {
        let canvas = Render.measuringCanvas(width: 200, height: 200)
        return MathTypesetter(canvas: canvas, family: Self.family).layout(MathParser.parse(tex), display: display, size: 10)
    }

    func testSuperscriptSitsAboveTheBaselineAndSubscriptBelow() throws {
        let box = try layout("x^2 + y_k")
        let sup = try XCTUnwrap(box.glyphs.first { $0.text == "2" })
        let sub = try XCTUnwrap(box.glyphs.first { $0.text == "k" })
        XCTAssertGreaterThan(sup.y, 2)
        XCTAssertLessThan(sup.size, 10)
        XCTAssertLessThan(sub.y, 0)
    }

    func testFractionNumeratorAboveBarAboveDenominator() throws {
        let box = try layout("\\frac{a}{b}", display: true)
        let bar = try XCTUnwrap(box.rules.first)
        let a = try XCTUnwrap(box.glyphs.first { $0.text == "a" })
        let b = try XCTUnwrap(box.glyphs.first { $0.text == "b" })
        XCTAssertGreaterThan(a.y, bar.y + bar.height)
        XCTAssertLessThan(b.y, bar.y)
        XCTAssertGreaterThan(bar.y, 0, "the bar sits on the math axis, above the baseline")
    }

    func testUnsupportedCommandIsKeptInRed() throws {
        let box = try layout("a + \\nosuchcommand")
        XCTAssertTrue(box.glyphs.contains { $0.isError && $0.text.contains("nosuchcommand") })
    }

    func testMetricsComeFromTheFont() throws {
        let metrics = CanvasMathMetrics(canvas: Render.measuringCanvas(width: 200, height: 200),
                                        font: MathFont(family: Self.family, bold: false))
        let x = metrics.measure("x", style: .italic, size: 10)
        let g = metrics.measure("g", style: .italic, size: 10)
        XCTAssertGreaterThan(x.ascent, 3)
        XCTAssertLessThan(x.ascent, 6)
        XCTAssertGreaterThan(g.descent, 1)
        XCTAssertGreaterThan(metrics.axisHeight(size: 10), 1.5)
    }
}
