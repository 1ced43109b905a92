import MathLayout
import Testing

/// Numbered rows come out beside their rows in MathML and as row baselines in the layout;
/// braces are filled curly outlines spanning their base; book macros expand in the text of
/// a formula before it is parsed.
struct RowNumberAndBraceTests {
    private let engine = MathLayoutEngine(metrics: FixedWidthMetrics())

    @Test func alignRowsGetANumberColumnInMathML() {
        let parsed = MathParser.parse("\\begin{align} a &= b \\\\ c &= d \\notag \\\\ e \\end{align}")
        let mathML = MathMLWriter.render(parsed, display: true, rowNumbers: [
            EquationRowNumber(number: "2.1", id: "eq-a"), EquationRowNumber(), EquationRowNumber(number: "2.2"),
        ])
        #expect(mathML.contains("<mtable displaystyle=\"true\" class=\"numbered\">"))
        #expect(!mathML.contains("mlabeledtr"))
        let rows = mathML.components(separatedBy: "<mtr>").dropFirst()
        #expect(rows.count == 3)
        #expect(rows.first!.contains("<mtd id=\"eq-a\" style=\"padding: 0\"><mtext><span class=\"eqno-row\">(2.1)</span></mtext></mtd></mtr>"))
        #expect(rows.dropFirst().first!.hasSuffix("<mtd style=\"padding: 0\"></mtd></mtr>"))
        // The short last row is padded to the full width before its number.
        #expect(rows.last!.contains("<mtd></mtd><mtd style=\"padding: 0\"><mtext><span class=\"eqno-row\">(2.2)</span></mtext>"))
        // Unnumbered, the same formula has no number column.
        #expect(!MathMLWriter.render(parsed, display: true).contains("numbered"))
    }

    @Test func anEquationIsWrappedInOneNumberedRow() {
        let parsed = MathParser.parse("\\begin{equation} E = m c^2 \\end{equation}")
        #expect(parsed.rowNumbering == [EquationNumbering(automatic: true)])
        let mathML = MathMLWriter.render(parsed, display: true, rowNumbers: [EquationRowNumber(number: "1.4", id: "eq-<e>")])
        #expect(mathML.contains("<mtable class=\"numbered\"><mtr><mtd style=\"padding: 0\"><mrow><mi>E</mi>"))
        #expect(mathML.contains("id=\"eq-&lt;e&gt;\""))
        #expect(mathML.contains("<span class=\"eqno-row\">(1.4)</span>"))
    }

    @Test func layoutGivesTheBaselineOfEachNumberedRow() {
        let box = engine.layout(MathParser.parse("\\begin{gather} a \\\\ \\frac{b}{c} \\\\ d \\end{gather}"), display: true, size: 10)
        #expect(box.rowBaselines.count == 3)
        #expect(box.rowBaselines[0] > box.rowBaselines[1] && box.rowBaselines[1] > box.rowBaselines[2])
        #expect(box.rowBaselines[0] < box.ascent && -box.rowBaselines[2] < box.descent)
        #expect(engine.layout(MathParser.parse("\\begin{gathered} a \\\\ b \\end{gathered}"), display: true, size: 10).rowBaselines == [])
    }

    @Test func underAndOverBracesAreCurlyOutlinesAcrossTheBase() throws {
        let under = engine.layout(MathParser.parse("\\underbrace{a+b+c}_{n}"), display: true, size: 10)
        let shape = try #require(under.shapes.first)
        #expect(under.shapes.count == 1)
        guard case .move(let startX, _)? = shape.elements.first else {
            Issue.record("the outline does not start with a move")
            return
        }
        #expect(startX == 0)
        #expect(shape.elements.last == .close)
        #expect(shape.elements.contains { if case .curve = $0 { true } else { false } })
        let points = shape.elements.compactMap { element -> (Double, Double)? in
            switch element {
            case let .move(x, y), let .line(x, y), let .curve(_, _, _, _, x, y): (x, y)
            case .close: nil
            }
        }
        let base = try #require(under.run("a"))
        // Below the base, across its width, the label below the brace's tip.
        #expect(points.allSatisfy { $0.1 < base.bottom + 1e-9 })
        #expect(abs((points.map(\.0).max() ?? 0) - (points.map(\.0).min() ?? 0) - under.width) < 1e-9)
        let label = try #require(under.run("n"))
        #expect(label.top <= points.map(\.1).min()!)
        let over = engine.layout(MathParser.parse("\\overbrace{x y}^{k}"), display: true, size: 10)
        let overPoints = over.shapes.first?.elements.compactMap { element -> Double? in
            if case let .line(_, y) = element { return y }
            return nil
        } ?? []
        #expect(!overPoints.isEmpty && overPoints.allSatisfy { $0 > (over.run("x")?.top ?? 0) })
    }

