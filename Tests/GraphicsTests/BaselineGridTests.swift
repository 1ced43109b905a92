import Foundation
import Graphics
import Testing

/// Running text on a baseline grid: plain lines stand exactly one leading apart, and a line
/// with a tall inline object moves down only as far as its ink needs.
struct BaselineGridTests {
    static let style = RunStyle(family: "DejaVu Serif", size: 10.5)
    static let words = String(repeating: "grey even text on a fixed grid ", count: 30)

    static func paragraph(objectAscent: Double? = nil) throws -> Paragraph {
        let pdf = try PagedPDF(pageSize: Size(595, 842), metadata: .init(title: "t", author: "a", subject: "s"))
        var text = RichText()
        text.append(words, style)
        if let objectAscent { text.appendObject(id: 0, width: 20, ascent: objectAscent, descent: 2) }
        text.append(words, style)
        return pdf.paragraph(text, base: style, width: 300, alignment: .justify, leading: 12.75)
    }

    @Test func plainLinesAreOneLeadingApart() throws {
        let lines = try Self.paragraph().lines
        #expect(lines.count > 5)
        for (a, b) in zip(lines, lines.dropFirst()) {
            #expect(abs(b.baseline - a.baseline - 12.75) < 1e-9)
            #expect(abs(a.top + a.height - b.top) < 1e-9, "lines tile")
        }
    }

    @Test func smallObjectsKeepTheGridTallOnesPushOnlyTheirLine() throws {
        let small = try Self.paragraph(objectAscent: 8).lines
        for (a, b) in zip(small, small.dropFirst()) { #expect(abs(b.baseline - a.baseline - 12.75) < 1e-9) }
        let tall = try Self.paragraph(objectAscent: 20).lines
        let gaps = zip(tall, tall.dropFirst()).map { $1.baseline - $0.baseline }
        #expect(gaps.filter { $0 > 12.75 + 1e-9 }.count == 1, "\(gaps)")
        #expect(gaps.allSatisfy { $0 >= 12.75 - 1e-9 })
    }
}
