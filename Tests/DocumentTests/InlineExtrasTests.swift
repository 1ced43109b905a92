import Document
import Testing

/// `{sub}`, `{sup}`, `{abbr}`, `{math}`, Pandoc `~sub~` and `^sup^`, inline footnotes `^[...]`.
struct InlineExtrasTests {
    func inlines(_ markdown: String) -> [Inline] {
        let (chapter, _) = MarkdownParser(file: "c.md").parse(markdown, number: 1)
        guard case let .paragraph(inlines)? = chapter.blocks.first else { return [] }
        return inlines
    }

    @Test func subscriptsAndSuperscripts() {
        #expect(inlines("H~2~O and x^2^, {sub}`low` {sup}`high`, ~~gone~~ a ~ b ~ c.") == [
            .text("H"), .subscripted([.text("2")]), .text("O and x"), .superscripted([.text("2")]), .text(", "),
            .subscripted([.text("low")]), .text(" "), .superscripted([.text("high")]), .text(", "),
            .strikethrough([.text("gone")]), .text(" a ~ b ~ c."),
        ])
    }

    @Test func mathRoleIsInlineMath() {
        #expect(inlines("Mass {math}`e=mc^2` here") == [
            .text("Mass "), .math(tex: "e=mc^2", location: SourceLocation(file: "c.md", line: 1, column: 6)), .text(" here"),
        ])
    }

    @Test func abbreviation() {
        #expect(inlines("{abbr}`HTML (Hyper Text Markup Language)` rocks") == [
            .abbreviation(text: "HTML", expansion: "Hyper Text Markup Language"), .text(" rocks"),
        ])
    }

    @Test func inlineFootnotesAreNumberedWithTheOthers() {
        let (chapter, diagnostics) = MarkdownParser(file: "c.md").parse("""
        One^[First *inline* note.] two[^x] three^[Second.]

        [^x]: Classic.
        """, number: 1)
        #expect(diagnostics.isEmpty)
        #expect(chapter.blocks == [
            .paragraph([.text("One"), .footnoteReference(label: "1"), .text(" two"), .footnoteReference(label: "2"), .text(" three"),
                        .footnoteReference(label: "3")]),
            .footnoteDefinition(label: "1", content: [.paragraph([.text("First "), .emphasis([.text("inline")]), .text(" note.")])]),
            .footnoteDefinition(label: "2", content: [.paragraph([.text("Classic.")])]),
            .footnoteDefinition(label: "3", content: [.paragraph([.text("Second.")])]),
        ])
    }
}