    @Test func bookMacrosExpandInTheText() {
        let macros = MathMacros(bodies: ["\\R": "\\mathbb{R}", "norm": "\\left\\lVert #1 \\right\\rVert", "loop": "x\\loop"])
        #expect(macros.definitions["norm"]?.arguments == 1)
        #expect(macros.expand("x \\in \\R^n, \\norm{\\R v}") == "x \\in \\mathbb{R}^n, \\left\\lVert \\mathbb{R} v \\right\\rVert")
        // A formula that defines the name itself keeps its own definition.
        #expect(macros.expand("\\renewcommand{\\R}{r} \\R") == "\\renewcommand{\\R}{r} \\R")
        #expect(macros.expand("\\\\R") == "\\\\R")
        // The parser with the macros reports the recursion at the call; the expansion drops it.
        let parsed = MathParser.parse("a + \\loop", macros: macros)
        #expect(parsed.diagnostics.map(\.offset) == [4])
        #expect(parsed.diagnostics.first?.message.contains("expands into itself") == true)
        #expect(macros.expand("a + \\loop") == "a + ")
        let merged = MathMacros(bodies: ["R": "a"]).merging(MathMacros(bodies: ["R": "b", "S": "c"]))
        #expect(merged.expand("\\R\\S") == "bc")
    }
}

/// A `\left ... \right` group is an inner atom, as in TeX: a thin space from ordinary
/// neighbours and other groups, none from a delimiter beside it or in scripts.
struct InnerSpacingTests {
    private let engine = MathLayoutEngine(metrics: FixedWidthMetrics())

    @Test func fencedGroupGetsAThinSpaceFromLetters() throws {
        let box = engine.layout(MathParser.parse("E\\left[x\\right]"), display: false, size: 10)
        let e = try #require(box.run("E")), open = try #require(box.glyphs.first { $0.text == "[" })
        #expect(abs(open.x - e.right - 10.0 * 3 / 18) < 1e-9)
        let tight = engine.layout(MathParser.parse("(\\left[x\\right]"), display: false, size: 10)
        let paren = try #require(tight.run("(")), bracket = try #require(tight.glyphs.first { $0.text == "[" })
        #expect(abs(bracket.x - paren.right) < 1e-9)
        let script = engine.layout(MathParser.parse("a_{E\\left[x\\right]}"), display: false, size: 10)
        let se = try #require(script.run("E")), sopen = try #require(script.glyphs.first { $0.text == "[" })
        #expect(abs(sopen.x - se.right) < 1e-9)
    }

    @Test func mathMLPutsTheThinSpaceWhereNoOperatorDoes() {
        #expect(MathMLWriter.render(MathParser.parse("E\\left[x\\right]"), display: false)
            .contains("<mi>E</mi><mspace width=\"0.1667em\"/><mrow><mo"))
        #expect(!MathMLWriter.render(MathParser.parse("a = \\left(x\\right)"), display: false).contains("mspace"))
        #expect(MathMLWriter.render(MathParser.parse("\\sin\\left(x\\right)"), display: false)
            .components(separatedBy: "mspace").count == 2)
    }
}

/// TeX spaces a relation from its neighbours only: a formula that starts or ends with one
/// ("$= T - 1$" after a number in the text, "$T - 1 =$") has no space at that edge. Inside
/// an alignment's cell (`&= x`) the relation keeps its space, as amsmath gives it.
struct EdgeRelationSpacingTests {
    @Test func aRelationAtAFormulasEdgeHasNoSpaceThere() {
        func mathML(_ tex: String, display: Bool = false) -> String { MathMLWriter.render(MathParser.parse(tex), display: display) }
        #expect(mathML("= T - 1").contains("<mo lspace=\"0em\">=</mo><mi>T</mi>"))
        #expect(mathML("T - 1 =").contains("<mo rspace=\"0em\">=</mo>"))
        #expect(mathML("a = b").contains("<mi>a</mi><mo>=</mo><mi>b</mi>"))
        #expect(!mathML("\\frac{= a}{b}", display: true).contains("<mo lspace=\"0em\">="), "only the formula's own row")
        let aligned = mathML("\\begin{aligned} a &= b \\end{aligned}", display: true)
        #expect(aligned.contains("<mo>=</mo>"), "amsmath's &= keeps its space")
    }
}

