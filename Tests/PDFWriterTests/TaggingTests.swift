import CQPDF
import Document
import Foundation
import PDFWriter
import XCTest

/// The PDF is tagged: a structure tree of standard types (sections, headings, paragraphs, lists,
/// figures with their alt text and captions, formulas with their TeX, tables with their
/// rows and header and data cells), every
/// element's content marked, each link inside the element its text is in, the language in the catalog.
final class TaggingTests: XCTestCase {
    /// An element of the structure tree read back: its type, its `/Alt`, and whether its
    /// content is marked (an MCID or marked-content references, not only child elements).
    struct Element: Equatable {
        var type: String
        var alternate: String?
        var marksContent: Bool
        /// The type of the element it is a child of.
        var parent: String?
    }

    /// The structure tree's elements in document order, and the catalog's `/Lang`.
    static func structure(_ pdf: Data) -> (elements: [Element], language: String?, marked: Bool, showsTitle: Bool) {
        readingWithQPDF(pdf) { q, read in
            guard read else { return ([], nil, false, false) }
            let catalog = qpdf_get_root(q)
            func string(_ node: qpdf_oh, _ key: String) -> String? {
                guard qpdf_oh_has_key(q, node, key) != 0 else { return nil }
                return String(cString: qpdf_oh_get_utf8_value(q, qpdf_oh_get_key(q, node, key)))
            }
            var elements: [Element] = []
            func kids(_ node: qpdf_oh) -> [qpdf_oh] {
                guard qpdf_oh_is_array(q, node) != 0 else { return [node] }
                return (0..<qpdf_oh_get_array_n_items(q, node)).map { qpdf_oh_get_array_item(q, node, $0) }
            }
            func visit(_ node: qpdf_oh, parent: String?) {
                guard qpdf_oh_is_dictionary(q, node) != 0, qpdf_oh_has_key(q, node, "/S") != 0 else { return }
                let children = qpdf_oh_has_key(q, node, "/K") != 0 ? kids(qpdf_oh_get_key(q, node, "/K")) : []
                let marks = children.contains { qpdf_oh_is_integer(q, $0) != 0 || (qpdf_oh_is_dictionary(q, $0) != 0 && qpdf_oh_has_key(q, $0, "/MCID") != 0) }
                let type = String(String(cString: qpdf_oh_get_name(q, qpdf_oh_get_key(q, node, "/S"))).dropFirst())
                elements.append(Element(type: type, alternate: string(node, "/Alt"), marksContent: marks, parent: parent))
                children.forEach { visit($0, parent: type) }
            }
            let tree = qpdf_oh_get_key(q, catalog, "/StructTreeRoot")
            if qpdf_oh_has_key(q, tree, "/K") != 0 { kids(qpdf_oh_get_key(q, tree, "/K")).forEach { visit($0, parent: nil) } }
            let markInfo = qpdf_oh_get_key(q, catalog, "/MarkInfo")
            let marked = qpdf_oh_has_key(q, markInfo, "/Marked") != 0 && qpdf_oh_get_bool_value(q, qpdf_oh_get_key(q, markInfo, "/Marked")) != 0
            let preferences = qpdf_oh_get_key(q, catalog, "/ViewerPreferences")
            let showsTitle = qpdf_oh_has_key(q, preferences, "/DisplayDocTitle") != 0
                && qpdf_oh_get_bool_value(q, qpdf_oh_get_key(q, preferences, "/DisplayDocTitle")) != 0
            return (elements, string(catalog, "/Lang"), marked, showsTitle)
        }
    }

