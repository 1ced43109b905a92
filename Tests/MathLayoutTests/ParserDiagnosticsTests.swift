import MathLayout
import Testing

/// Problems in a formula are reported at the right character offset and never stop the
/// parse; tags and labels are captured rather than rendered.
struct ParserDiagnosticsTests {
    private func diagnostics(_ tex: String) -> [MathDiagnostic] {
        MathParser.parse(tex).diagnostics
    }

    @Test func unknownCommandIsAnErrorNodeAtItsOffset() {
        let parsed = MathParser.parse("a \\foo b")
        #expect(parsed.diagnostics == [MathDiagnostic(offset: 2, message: "unknown command \\foo")])
        #expect(parsed.root == .row([
            .identifier("a", variant: nil), .error(command: "\\foo", offset: 2),
            .identifier("b", variant: nil),
        ]))
    }

    @Test func offsetsCountCharactersAcrossLinesAndNonASCII() {
        #expect(diagnostics("α + é\n  \\bad").map(\.offset) == [8])
    }

    @Test(arguments: [
        ("{x", 0, "missing '}' for this '{'"),
        ("x}", 1, "unmatched '}'"),
        ("a+\\left( x", 2, "\\left without matching \\right"),
        ("x \\right)", 2, "\\right without \\left"),
        ("\\sqrt[3 x", 5, "missing ']' for this '['"),
        ("\\begin{pmatrix} a", 0, "\\begin{pmatrix} without \\end{pmatrix}"),
        ("\\begin{pmatrix} a \\end{bmatrix}", 18, "\\end{bmatrix} does not match \\begin{pmatrix}"),
        ("x^2^3", 3, "double superscript"),
        ("x_1 _2", 4, "double subscript"),
        ("a & b", 2, "'&' outside a matrix, cases or aligned environment"),
        ("\\frac{a}", 0, "missing argument for \\frac"),
        ("\\text{abc", 5, "missing '}' for this '{'"),
        ("x\\limits", 1, "\\limits must follow a big operator such as \\sum"),
        ("\\middle|", 0, "\\middle outside \\left ... \\right"),
        ("\\begin{foo}x\\end{foo}", 0, "unknown environment foo"),
        ("x \\", 2, "lone '\\' at the end of the formula"),
    ])
    func reportsProblem(tex: String, offset: Int, message: String) {
        #expect(diagnostics(tex).first == MathDiagnostic(offset: offset, message: message))
    }

    @Test func recoversAfterUnbalancedBraces() {
        let parsed = MathParser.parse("{a + {b} c")
        #expect(parsed.diagnostics.count == 1)
        #expect(parsed.root == .row([.row([
            .identifier("a", variant: nil), .symbol("+", .binary),
            .identifier("b", variant: nil), .identifier("c", variant: nil),
        ])]))
    }

    @Test func leftWithoutRightKeepsItsBody() {
        let parsed = MathParser.parse("\\left( x")
        #expect(parsed.root == .row([.fenced(open: "(", close: "", body: .row([.identifier("x", variant: nil)]))]))
    }

    @Test func capturesTagAndLabel() {
        let parsed = MathParser.parse("E = mc^2 \\tag{2.1} \\label{eq-energy}")
        #expect(parsed.tag == "2.1")
        #expect(parsed.label == "eq-energy")
        #expect(parsed.diagnostics.isEmpty)
        #expect(!parsed.suppressesNumber)
        #expect(MathParser.parse("x \\notag").suppressesNumber)
    }

    @Test func deepNestingIsReportedNotOverflowed() {
        let parsed = MathParser.parse(String(repeating: "{", count: 5000) + "x")
        #expect(parsed.diagnostics.contains { $0.message.contains("nested too deeply") })
    }

    @Test func everySpecFormulaParsesCleanly() {
        for tex in SpecFormulas.display {
            let parsed = MathParser.parse(tex)
            #expect(parsed.diagnostics.isEmpty, "\(tex): \(parsed.diagnostics)")
        }
    }
}