/// In scripts and in the parts of a text-style fraction, operators and relations take no
/// space in MathML, as in TeX (browsers would give them their full space).
struct ScriptSpacingTests {
    @Test func operatorsInScriptsAreTight() {
        let sub = MathMLWriter.render(MathParser.parse("\\theta_{t-1} + \\sum_{i=1}^{n}"), display: true)
        #expect(sub.contains("<mi>t</mi><mo lspace=\"0em\" rspace=\"0em\">−</mo><mn>1</mn>"))
        #expect(sub.contains("<mi>i</mi><mo lspace=\"0em\" rspace=\"0em\">=</mo>"))
        #expect(sub.contains("</msub><mo>+</mo>"), "outside the script the plus keeps its space")
        #expect(MathMLWriter.render(MathParser.parse("\\frac{a+b}{2}"), display: false).contains("<mo lspace=\"0em\" rspace=\"0em\">+</mo>"))
        #expect(MathMLWriter.render(MathParser.parse("\\frac{a+b}{2}"), display: true).contains("<mi>a</mi><mo>+</mo>"))
    }
}

/// A letter's italic correction goes in before its superscript (TeX sets a subscript
/// at the letter's advance, so with both scripts only the superscript moves), and only for
/// an italic letter.
/// TeX sets no space between a large operator and a delimiter after it (`\sum_i (x_i)`);
/// before an ordinary atom the operator keeps MathML's thin space.
struct LargeOperatorSpacingTests {
    @Test func aLargeOperatorBeforeAnOpeningDelimiterHasNoRightSpace() {
        let tight = MathMLWriter.render(MathParser.parse("\\sum_i (x_i)"), display: true)
        #expect(tight.contains("<munder><mo rspace=\"0em\">∑</mo>"))
        let spaced = MathMLWriter.render(MathParser.parse("\\sum_i x_i"), display: true)
        #expect(spaced.contains("<munder><mo>∑</mo>"))
    }
}

struct MathMLItalicCorrectionTests {
    /// TeX places a single character's scripts from its baseline (TeXbook, Appendix G, rule
    /// 18a), so the base goes in without the height or depth that MathML Core would
    /// drop them from; a longer base keeps both.
    @Test func aOneCharacterBaseLendsNoHeightOrDepthToItsScripts() {
        func mathML(_ tex: String) -> String { MathMLWriter.render(MathParser.parse(tex), display: false) }
        #expect(mathML("y_i").contains("<msub><mpadded depth=\"0\"><mi>y</mi></mpadded><mi>i</mi></msub>"))
        #expect(mathML("V^2").contains("<msup><mpadded height=\"0\"><mi>V</mi></mpadded><mn>2</mn></msup>"))
        #expect(mathML("1_k").contains("<msub><mpadded depth=\"0\"><mn>1</mn></mpadded>"))
        #expect(mathML("{xy}_i").contains("<msub><mrow><mi>x</mi><mi>y</mi></mrow><mi>i</mi></msub>"))
        #expect(mathML("\\max_k").contains("<msub><mi>max</mi>"))
        #expect(MathMLWriter.render(MathParser.parse("\\sum_i"), display: true).contains("<munder><mo>∑</mo>"))
    }

    @Test func aSuperscriptAfterAnItalicLetterIsPushedByItsCorrection() {
        let corrections: [Character: Double] = ["f": 0.163]
        func mathML(_ tex: String) -> String { MathMLWriter.render(MathParser.parse(tex), display: false, italicCorrections: corrections) }
        #expect(mathML("f^{2+3}").contains("<msup><mpadded height=\"0\"><mi style=\"padding-right: 0.163em\">f</mi></mpadded><mrow><mn>2</mn>"))
        #expect(mathML("f_i^2").contains("<msubsup><mpadded height=\"0\" depth=\"0\"><mi>f</mi></mpadded><mi>i</mi><mrow><mspace width=\"0.163em\"/><mn>2</mn></mrow></msubsup>"))
        #expect(mathML("x_i^2").contains("<msubsup><mpadded height=\"0\" depth=\"0\"><mi>x</mi></mpadded><mi>i</mi><mn>2</mn></msubsup>"))
        #expect(mathML("\\mathrm{f}^2").contains("<msup><mpadded height=\"0\"><mi mathvariant=\"normal\">f</mi></mpadded>"))
        #expect(mathML("x^2").contains("<msup><mpadded height=\"0\"><mi>x</mi></mpadded>"))
        #expect(MathMLWriter.render(MathParser.parse("f^2"), display: false).contains("<msup><mpadded height=\"0\"><mi>f</mi></mpadded>"))
    }
}
