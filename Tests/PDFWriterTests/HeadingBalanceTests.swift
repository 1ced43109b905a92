import Graphics
import Testing
@testable import PDFWriter

/// Headings that wrap are set on balanced lines.
struct HeadingBalanceTests {
    @Test func aWrappedHeadingHasNoLoneWordOnItsLastLine() throws {
        let pdf = try PagedPDF(pageSize: Paper.a4.size, metadata: .init(title: "t", author: "", subject: ""))
        let style = PDFStyle(page: Paper.a4.size)
        let typesetter = Typesetter(pdf: pdf, style: style, hyphenator: nil)
        let base = style.heading(level: 1)
        // Words added until the heading wraps: then its last line holds one word.
        let words = "What the mode equations of the aligned network let us know about learning rules and their plateaus".split(separator: " ")
        var text = RichText(), plain: Paragraph?
        for count in 1...words.count {
            text = RichText()
            text.append("3\u{2003}" + words.prefix(count).joined(separator: " "), base)
            let p = pdf.paragraph(text, base: base, width: style.textWidth, alignment: .left, lineSpacing: 1)
            plain = p
            if p.lines.count == 2 { break }
        }
        let unbalanced = try #require(plain)
        let balanced = typesetter.balancedHeading(text, base: base, width: style.textWidth)
        #expect(balanced.lines.count == unbalanced.lines.count)
        try #require(balanced.lines.count == 2, "the title wraps at the text width")
        #expect(unbalanced.lines[1].width < 0.3 * unbalanced.lines[0].width, "unbalanced, the last line is short")
        #expect(balanced.lines[1].width > 0.6 * balanced.lines[0].width, "balanced, the lines are alike")
        #expect(typesetter.warnings.isEmpty)
    }
}
