import Document
import Foundation
import XCTest
@testable import PDFWriter

/// Containers and listings reach the PDF: titles, content (collapsible boxes open) and code
/// with its caption and line numbers (pdftotext reads the number column first).
final class ContainerPDFTests: XCTestCase {
    func testContainersAndListingsAreDrawn() throws {
        let at = SourceLocation(file: "ch.md", line: 1, column: 1)
        let blocks: [Block] = [
            .heading(Heading(level: 1, content: [.text("Boxes")], id: "sec-boxes", number: "1", location: at)),
            .container(Container(kind: .tip, title: [.text("Tip")], content: [.paragraph([.text("Tip body text.")])], location: at)),
            .container(Container(kind: .dropdown, title: [.text("Folded title")], collapsible: true,
                                 content: [.paragraph([.text("Folded body text.")])], location: at)),
            .container(Container(kind: .margin, content: [.paragraph([.text("Margin body text.")])], location: at)),
            .container(Container(kind: .epigraph, content: [.paragraph([.text("Epigraph body text.")])], location: at)),
            .container(Container(kind: .div, id: "d1", content: [.paragraph([.text("Div body text.")])], location: at)),
            .listing(Listing(language: "python", code: "alpha = 1\nbeta = 2\n", caption: [.text("Listing caption.")],
                             firstLineNumber: 7, emphasized: [2], location: at)),
        ]
        let chapter = Chapter(file: "ch.md", number: 1, frontMatter: FrontMatter(title: "Boxes"), blocks: blocks)
        let book = ResolvedBook(Book(title: "Box Book", authors: [], chapters: [chapter], bibliography: [], citedKeys: []),
                                provenance: Provenance(facts: [], experiments: []))
        let text = try poppler("pdftotext", pdf: try PDFWriter().render(book).pdf)
        var rest = Substring(text)
        for piece in ["Tip body text.", "Folded title", "Folded body text.", "Margin body text.", "Epigraph body text.",
                      "Div body text.", "Listing caption.", "7", "8", "alpha = 1", "beta = 2"] {
            guard let found = rest.range(of: piece) else { return XCTFail("missing or out of order: \(piece)\n\(text)") }
            rest = rest[found.upperBound...]
        }
    }
}
