import MathLayout
import Testing

/// Runs the numbered TeX -> MathML examples and reports each mismatch with its number.
struct MathMLSpecTests {
    @Test func numberedExamples() {
        var seen = Set<Int>()
        for example in mathMLExamples + coverageExamples {
            #expect(seen.insert(example.number).inserted, "duplicate example number \(example.number)")
            let display = example.display ? "block" : "inline"
            let expected = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"\(display)\"><semantics><mrow>"
                + example.mathML + "</mrow><annotation encoding=\"application/x-tex\">" + escaped(example.tex)
                + "</annotation></semantics></math>"
            let actual = MathMLWriter.render(MathParser.parse(example.tex), display: example.display)
            #expect(actual == expected, """
                Example \(example.number): \(example.tex)
                expected: \(expected)
                actual:   \(actual)
                """)
        }
    }

    private func escaped(_ tex: String) -> String {
        tex.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    @Test func outputIsDeterministic() {
        let tex = "\\bar D_W = \\alpha \\sum_{k=1}^{T-1} n_k \\sum_{j=0}^{k-1} \\Phi_j^\\top E_k \\Psi_{k-1-j}^\\top"
        let first = MathMLWriter.render(MathParser.parse(tex), display: true)
        for _ in 0..<3 {
            #expect(MathMLWriter.render(MathParser.parse(tex), display: true) == first)
        }
    }
}
