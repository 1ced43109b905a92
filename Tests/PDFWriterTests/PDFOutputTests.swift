import Document
import Foundation
import XCTest
@testable import PDFWriter

/// The written PDF, read back with poppler-utils.
final class PDFOutputTests: XCTestCase {
    func testPageSizeTitleAndPageCount() throws {
        let output = try PDFWriter().render(Fixtures.book())
        let info = try poppler("pdfinfo", pdf: output.pdf)
        XCTAssertTrue(info.contains("Title:           Test Book"), info)
        XCTAssertTrue(info.contains("Author:          Ann Author"), info)
        XCTAssertTrue(info.contains("Subject:         Alpha chapter"), info)
        XCTAssertTrue(info.contains("Creator:         LivingPaper"), info)
        XCTAssertTrue(info.contains("(A4)"), info)
        XCTAssertTrue(info.contains("Pages:           \(output.pageCount)\n"), info)
        XCTAssertGreaterThanOrEqual(output.pageCount, 4)  // title, contents, chapter, back matter
    }

    func testLetterFromFrontMatterAndFromOption() throws {
        let fromMatter = try PDFWriter().render(Fixtures.book(paper: "letter"))
        XCTAssertTrue(try poppler("pdfinfo", pdf: fromMatter.pdf).contains("612 x 792 pts (letter)"))
        let fromOption = try PDFWriter(options: .init(paper: .letter)).render(Fixtures.book())
        XCTAssertTrue(try poppler("pdfinfo", pdf: fromOption.pdf).contains("612 x 792 pts (letter)"))
    }

    func testEveryFontEmbeddedAndNamedFonts() throws {
        let fonts = try poppler("pdffonts", pdf: try PDFWriter().render(Fixtures.book()).pdf)
        let rows = fonts.split(separator: "\n").dropFirst(2)
        XCTAssertFalse(rows.isEmpty)
        for row in rows {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            XCTAssertTrue(columns.suffix(5).first == "yes", "not embedded: \(row)")
        }
        for family in ["TeXGyrePagella-Regular", "TeXGyreHeros-Bold", "DejaVuSansMono"] {
            XCTAssertTrue(fonts.contains(family), "\(family) missing:\n\(fonts)")
        }
    }

    func testTextInDocumentOrderWithoutTeXSource() throws {
        let text = try poppler("pdftotext", pdf: try PDFWriter().render(Fixtures.book()).pdf)
        let expected = ["Test Book", "Contents", "1 Alpha chapter", "Beta section", "first item", "A quoted remark.",
                        "let short = 1", "Figure 1.1. A framed box caption.", "Table 1.1. Data table caption.",
                        "Gamma section", "The claim statement text.", "something is wrong",
                        "The footnote text.", "Experiments and claim checks", "Claim holds", "References", "[1] A. Smith (2020). A paper. J.", "Provenance"]
        let flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        var position = flat.startIndex
        for item in expected {
            guard let found = flat.range(of: item, range: position..<flat.endIndex) else {
                return XCTFail("'\(item)' missing or out of order in:\n\(flat)")
            }
            position = found.upperBound
        }
        XCTAssertFalse(text.contains("\\frac"), text)
        XCTAssertFalse(text.contains("\\sum"), text)
        XCTAssertTrue(text.contains("\\badcommand"), "an unsupported command stays visible")
    }

    func testNamedDestinationForEveryCrossReference() throws {
        let output = try PDFWriter().render(Fixtures.book())
        let raw = String(decoding: output.pdf, as: UTF8.self)
        for name in ["fig-box", "eq-main", "tbl-data", "sec-alpha", "sec-beta", "ref-smith2020", "fn-1-1",
                     "claim-holds", "references", "provenance", "contents"] {
            XCTAssertTrue(raw.contains("(\(name)) ["), "no named destination \(name)")
        }
        XCTAssertTrue(raw.contains("/Dest (fig-box)"), "the cross-reference links to its destination")
        XCTAssertTrue(raw.contains("/Outlines"), "the PDF has an outline")
        XCTAssertFalse(raw.contains("/Dest [null"), "no dead page links")
    }

