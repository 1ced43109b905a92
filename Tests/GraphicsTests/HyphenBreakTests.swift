import Graphics
import Testing

/// A run without `breaksAtHyphens` never ends a line at one of its hyphens: at a width that
/// holds "x aaaa-" but not "x aaaa-bbbb", the identifier moves whole to the second line.
struct HyphenBreakTests {
    static func firstLineWidth(breaksAtHyphens: Bool) throws -> (width: Double, lines: Int) {
        let pdf = try PagedPDF(pageSize: Size(595, 842), metadata: .init(title: "t", author: "a", subject: "s"))
        let style = RunStyle(family: "DejaVu Sans Mono", size: 10, breaksAtHyphens: breaksAtHyphens)
        var text = RichText()
        text.append("x aaaa-bbbb", style)
        // DejaVu Sans Mono advances 6.02 pt per character at 10 pt: "x aaaa-" is 42 pt,
        // "aaaa-bbbb" 54 pt and the whole 66 pt.
        let paragraph = pdf.paragraph(text, base: style, width: 58)
        return (paragraph.lines.first?.width ?? 0, paragraph.lines.count)
    }

    @Test func aHyphenOffersABreakByDefault() throws {
        let (width, lines) = try Self.firstLineWidth(breaksAtHyphens: true)
        #expect(lines == 2)
        #expect(width > 40, "the first line ends after the hyphen: \(width) pt")
    }

    @Test func withoutBreaksAtHyphensTheIdentifierStaysWhole() throws {
        let (width, lines) = try Self.firstLineWidth(breaksAtHyphens: false)
        #expect(lines == 2)
        #expect(width < 13, "the first line holds only the x: \(width) pt")
    }
}
