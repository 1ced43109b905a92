import Document
import Foundation
import MathLayout
import XCTest
@testable import PDFWriter

/// Each numbered row of an `align` is set with its number at the right margin, on the row's
/// line, and a row's label is a named destination.
final class EquationRowsPDFTests: XCTestCase {
    func testRowNumbersAreDrawnBesideTheirRows() throws {
        let at = SourceLocation(file: "c.md", line: 1, column: 1)
        var align = DisplayMath(tex: "\\begin{align} a &= b \\label{eq-first} \\\\ \\frac{c}{d} &= e \\notag \\\\ f &= \\underbrace{g + h}_{k} \\end{align}", location: at)
        align.rows = [EquationRowNumber(number: "1.1", id: "eq-first"), EquationRowNumber(), EquationRowNumber(number: "1.2")]
        let blocks: [Block] = [
            .heading(Heading(level: 1, content: [.text("Rows")], id: "sec-rows", number: "1", location: at)),
            .paragraph([.text("See "), .reference(label: "eq-first", location: at, text: "Eq. (1.1)"), .text(".")]),
            .displayMath(align),
        ]
        let book = ResolvedBook(Book(title: "T", chapters: [Chapter(file: "c.md", number: 1, frontMatter: FrontMatter(), blocks: blocks)]))
        let output = try PDFWriter().render(book)
        let raw = String(decoding: output.pdf, as: UTF8.self)
        XCTAssertTrue(raw.contains("(eq-first) ["), "the row's label is a named destination")
        let text = try poppler("pdftotext", ["-layout"], pdf: output.pdf)
        let lines = text.split(separator: "\n")
        let first = try XCTUnwrap(lines.first { $0.contains("(1.1)") && !$0.contains("See") })
        let second = try XCTUnwrap(lines.first { $0.contains("(1.2)") })
        XCTAssertTrue(first.contains("a") && first.contains("b"), "(1.1) on the first row's line: \(first)")
        XCTAssertTrue(second.contains("f"), "(1.2) on the last row's line: \(second)")
        XCTAssertFalse(text.contains("(1.3)"))
    }

    /// A numbered display formula wider than the line is set on balanced lines, not scaled.
    func testAWideFormulaGoesOnLinesInsteadOfShrinking() throws {
        let at = SourceLocation(file: "c.md", line: 1, column: 1)
        let statement = { (name: String) in "\\mathrm{\(name)} = U\\,\\mathrm{diag}(w_{\\mathrm{long}})\\,V^\\top" }
        let tex = ["aaa", "bbb", "ccc", "ddd"].map(statement).joined(separator: ", \\qquad ")
        let blocks: [Block] = [
            .heading(Heading(level: 1, content: [.text("Wide")], id: "sec-wide", number: "1", location: at)),
            .displayMath(DisplayMath(tex: tex, number: "1.1", location: at)),
        ]
        let book = ResolvedBook(Book(title: "T", chapters: [Chapter(file: "c.md", number: 1, frontMatter: FrontMatter(), blocks: blocks)]))
        let output = try PDFWriter().render(book)
        XCTAssertFalse(output.warnings.contains { $0.contains("scaled") }, "\(output.warnings)")
        let text = try poppler("pdftotext", ["-layout"], pdf: output.pdf)
        let lines = text.split(separator: "\n")
        let top = try XCTUnwrap(lines.first { $0.contains("aaa") })
        let bottom = try XCTUnwrap(lines.first { $0.contains("ccc") })
        XCTAssertTrue(top.contains("bbb") && !top.contains("ccc"), "two statements on the first line: \(top)")
        XCTAssertTrue(bottom.contains("ddd"), "two on the second: \(bottom)")
    }
}
