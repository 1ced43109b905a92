import MathLayout
import Testing

/// User macros expand before layout, stop with a diagnostic when they recurse, and carry
/// over from one formula to the next; rows of `align` and `gather` record their numbering.
struct MacroAndNumberingTests {
    @Test func macrosExpandWithArgumentsAndDefaults() {
        let direct = MathParser.parse("\\mathbb{E}_{x}[f] + \\left\\|v\\right\\|")
        let expanded = MathParser.parse(
            "\\newcommand{\\E}[2][x]{\\mathbb{E}_{#1}[#2]}\\def\\norm#1{\\left\\|#1\\right\\|} \\E{f} + \\norm{v}")
        #expect(expanded.diagnostics == [])
        #expect(expanded.root == direct.root)
    }

    @Test func recursiveMacroIsReportedAtItsCall() {
        let parsed = MathParser.parse("\\def\\loop{x\\loop} a + \\loop")
        #expect(parsed.diagnostics.count == 1)
        #expect(parsed.diagnostics.first?.offset == 22)
        #expect(parsed.diagnostics.first?.message.contains("expands into itself") == true)
        let doubling = MathParser.parse("\\newcommand{\\a}{\\a\\a}\\a")
        #expect(doubling.diagnostics.count >= 1)
    }

    @Test func problemsInsideAnExpansionPointAtTheCall() {
        let parsed = MathParser.parse("\\newcommand{\\bad}{\\foo} y = \\bad")
        #expect(parsed.diagnostics == [MathDiagnostic(offset: 28, message: "unknown command \\foo")])
    }

    @Test func newcommandDoesNotSilentlyReplaceABuiltIn() {
        #expect(MathParser.parse("\\newcommand{\\alpha}{a}").diagnostics.map(\.message)
            == ["\\newcommand: \\alpha is already defined; use \\renewcommand"])
        #expect(MathParser.parse("\\renewcommand{\\alpha}{a}").diagnostics == [])
    }

    @Test func macrosCarryOverAndComeFromAPreamble() {
        let preamble = MathMacros(preamble: "\\newcommand{\\R}{\\mathbb{R}} \\DeclareMathOperator*{\\argmax}{arg\\,max}")
        #expect(preamble.definitions.keys.sorted() == ["R", "argmax"])
        let first = MathParser.parse("\\newcommand{\\w}{\\mathbf{w}}", macros: preamble)
        let second = MathParser.parse("\\w \\in \\R^n, \\argmax_x f", macros: first.macros)
        #expect(second.diagnostics == [])
        #expect(MathMLWriter.render(second.root, display: true).contains("<munder><mi>arg\u{2009}max</mi>"))
    }

    @Test func unknownCommandInTextIsReported() {
        let parsed = MathParser.parse("\\text{a \\foo b}")
        #expect(parsed.diagnostics == [MathDiagnostic(offset: 8, message: "unknown command \\foo in text")])
    }

    @Test func alignRowsRecordTagsLabelsAndNotag() throws {
        let parsed = MathParser.parse("\\begin{align} a &= b \\label{eq-a} \\\\ c &= d \\notag \\\\ e &= f \\tag{3b} \\end{align}")
        #expect(parsed.diagnostics == [])
        guard case .row(let nodes) = parsed.root, case .table(let table)? = nodes.first else {
            Issue.record("no table")
            return
        }
        #expect(table.numbering == [
            EquationNumbering(automatic: true, label: "eq-a"),
            EquationNumbering(automatic: false),
            EquationNumbering(automatic: false, tag: "3b"),
        ])
        guard case .row(let starred) = MathParser.parse("\\begin{gather*} a \\\\ b \\end{gather*}").root,
              case .table(let unnumbered)? = starred.first else {
            Issue.record("no table")
            return
        }
        #expect(unnumbered.numbering.map(\.automatic) == [false, false])
        let equation = MathParser.parse("\\begin{equation} E = mc^2 \\label{eq-e} \\end{equation}")
        #expect(equation.label == "eq-e" && !equation.suppressesNumber)
        #expect(MathParser.parse("\\begin{equation*} x \\end{equation*}").suppressesNumber)
    }
}