    func testEveryLinkHasADestination() throws {
        let raw = String(decoding: try PDFWriter().render(Fixtures.book()).pdf, as: UTF8.self)
        let links = raw.components(separatedBy: "/Dest (").dropFirst().map { String($0.prefix { $0 != ")" }) }
        XCTAssertFalse(links.isEmpty)
        for name in Set(links) { XCTAssertTrue(raw.contains("(\(name)) ["), "link to undefined destination \(name)") }
    }

    func testSameBookSameBytes() throws {
        let a = try PDFWriter().render(Fixtures.book()).pdf
        // A second later, so that nothing taken from the clock (a file ID) can pass unseen.
        Thread.sleep(forTimeInterval: 1.1)
        let b = try PDFWriter().render(Fixtures.book()).pdf
        XCTAssertEqual(a, b)
    }

    func testOverlongCodeAndHugeFigureWarn() throws {
        let output = try PDFWriter().render(Fixtures.book(figureSize: (900, 1500)))
        XCTAssertTrue(output.warnings.contains { $0.contains("code line 2") && $0.contains("wrapped") }, "\(output.warnings)")
        XCTAssertTrue(output.warnings.contains { $0.contains("code line 3") && $0.contains("wrapped") }, "\(output.warnings)")
        XCTAssertTrue(output.warnings.contains { $0.contains("figure 'fig-box'") && $0.contains("scaled") }, "\(output.warnings)")
        let text = try poppler("pdftotext", pdf: output.pdf)
        XCTAssertTrue(text.contains("artwork label"), "the figure is drawn as vectors (its text is text)")
    }

    func testOverlongWordIsBrokenWithAWarning() throws {
        let output = try PDFWriter().render(Fixtures.book())
        XCTAssertTrue(output.warnings.contains { $0.contains("A word too long") && $0.contains("broken") }, "\(output.warnings)")
    }

    func testContentsGiveThePagesTheHeadingsAreOn() throws {
        let output = try PDFWriter().render(Fixtures.book(filler: 30))
        XCTAssertGreaterThan(output.pageCount, 6)
        let contents = try poppler("pdftotext", ["-f", "2", "-l", "2", "-raw"], pdf: output.pdf)
        var pages: [Int] = []
        for heading in ["Beta section", "Gamma section", "References"] {
            let line = try XCTUnwrap(contents.split(separator: "\n").first { $0.contains(heading) }, contents)
            let page = try XCTUnwrap(Int(line.split(separator: " ").last ?? ""), String(line))
            let text = try poppler("pdftotext", ["-f", "\(page)", "-l", "\(page)"], pdf: output.pdf)
            XCTAssertTrue(text.contains(heading), "\(heading) is not on page \(page)")
            pages.append(page)
        }
        XCTAssertGreaterThan(pages.max() ?? 0, 4, "the filler pushes later headings onto later pages")
    }

    func testUnknownPaperWarnsAndUsesA4() throws {
        let output = try PDFWriter().render(Fixtures.book(paper: "a7"))
        XCTAssertTrue(output.warnings.contains { $0.contains("unknown paper 'a7'") })
        XCTAssertTrue(try poppler("pdfinfo", pdf: output.pdf).contains("(A4)"))
    }
}

/// Subscripts, superscripts and abbreviations in the PDF's text.
final class InlineExtrasPDFTests: XCTestCase {
    func testScriptsAndAbbreviationsAreSet() throws {
        let (chapter, _) = MarkdownParser(file: "c.md").parse("# A\n\nWater H~2~O and {abbr}`HTML (Hyper Text Markup Language)` x^2^.", number: 1)
        let book = ResolvedBook(Resolver.resolve(Book(title: "T", chapters: [chapter])))
        let text = try poppler("pdftotext", pdf: try PDFWriter().render(book).pdf)
        let flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        XCTAssertTrue(flat.contains("Water H2O and HTML (Hyper Text Markup Language) x2."), flat)
    }
}