    func testEveryBlockIsAnElementOfItsStandardType() throws {
        let (elements, language, marked, showsTitle) = Self.structure(try PDFWriter().render(Fixtures.book()).pdf)
        XCTAssertTrue(marked, "/MarkInfo says the document is tagged")
        XCTAssertTrue(showsTitle, "viewers show the title, not the file name")
        XCTAssertEqual(language, "en-US")
        XCTAssertEqual(elements.first?.type, "Document")
        let types = Set(elements.map(\.type))
        for type in ["Sect", "H1", "H2", "P", "L", "LI", "BlockQuote", "Note", "Code", "Formula", "Figure", "Caption", "Table", "Link"] {
            XCTAssertTrue(types.contains(type), "no \(type) element in \(types.sorted())")
        }
        let figure = try XCTUnwrap(elements.first { $0.type == "Figure" })
        XCTAssertEqual(figure.alternate, "box", "the figure's alt text")
        let formula = try XCTUnwrap(elements.first { $0.type == "Formula" })
        XCTAssertEqual(formula.alternate, "E = \\sum_{k=0}^{T} \\frac{1}{2} \\|e_k\\|^2 + \\badcommand", "the formula's TeX")
        let grouping: Set = ["Document", "Sect", "L", "LI", "BlockQuote", "Note", "Table", "TR"]
        for element in elements where element.type != "Link" {
            XCTAssertEqual(element.marksContent, !grouping.contains(element.type),
                           "a \(element.type) element \(element.marksContent ? "with" : "without") marked content")
        }
        let links = elements.filter { $0.type == "Link" }
        XCTAssertGreaterThanOrEqual(links.count, 4, "the cross-references, the citation and the footnote mark")
        for link in links {
            XCTAssertFalse(grouping.contains(link.parent ?? "Document"), "a link inside \(link.parent ?? "nothing"), not its text's element")
        }
        for (index, element) in elements.enumerated() where element.type.hasPrefix("H") {
            XCTAssertEqual(elements[index - 1].type, "Sect", "a heading opens its section")
            XCTAssertEqual(element.parent, "Sect")
            XCTAssertEqual(elements[index - 1].parent, element.type == "H1" ? "Document" : "Sect", "sections nest by level")
        }
        let list = try XCTUnwrap(elements.firstIndex { $0.type == "L" })
        XCTAssertEqual(elements[list...].prefix(5).map(\.type), ["L", "LI", "P", "LI", "P"], "a list of two items, each a paragraph")
        let quote = try XCTUnwrap(elements.firstIndex { $0.type == "BlockQuote" })
        XCTAssertEqual(elements[quote + 1].type, "P", "the quote holds its paragraph")
        let table = try XCTUnwrap(elements.firstIndex { $0.type == "Table" })
        let inTable = elements[(table + 1)...].prefix { ["TR", "TH", "TD"].contains($0.type) }.map(\.type)
        XCTAssertEqual(inTable.first, "TR", "the table's rows are its children")
        XCTAssertTrue(inTable.contains("TH") && inTable.contains("TD"), "header and data cells: \(inTable)")
        XCTAssertEqual(inTable, ["TR", "TH", "TH", "TR", "TD", "TD", "TR", "TD", "TD"], "the header row and the two data rows, two cells each")
    }

    /// A chapter of one paragraph and one list, each `length` times as long as a short one.
    static func longBlocks(_ length: Int) -> ResolvedBook {
        let blocks: [Block] = [
            Fixtures.heading(1, "Long blocks", id: "sec-long", number: "1"),
            Fixtures.paragraph(String(repeating: "A paragraph long enough to go on over the page break. ", count: 20 * length)),
            .bulletList(items: (0..<(6 * length)).map { [Fixtures.paragraph("Item \($0) of a list that may break across pages.")] },
                        tight: true),
        ]
        let chapter = Chapter(file: "c.md", number: 1, frontMatter: FrontMatter(title: "Long blocks"), blocks: blocks)
        return ResolvedBook(Book(title: "T", chapters: [chapter]))
    }

