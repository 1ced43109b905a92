import MathLayout
import Testing

/// Box geometry with fixed-width metrics: scripts, fractions, roots, limits, fences and
/// matrices sit where TeX would put them, and every box contains its drawing.
struct LayoutGeometryTests {
    private let engine = MathLayoutEngine(metrics: FixedWidthMetrics())
    private let size = 10.0

    private func layout(_ tex: String, display: Bool = false) -> MathBox {
        engine.layout(MathParser.parse(tex), display: display, size: size)
    }

    @Test func superscriptIsRaisedAndSmaller() throws {
        let box = layout("x^2")
        let base = try #require(box.run("x")), script = try #require(box.run("2"))
        #expect(base.y == 0)
        #expect(script.y > base.y)
        #expect(script.size == 0.7 * size)
        #expect(script.x >= base.right)
        #expect(box.ascent >= script.top)
    }

    @Test func subscriptIsLoweredAndClearOfSuperscript() throws {
        let box = layout("x_k^2")
        let sub = try #require(box.run("k")), sup = try #require(box.run("2"))
        #expect(sub.y < 0)
        #expect(sup.bottom - sub.top >= 0.16 * size - 1e-9)
        #expect(sub.x == sup.x)
    }

    @Test func fractionStacksNumeratorOverBarOverDenominator() throws {
        let box = layout("\\frac{a}{b}", display: true)
        let bar = try #require(box.rules.first)
        let numerator = try #require(box.run("a")), denominator = try #require(box.run("b"))
        #expect(numerator.bottom > bar.y + bar.height)
        #expect(denominator.top < bar.y)
        #expect(abs(bar.y + bar.height / 2 - 0.25 * size) < 1e-9, "bar on the math axis")
        #expect(numerator.size == size, "display fraction parts are text size")
        #expect(layout("\\frac{a}{b}").run("a")?.size == 0.7 * size, "inline parts are script size")
    }

    @Test func rootOverbarIsAboveTheRadicandAndTheSignStretches() throws {
        let box = layout("\\sqrt{x}")
        let bar = try #require(box.rules.first), radicand = try #require(box.run("x"))
        let sign = try #require(box.run("√"))
        #expect(bar.y >= radicand.top)
        #expect(bar.x >= sign.x && bar.x + bar.width >= radicand.right)
        let tall = layout("\\sqrt{\\frac{a}{b}}", display: true)
        #expect(try #require(tall.run("√")).scaleY > 1)
        let indexed = layout("\\sqrt[3]{x}")
        #expect(try #require(indexed.run("3")).size == 0.5 * size)
    }

    @Test func displayLimitsGoBelowAndAboveInlineBeside() throws {
        let display = layout("\\sum_{k}^{T}", display: true)
        let sum = try #require(display.run("∑"))
        let over = try #require(display.run("T")), under = try #require(display.run("k"))
        #expect(over.bottom > sum.top)
        #expect(under.top < sum.bottom)
        #expect(abs((over.x + over.right) / 2 - (sum.x + sum.right) / 2) < 1e-9)
        let inline = layout("\\sum_{k}^{T}")
        let inlineOver = try #require(inline.run("T")), inlineSum = try #require(inline.run("∑"))
        #expect(inlineOver.x >= inlineSum.right)
    }

    @Test func oversetAndDisplaystyleUseLimits() throws {
        let overset = layout("\\overset{!}{=}")
        let mark = try #require(overset.run("!")), relation = try #require(overset.run("="))
        #expect(mark.bottom > relation.top && mark.size == 0.7 * size)
        let forced = layout("\\displaystyle\\sum_k")
        let sum = try #require(forced.run("∑")), index = try #require(forced.run("k"))
        #expect(index.top < sum.bottom)
    }

    @Test func matrixRowsStackAndColumnsAlign() throws {
        let box = layout("\\begin{pmatrix} 1 & 2 \\\\ 333 & 4 \\end{pmatrix}")
        let one = try #require(box.run("1")), two = try #require(box.run("2"))
        let wide = try #require(box.run("333")), four = try #require(box.run("4"))
        #expect(one.y == two.y && wide.y == four.y)
        #expect(one.bottom > wide.top, "first row above the second")
        #expect(abs((one.x + one.right) / 2 - (wide.x + wide.right) / 2) < 1e-9, "centred column")
        #expect(two.x == four.x && two.x > wide.right)
        let paren = try #require(box.run("("))
        #expect(paren.scaleY > 1 && paren.top >= one.top && paren.bottom <= wide.bottom)
    }

    @Test func casesAreLeftAligned() throws {
        let box = layout("\\begin{cases} 1 & a \\\\ 22 & b \\end{cases}")
        let one = try #require(box.run("1")), two = try #require(box.run("22"))
        #expect(one.x == two.x)
    }

    @Test func fencesStretchToTheirContentAndMiddleToo() throws {
        let box = layout("\\left( \\frac{a}{b} \\middle| c \\right)", display: true)
        let open = try #require(box.run("(")), middle = try #require(box.run("|"))
        let numerator = try #require(box.run("a"))
        #expect(open.scaleY > 1 && open.top >= numerator.top)
        #expect(middle.scaleY == open.scaleY)
        #expect(try #require(layout("(x)").run("(")).scaleY == 1)
    }

    @Test func accentSitsAboveItsBase() throws {
        let box = layout("\\hat y")
        let mark = try #require(box.run("ˆ")), base = try #require(box.run("y"))
        #expect(mark.bottom > base.top)
        let wide = try #require(layout("\\widehat{xyz}").run("ˆ"))
        #expect(wide.right - wide.x == 3 * 0.5 * size)
        let over = layout("\\overline{x}"), under = layout("\\underline{x}")
        let overBar = try #require(over.rules.first), underBar = try #require(under.rules.first)
        let overBase = try #require(over.run("x")), underBase = try #require(under.run("x"))
        #expect(overBar.y > overBase.top && overBar.width == 0.5 * size)
        #expect(underBar.y + underBar.height < underBase.bottom)
    }

    @Test func relationsAndBinariesGetTeXSpacing() {
        #expect(abs(layout("a=b").width - (1.5 + 10.0 / 18) * size) < 1e-9)
        #expect(abs(layout("a+b").width - (1.5 + 8.0 / 18) * size) < 1e-9)
        #expect(abs(layout("-b").width - 1.0 * size) < 1e-9, "unary minus has no space")
    }

    @Test func primesFollowTheBaseAtFullSize() throws {
        let box = layout("f'^2")
        let prime = try #require(box.run("′")), square = try #require(box.run("2"))
        #expect(prime.size == size && prime.y == 0)
        #expect(square.x >= prime.right && square.y > 0)
    }

    @Test func unsupportedCommandsAreMarkedAsErrors() throws {
        #expect(try #require(layout("a \\foo").run("\\foo")).isError)
    }

    @Test func boxesContainTheirDrawingForEverySpecFormula() {
        for tex in SpecFormulas.display + mathMLExamples.map(\.tex) {
            let box = layout(tex, display: true)
            for run in box.glyphs {
                #expect(run.top <= box.ascent + 1e-9 && run.bottom >= -box.descent - 1e-9,
                        "\(tex): \(run.text) outside vertically")
                #expect(run.x >= -1e-9 && run.right <= box.width + 1e-9, "\(tex): \(run.text) outside horizontally")
            }
            for rule in box.rules {
                #expect(rule.y + rule.height <= box.ascent + 1e-9 && rule.y >= -box.descent - 1e-9, "\(tex): rule")
            }
        }
    }
}
