import CQPDF
import Document
import Foundation
import XCTest
import PDFWriter

/// The written PDF is structurally sound: libqpdf's own check (what `qpdf --check` runs)
/// finds no damage and no warning (PDFOutputTests check that links, outline and
/// destinations survive the rewrite); the outline read back in tree order.
final class StructureTests: XCTestCase {
    /// qpdf's warnings and errors on reading and checking `pdf`.
    static func qpdfProblems(_ pdf: Data) -> [String] {
        readingWithQPDF(pdf) { q, read in
            var problems: [String] = []
            if read { _ = qpdf_check_pdf(q) }
            while qpdf_more_warnings(q) != 0 { problems.append(String(cString: qpdf_get_error_full_text(q, qpdf_next_warning(q)))) }
            if qpdf_has_error(q) != 0 { problems.append(String(cString: qpdf_get_error_full_text(q, qpdf_get_error(q)))) }
            return problems
        }
    }

    /// The outline's titles, depth first in reading order (`/First`, then `/Next`).
    static func outlineTitles(_ pdf: Data) -> [String] {
        readingWithQPDF(pdf) { q, read in
            guard read else { return [] }
            var titles: [String] = []
            func visit(_ first: qpdf_oh) {
                var item = first
                while qpdf_oh_is_dictionary(q, item) != 0 {
                    titles.append(String(cString: qpdf_oh_get_utf8_value(q, qpdf_oh_get_key(q, item, "/Title"))))
                    visit(qpdf_oh_get_key(q, item, "/First"))
                    item = qpdf_oh_get_key(q, item, "/Next")
                }
            }
            visit(qpdf_oh_get_key(q, qpdf_oh_get_key(q, qpdf_get_root(q), "/Outlines"), "/First"))
            return titles
        }
    }

    func testQPDFCheckFindsNothing() throws {
        let pdf = try PDFWriter().render(Fixtures.book()).pdf
        XCTAssertEqual(Self.qpdfProblems(pdf), [])
    }

    func testOutlineMirrorsTheHeadingsInOrder() throws {
        let titles = Self.outlineTitles(try PDFWriter().render(Fixtures.book()).pdf)
        XCTAssertEqual(titles, ["Contents", "1 Alpha chapter", "1.1 Beta section", "1.2 Gamma section", "Experiments and claim checks",
                                "References", "Provenance"])
    }

    func testFootnotesOfTwoChaptersHaveDestinationsOfTheirOwn() throws {
        func chapter(_ number: Int) -> Chapter {
            Chapter(file: "c\(number).md", number: number, frontMatter: FrontMatter(), blocks: [
                .paragraph([.text("Text"), .footnoteReference(label: "1")]),
                .footnoteDefinition(label: "1", content: [.paragraph([.text("Note \(number).")])]),
            ])
        }
        let book = ResolvedBook(Book(title: "Two", chapters: [chapter(1), chapter(2)]))
        let raw = String(decoding: try PDFWriter().render(book).pdf, as: UTF8.self)
        XCTAssertTrue(raw.contains("(fn-1-1) ["), "chapter 1's footnote has its destination")
        XCTAssertTrue(raw.contains("(fn-2-1) ["), "chapter 2's footnote has its own")
    }
}