    /// A paragraph and a list that break across pages are one element each, as when they fit.
    func testABlockBrokenAcrossPagesIsOneElement() throws {
        let short = try PDFWriter().render(Self.longBlocks(1))
        let long = try PDFWriter().render(Self.longBlocks(12))
        XCTAssertEqual(short.pageCount, 3, "title, contents and one page of text")
        XCTAssertGreaterThanOrEqual(long.pageCount, 6, "the paragraph and the list each cover pages")
        let (shortElements, _, _, _) = Self.structure(short.pdf)
        let (longElements, _, _, _) = Self.structure(long.pdf)
        func count(_ type: String, _ elements: [Element]) -> Int { elements.filter { $0.type == type }.count }
        XCTAssertEqual(count("L", longElements), 1)
        XCTAssertEqual(count("LI", longElements), 6 * 12)
        XCTAssertEqual(count("P", longElements) - count("LI", longElements), count("P", shortElements) - count("LI", shortElements),
                       "the long paragraph is one P, as the short one")
        XCTAssertEqual(StructureTests.qpdfProblems(long.pdf), [])
    }

    /// Each page's content stream, uncompressed (qpdf's QDF form), in page order.
    static func pageContents(_ pdf: Data) -> [String] {
        let text = readingWithQPDF(pdf) { q, read -> String in
            guard read, qpdf_init_write_memory(q) == QPDF_SUCCESS else { return "" }
            qpdf_set_qdf_mode(q, QPDF_TRUE)
            guard qpdf_write(q) == QPDF_SUCCESS, let buffer = qpdf_get_buffer(q) else { return "" }
            return String(decoding: Data(bytes: buffer, count: qpdf_get_buffer_length(q)), as: UTF8.self)
        }
        return text.matches(of: /stream\n(.*?)endstream/.dotMatchesNewlines()).map { String($0.output.1) }
            .filter { $0.contains("BT\n") }
    }

    /// The text a content stream shows inside `/Artifact` sequences, one string per
    /// sequence (the literal strings of its text operators joined).
    static func artifactTexts(_ stream: String) -> [String] {
        stream.matches(of: /\/Artifact BMC(.*?)EMC/.dotMatchesNewlines()).map { sequence in
            sequence.output.1.matches(of: /\(((?:[^()\\]|\\.)*)\)/).map { String($0.output.1) }.joined()
        }.filter { !$0.isEmpty }
    }

    /// Everything a page draws is in an element or an artifact; the artifacts are the page
    /// furniture only (page numbers, running heads, continued strips), never the text of the
    /// back matter or the appendix.
    func testWhatNoElementHoldsIsAnArtifactAndOnlyPageFurnitureIs() throws {
        let book = Fixtures.book(filler: 12)
        let streams = Self.pageContents(try PDFWriter().render(book).pdf)
        XCTAssertGreaterThan(streams.count, 3)
        var numbers: [String] = []
        for (index, stream) in streams.enumerated() {
            var depth = 0
            for line in stream.split(separator: "\n") {
                let op = line.trimmingCharacters(in: .whitespaces)
                if op.hasSuffix("BDC") || op.hasSuffix("BMC") { depth += 1 } else if op == "EMC" { depth -= 1 }
                else if depth == 0 && (op.hasSuffix("Tj") || op.hasSuffix("TJ") || op.hasSuffix(" re f")) {
                    XCTFail("page \(index + 1) paints outside marked content: \(op)")
                }
            }
            let heads = ["Test Book", "Alpha chapter", "Experiments and claim checks", "References", "Provenance"]
            for text in Self.artifactTexts(stream) {
                if text.allSatisfy(\.isNumber) { numbers.append(text); continue }
                let rest = heads.reduce(text) { $0.replacingOccurrences(of: $1, with: "") }
                XCTAssertTrue(rest.isEmpty || text.contains("continued"), "page \(index + 1): an artifact shows \(text)")
            }
        }
        XCTAssertEqual(numbers, (2...streams.count).map(String.init), "every page after the title page has its number in an artifact")
    }

    func testTheTaggedFileStaysSound() throws {
        XCTAssertEqual(StructureTests.qpdfProblems(try PDFWriter().render(Fixtures.book()).pdf), [])
    }
}
