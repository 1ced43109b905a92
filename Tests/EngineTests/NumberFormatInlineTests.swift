import Document
@testable import Engine
import Testing

/// Numbers in tables and prose: a scientific exponent is a raised run of the text face, not
/// Unicode superscript digits (which the text fonts lack).
struct NumberFormatInlineTests {
    @Test func exponentIsASuperscriptOfPlainDigits() throws {
        let format = try NumberFormat(".2g")
        #expect(format.inlines(4.0e-10) == [.text("4.0\u{00A0}×\u{00A0}10"), .superscripted([.text("−10")])])
        #expect(format.inlines(-3.5e7) == [.text("−3.5\u{00A0}×\u{00A0}10"), .superscripted([.text("7")])])
        #expect(format.format(4.0e-10) == "4.0\u{00A0}×\u{00A0}10⁻¹⁰")
    }

    @Test func scientificKeepsTheExponentZero() throws {
        let format = try NumberFormat(".2e")
        #expect(format.format(1.18) == "1.18\u{00A0}×\u{00A0}10⁰", "as %e prints 1.18e+00")
        #expect(format.format(0.291) == "2.91\u{00A0}×\u{00A0}10⁻¹")
        #expect(format.format(0) == "0.00\u{00A0}×\u{00A0}10⁰")
        #expect(try NumberFormat(".3g").format(1.18) == "1.18", "significant digits stay plain")
    }

    @Test func significantDigitsNeverPrintCsExponent() throws {
        let format = try NumberFormat(nil)
        #expect(format.format(101_300) == "1.013\u{00A0}×\u{00A0}10⁵", "more digits before the point than the four significant ones")
        #expect(format.format(9_999.6) == "1.000\u{00A0}×\u{00A0}10⁴", "rounding up to a fifth digit")
        #expect(format.format(1_234) == "1234")
        #expect(format.format(0.0001) == "0.0001")
        #expect(format.format(0) == "0")
        #expect(try NumberFormat(".8g").format(1_234_567) == "1234567")
    }

    @Test func aClaimShowsAListByItsRange() throws {
        let format = try NumberFormat(nil)
        #expect(DirectiveContext.summary([0.25], format: format) == "0.25")
        #expect(DirectiveContext.summary([0.5, 0.1, 0.9], format: format) == "3 values from 0.1 to 0.9")
        #expect(DirectiveContext.summary([0, 0, 0, 0], format: format) == "4 values, all 0")
        #expect(DirectiveContext.summary([], format: format) == "an empty list")
    }

    @Test func numbersWithoutExponentStayOneText() throws {
        #expect(try NumberFormat(nil).inlines(0.000921861) == [.text("0.0009219")])
        #expect(try NumberFormat(".2f").inlines(-12.345) == [.text("−12.35")])
    }

    @Test func valuesInProseAndTablesCarryNoSuperscriptDigits() throws {
        let chapter = """
            # Numbers

            ```{experiment} e
            kind: train
            N: 6
            n_in: 2
            n_out: 2
            T: 4
            rules: [bptt]
            steps: 10
            eta: 1e-12
            ```

            The loss changed by {value}`e.rules.bptt.final_loss | .2e`.

            ```{table} tbl-e
            :experiment: e
            :rows: rules
            :columns: final_loss
            :format: .2e
            Final loss.
            ```
            """
        let fixture = try RenderFixture(chapters: ["01-numbers.md": chapter])
        defer { fixture.remove() }
        let outcome = try fixture.render()
        #expect(outcome.errors.isEmpty, "\(outcome.errors.map(\.message))")
        let table = try #require(outcome.book.chapters.collect { block -> Table? in if case let .table(t) = block { return t }; return nil }.first)
        let prose = outcome.book.chapters.collect { block -> [Inline]? in if case let .paragraph(p) = block { return p }; return nil }
        for inlines in [table.rows[0][1]] + prose {
            #expect(!InlineText.plain(inlines).contains(where: { "⁰¹²³⁴⁵⁶⁷⁸⁹⁻".contains($0) }), "\(inlines)")
        }
        #expect(table.rows[0][1].contains { if case .superscripted = $0 { return true }; return false })
        #expect(prose.contains { $0.contains { if case .superscripted = $0 { return true }; return false } })
    }
}
