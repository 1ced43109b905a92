import Testing
@testable import MathLayout

/// An inline formula may end a line after a top-level relation or binary operator, as in
/// TeX, and nowhere else: not inside a fence or a script, not at its end, not before another
/// relation, a punctuation mark or a closing delimiter.
struct InlineFormulaBreaksTests {
    private func nodes(_ tex: String) -> [MathNode] {
        guard case .row(let nodes) = MathParser.parse(tex).root else { return [] }
        return nodes
    }

    private func pieces(_ tex: String) -> [[MathNode]] {
        InlineFormulaBreaks.pieces(MathParser.parse(tex).root)
    }

    @Test func breaksAfterRelationsAndBinaryOperators() {
        #expect(pieces("a = b + c") == [nodes("a ="), nodes("b +"), nodes("c")])
    }

    @Test func aSignAfterARelationIsNotABreak() {
        // The minus after = is unary (ordinary), so only the relation offers a break.
        #expect(pieces("f(x) = -x") == [nodes("f(x) ="), nodes("-x")])
    }

    @Test func noBreakBeforeAnotherRelationPunctuationOrClosingOrAtTheEnd() {
        #expect(pieces(#"a = \le b"#).count == 2, "one break, after the last of the two relations")
        #expect(pieces("a +, b").count == 1)
        #expect(pieces("(a +)").count == 1)
        #expect(pieces("a +").count == 1)
    }

    @Test func fencesFractionsAndScriptsStayWhole() {
        #expect(pieces(#"\left( a + b \right) \frac{c + d}{e} x^{f + g}"#).count == 1)
        #expect(pieces(#"\left( a + b \right) = c"#).count == 2)
    }

    @Test func everyAtomIsKeptInOrder() {
        let tex = #"P_t = \rho P_{t-1} + \alpha \phi'(u_t) h_{t-1}^\top"#
        #expect(pieces(tex).flatMap { $0 } == nodes(tex))
        #expect(pieces(tex).count == 3)
    }
}
