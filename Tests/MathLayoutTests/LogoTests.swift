import MathLayout
import Testing

/// `\TeX` and `\LaTeX` in math mode, as KaTeX accepts them: upright text, no diagnostic.
struct LogoTests {
    @Test(arguments: ["TeX", "LaTeX"]) func logoIsUprightText(name: String) {
        let parsed = MathParser.parse("\\" + name + " + x")
        #expect(parsed.diagnostics.isEmpty)
        guard case let .row(nodes) = parsed.root, case let .text(text, style)? = nodes.first else {
            Issue.record("expected a row starting with text, got \(parsed.root)")
            return
        }
        #expect(text == name)
        #expect(style.variant == nil)
    }
}
