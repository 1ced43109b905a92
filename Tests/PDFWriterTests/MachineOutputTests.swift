import Document
import Foundation
import Testing
@testable import PDFWriter

/// `:show:` in the PDF: summary lines in the text, full records in the appendix, linked
/// both ways; boxes that break across pages with a "continued" marker.
struct MachineOutputTests {
    static let at = SourceLocation(file: "ch.md", line: 1, column: 1)

    static func book(show: MachineOutputShow, statementWords: Int = 8, yamlLines: Int = 4) -> ResolvedBook {
        var claim = ClaimBlock(id: "holds", statement: [.text(Array(repeating: "statement", count: statementWords).joined(separator: " "))],
                               check: "fast.rules.bptt.loss[9] < 1e-3", passed: true,
                               measured: [MeasuredValue(path: "fast.rules.bptt.loss[9]", value: "4.2e-7")], location: at)
        claim.show = show
        var experiment = ExperimentBlock(id: "fast", kind: "modes",
                                         parameters: (0..<yamlLines).map { "key_\($0): \($0)" }.joined(separator: "\n"),
                                         status: "ran in 0.1 s", failed: false)
        experiment.show = show
        let blocks: [Block] = [
            .heading(Heading(level: 1, content: [.text("Chapter")], id: "sec-one", number: "1", location: at)),
            .paragraph([.text("Opening text.")]), .experiment(experiment), .claim(claim), .paragraph([.text("Closing text.")]),
        ]
        let chapter = Chapter(file: "ch.md", number: 1, frontMatter: FrontMatter(title: "Chapter"), blocks: blocks)
        return ResolvedBook(Book(title: "Book", authors: [], chapters: [chapter], bibliography: [], citedKeys: []))
    }

    static func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test func summaryPutsChecksAndParametersInTheAppendixLinkedBothWays() throws {
        let output = try PDFWriter().render(Self.book(show: .summary))
        let text = Self.flat(try poppler("pdftotext", pdf: output.pdf))
        let appendix = try #require(text.range(of: "Experiments and claim checks", options: .backwards))
        let body = text[..<appendix.lowerBound], back = text[appendix.upperBound...]
        #expect(body.contains("(measured 4.2e-7)"), "the claim's line has its measured value")
        #expect(!body.contains("Check:") && !body.contains("key_0"), "no check or YAML in the text")
        #expect(back.contains("Check: fast.rules.bptt.loss[9] < 1e-3") && back.contains("key_3: 3"))
        let contents = Self.flat(try poppler("pdftotext", ["-f", "2", "-l", "2"], pdf: output.pdf))
        #expect(contents.contains("Experiments and claim checks"), "the appendix is in the contents")
        let raw = String(decoding: output.pdf, as: UTF8.self)
        for name in ["appendix-records", "appendix-claim-holds", "appendix-exp-fast", "claim-holds", "exp-fast"] {
            #expect(raw.contains("(\(name)) ["), "no destination \(name)")
            #expect(raw.contains("/Dest (\(name))"), "nothing links to \(name)")
        }
    }

    @Test func fullSetsTheRecordInPlaceWithoutAnAppendix() throws {
        let text = Self.flat(try poppler("pdftotext", pdf: try PDFWriter().render(Self.book(show: .full)).pdf))
        #expect(!text.contains("Experiments and claim checks"))
        let check = try #require(text.range(of: "Check: fast.rules"))
        let closing = try #require(text.range(of: "Closing text."))
        #expect(check.lowerBound < closing.lowerBound)
        #expect(text.contains("key_0: 0"))
    }

    @Test func noneLeavesOnlyTheAnchorsInPlace() throws {
        let output = try PDFWriter().render(Self.book(show: .none))
        let text = Self.flat(try poppler("pdftotext", pdf: output.pdf))
        let opening = try #require(text.range(of: "Opening text. Closing text."), "nothing between the paragraphs")
        #expect(text[opening.upperBound...].contains("Check: fast.rules"))
        let raw = String(decoding: output.pdf, as: UTF8.self)
        #expect(raw.contains("(claim-holds) [") && raw.contains("(exp-fast) ["))
    }

    @Test func longBoxesBreakAcrossPagesWithAContinuedMarker() throws {
        let output = try PDFWriter().render(Self.book(show: .full, statementWords: 900, yamlLines: 140))
        let text = try poppler("pdftotext", pdf: output.pdf)
        #expect(text.contains("Experiment fast (continued)"))
        #expect(text.contains("Claim holds (continued)"))
        for fill in output.pageFill where !fill.endsChapter && !fill.precedesFinalFloatPage {
            #expect(fill.emptyFraction < 0.25, "page \(fill.page) is \(Int(fill.emptyFraction * 100)) % empty")
        }
    }
}
