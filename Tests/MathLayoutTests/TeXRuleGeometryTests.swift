import MathLayout
import Testing

/// Script shifts, fraction and binomial shifts, limits, big operator heights and matrix
/// rows against the rules of the TeXbook's Appendix G, each value worked out here from
/// the rule and the cmsy10/cmex10 parameters with the fixed-width test metrics: letters
/// 0.7 em high (so the x-height is 0.7 em) and 0.2 em deep, half an em wide, the axis at
/// 0.25 em, the default rule 0.04 em, scripts at 70 %.
struct TeXRuleGeometryTests {
    private let engine = MathLayoutEngine(metrics: FixedWidthMetrics())
    private let size = 10.0
    private var script: Double { 0.7 * size }
    private var xHeight: Double { 0.7 * size }
    private var rule: Double { 0.04 * size }

    private func layout(_ tex: String, display: Bool = false) -> MathBox {
        engine.layout(MathParser.parse(tex), display: display, size: size)
    }

    private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }

    // Rule 18a/b: a character's subscript goes down sub1 = 0.15 em, however deep the
    // letter is; a group's hangs sub_drop (0.05 of the script size) below its bottom.
    @Test func subscriptOfALetterDoesNotFollowItsDepth() throws {
        let y = try #require(layout("y_i").run("i")), x = try #require(layout("x_i").run("i"))
        #expect(close(y.y, -0.15 * size) && close(x.y, y.y))
        let group = try #require(layout("{xy}_i").run("i"))
        #expect(close(group.y, -(0.2 * size + 0.05 * script)))
    }

    // Rule 18c: a letter's superscript goes up sup2 (text) or sup1 (display), unless its
    // depth plus a quarter of the x-height is more; in cramped styles (a radicand, a
    // denominator) the least is sup3, so here depth + x-height/4 wins.
    @Test func superscriptShiftsByStyleAndCrampedness() throws {
        let depthRule = 0.2 * script + xHeight / 4
        #expect(close(try #require(layout("x^2").run("2")).y, max(0.362892 * size, depthRule)))
        #expect(close(try #require(layout("x^2", display: true).run("2")).y, max(0.412892 * size, depthRule)))
        let radicand = layout("\\sqrt{x^2}")
        let base = try #require(radicand.run("x")), square = try #require(radicand.run("2"))
        #expect(close(square.y - base.y, max(0.288889 * size, depthRule)))
        let denominator = layout("\\frac{1}{x^2}", display: true)
        let denominatorBase = try #require(denominator.run("x"))
        let denominatorSquare = try #require(denominator.run("2"))
        #expect(close(denominatorSquare.y - denominatorBase.y, max(0.288889 * size, depthRule)))
        let numerator = layout("\\frac{x^2}{1}", display: true)
        let numeratorSquare = try #require(numerator.run("2")), numeratorBase = try #require(numerator.run("x"))
        #expect(close(numeratorSquare.y - numeratorBase.y, max(0.362892 * size, depthRule)), "numerators are not cramped")
    }

    // Rule 18d/e: with both scripts the subscript goes down at least sub2; if the scripts
    // come closer than 4 rule thicknesses the subscript moves down to make the gap 4θ,
    // then both move up until the superscript's bottom is 4/5 of the x-height up.
    @Test func bothScriptsKeepTheirGapAndLiftTogether() throws {
        let box = layout("x_i^2")
        let sub = try #require(box.run("i")), sup = try #require(box.run("2"))
        var up = max(0.362892 * size, 0.2 * script + xHeight / 4)
        var down = 0.247217 * size
        let scriptHeight = 0.7 * script, scriptDepth = 0.2 * script
        if (up - scriptDepth) - (scriptHeight - down) < 4 * rule {
            down = 4 * rule - (up - scriptDepth) + scriptHeight
            let lift = 0.8 * xHeight - (up - scriptDepth)
            if lift > 0 { up += lift; down -= lift }
        }
        #expect(close(sup.y, up) && close(sub.y, -down))
        #expect(close((sup.y - scriptDepth) - (sub.y + scriptHeight), 4 * rule))
    }

    // Rule 17/18: a superscript starts after the italic correction of a slanted letter,
    // the subscript right after its advance.
    @Test func superscriptClearsTheItalicCorrection() throws {
        let correction = FixedWidthMetrics.italicCorrectionOfF * size
        #expect(close(try #require(layout("f^2").run("2")).x, 0.5 * size + correction))
        let both = layout("f_i^2")
        #expect(close(try #require(both.run("i")).x, 0.5 * size))
        #expect(close(try #require(both.run("2")).x, 0.5 * size + correction))
        #expect(close(try #require(layout("x^2").run("2")).x, 0.5 * size), "no correction for an upright x")
    }

    // Rule 15e: a fraction is an inner atom, a thin space (3mu) from an ordinary atom in
    // text and display style, none in scripts.
    @Test func fractionIsSpacedAsAnInnerAtom() {
        let fraction = 0.5 * script + 2 * 0.12 * size
        #expect(close(layout("a\\frac{b}{c}").width, 0.5 * size + size / 6 + fraction))
        #expect(close(layout("\\frac{b}{c}a").width, fraction + size / 6 + 0.5 * size))
        let inScript = layout("x^{a\\frac{b}{c}}").width
        #expect(close(inScript, 0.5 * size + 0.5 * script + (0.5 * 0.5 * size + 2 * 0.12 * script) + 0.05 * size))
    }

    // Rule 15b/c: a text-style binomial's parts shift by num3 and denom2 (the gap of at
    // least 3θ is already there), display ones by num1 and denom1; its delimiters are
    // delim2 = 1.01 em and delim1 = 2.39 em tall (rule 15e).
    @Test func binomialShiftsAndDelimiters() throws {
        let text = layout("\\binom{a}{b}")
        let a = try #require(text.run("a")), b = try #require(text.run("b"))
        #expect((0.443731 * size - 0.2 * script) - (0.7 * script - 0.344841 * size) >= 3 * rule)
        #expect(close(a.y, 0.443731 * size) && close(b.y, -0.344841 * size))
        let open = try #require(text.run("("))
        let reach = max(0.443731 * size + 0.7 * script - 0.25 * size, 0.344841 * size + 0.2 * script + 0.25 * size)
        #expect(close(open.top - open.bottom, max(1.01 * size, 2 * reach)), "delim2, or the parts if taller")
        let display = layout("\\binom{a}{b}", display: true)
        let displayOpen = try #require(display.run("("))
        #expect(close(try #require(display.run("a")).y, 0.676508 * size))
        #expect(close(try #require(display.run("b")).y, -0.685951 * size))
        #expect(close(displayOpen.top - displayOpen.bottom, 2.39 * size))
    }

    // Rule 15c: without a bar, parts closer than 7θ (display) move apart by half the
    // shortfall each.
    @Test func barlessFractionSplitsTheShortfall() throws {
        let box = layout("\\genfrac{}{}{0pt}{0}{x_{i_j}}{\\frac{a}{b}}", display: true)
        let numerator = try #require(box.run("x"))
        let numeratorDepth = layout("x_{i_j}").descent
        let denominator = layout("\\frac{a}{b}")
        let gap = (0.676508 * size - numeratorDepth) - (denominator.ascent - 0.685951 * size)
        let extra = (7 * rule - gap) / 2
        #expect(extra > 0, "the example must fall short")
        #expect(close(numerator.y, 0.676508 * size + extra))
        let denominatorShift = box.descent - denominator.descent
        #expect(close(denominatorShift, 0.685951 * size + extra))
        #expect(close((numerator.y - numeratorDepth) - (denominator.ascent - denominatorShift), 7 * rule))
    }

    // Rule 13a: the upper limit's baseline at least ξ11 = 0.2 em above the operator and its
    // bottom ξ9 = 0.111 em clear; the lower limit's top at least ξ12 = 0.6 em below, ξ10 =
    // 0.167 em clear; ξ13 = 0.1 em beyond both.
    @Test func limitsFollowTheExtensionFontSpacing() throws {
        let box = layout("\\sum_{k}^{T}", display: true)
        let sum = try #require(box.run("∑")), over = try #require(box.run("T")), under = try #require(box.run("k"))
        let overGap = max(0.111112 * size, 0.2 * size - 0.2 * script)
        #expect(close(over.bottom - sum.top, overGap))
        let underGap = max(0.166667 * size, 0.6 * size - 0.7 * script)
        #expect(close(sum.bottom - under.top, underGap))
        #expect(close(box.ascent, over.top + 0.1 * size) && close(box.descent, -under.bottom + 0.1 * size))
        #expect(under.size == script)
    }

    // Big operators take the height of cmex10's glyphs: sums 1.4 em (display) and 1 em,
    // integrals 2.222 em and 1.111 em, centred on the axis.
    @Test func bigOperatorsHaveTeXsHeights() throws {
        for (tex, display, height) in [("\\sum", true, 1.4), ("\\sum", false, 1.0), ("\\int", true, 2.222), ("\\int", false, 1.111)] {
            let run = try #require(layout(tex, display: display).run(tex == "\\sum" ? "∑" : "∫"))
            #expect(close(run.top - run.bottom, height * size), "\(tex) display \(display)")
            #expect(close((run.top + run.bottom) / 2, 0.25 * size), "\(tex) on the axis")
        }
    }

    // LaTeX's array rows stand on a strut of 0.7 and 0.3 of a 1.2 em baseline skip and
    // touch; `cases` stretches it by 1.2; aligned rows add \jot = 0.3 em.
    @Test func tableRowsAreOneBaselineSkipApart() throws {
        for (tex, distance) in [("\\begin{matrix} a \\\\ b \\end{matrix}", 1.2), ("\\begin{cases} a \\\\ b \\end{cases}", 1.44),
                                ("\\begin{aligned} a \\\\ b \\end{aligned}", 1.5)] {
            let box = layout(tex)
            let a = try #require(box.run("a")), b = try #require(box.run("b"))
            #expect(close(a.y - b.y, distance * size), "\(tex)")
        }
    }

    // Rule 11 and `\root`: a sign taller than needed shares the excess above and below
    // the radicand; the index sits 5mu in, the sign 10mu back under the index's end.
    @Test func rootIndexPlacement() throws {
        let box = layout("\\sqrt[3]{x}")
        let index = try #require(box.run("3")), sign = try #require(box.run("√"))
        let mu = size / 18, indexWidth = 0.5 * 0.5 * size
        let shift = max(0, 5 * mu - indexWidth)
        #expect(close(index.x, shift + 5 * mu))
        #expect(close(sign.x, shift + indexWidth - 5 * mu))
    }
}
