import Graphics
@testable import PDFWriter
import XCTest

/// Soft hyphens where the TeX patterns of hyphen-en-us allow a break, nowhere else.
final class HyphenationTests: XCTestCase {
    func testLongWordsGetSoftHyphensAtPatternPoints() throws {
        let hyphenator = try XCTUnwrap(Hyphenator(language: "en-US"), "hyphen-en-us is installed by make deps")
        let out = hyphenator.hyphenate("Backpropagation through time computes eligibility traces.")
        XCTAssertEqual(out.replacingOccurrences(of: "\u{AD}", with: ""), "Backpropagation through time computes eligibility traces.")
        let pieces = out.split(separator: " ").map { $0.split(separator: "\u{AD}").map(String.init) }
        XCTAssertGreaterThan(pieces[0].count, 2, "\(pieces[0])")
        XCTAssertEqual(pieces[1], ["through"], "no break leaves fewer than three letters at the end")
        XCTAssertEqual(pieces[2], ["time"], "short words stay whole")
        XCTAssertTrue(pieces[4].count > 1, "\(pieces[4])")
    }

    func testAcronymsNumbersAndOtherFontsStayWhole() throws {
        let hyphenator = try XCTUnwrap(Hyphenator(language: "en"))
        XCTAssertEqual(hyphenator.hyphenate("RFLO BPTT 123456789 x2distribution"), "RFLO BPTT 123456789 x2distribution")
        var text = RichText()
        text.append("representation", RunStyle(family: "DejaVu Sans Mono", size: 10))
        let kept = hyphenator.hyphenate(text, family: "TeX Gyre Pagella")
        guard case let .text(s, _, _) = kept.pieces[0] else { return XCTFail() }
        XCTAssertEqual(s, "representation")
    }

    func testCrossReferencesStayWholeAndOtherLinksAreHyphenated() throws {
        let hyphenator = try XCTUnwrap(Hyphenator(language: "en"))
        let body = RunStyle(family: "TeX Gyre Pagella", size: 10)
        var text = RichText()
        text.append("representation", body, link: .destination("fig-x"))
        text.append("representation", body, link: .uri("https://example.org"))
        let out = hyphenator.hyphenate(text, family: "TeX Gyre Pagella").pieces.compactMap { piece -> String? in
            if case let .text(s, _, _) = piece { return s }
            return nil
        }
        XCTAssertEqual(out.first, "representation")
        XCTAssertEqual(out.last?.contains("\u{AD}"), true, "\(out)")
    }

    func testAnUnknownLanguageHasNoPatterns() {
        XCTAssertNil(Hyphenator(language: "xx-YY"))
    }
}
