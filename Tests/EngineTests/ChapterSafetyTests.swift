import Document
import Engine
import Foundation
import HTMLWriter
import PDFWriter
import Testing
import TestSupport

/// Chapters with unusual bytes, line endings, nesting and ids still render a well-formed
/// page, and every problem is placed where it is in the chapter.
struct ChapterSafetyTests {
    static let bibliography = "@article{k, author = {A. Author}, title = {T}, year = {2020}}\n"

    /// Front matter, a heading and a formula with an unknown command, in the given line ending.
    static func chapter(_ newline: String) -> String {
        ["---", "title: Ending", "steps: 3", "---", "# Heading", "", "Text $\\nosuch$ here.", ""].joined(separator: newline)
    }

    @Test(arguments: ["\r\n", "\r"])
    func lineEndingsAreNormalisedOnReading(newline: String) throws {
        let book = try MemoryBook(Self.chapter(newline))
        let chapter = try #require(book.outcome.book.chapters.first)
        #expect(chapter.frontMatter.title == "Ending")
        #expect(chapter.frontMatter.parameters["steps"] == "3")
        #expect(!chapter.blocks.contains(.thematicBreak))
        let math = try #require(book.diagnostics(containing: "math").first)
        #expect((math.location.line, math.location.column) == (7, 7))
        #expect(math.sourceLine == "Text $\\nosuch$ here.")
    }

    @Test func problemsInsideAMultiLineFormulaArePlacedAtTheirLine() throws {
        let book = try MemoryBook("# H\n\n$$\na + b\n  + \\nosuch\n$$\n")
        let math = try #require(book.diagnostics(containing: "math").first)
        #expect((math.location.line, math.location.column) == (5, 5))
    }

    @Test func imageWarningsAreAtTheImage() throws {
        let book = try MemoryBook("# H\n\nSee ![x](https://example.org/a.png) here.\n")
        let warning = try #require(book.diagnostics(containing: "remote image").first)
        #expect((warning.location.line, warning.location.column) == (3, 5))
    }

    @Test func anUndefinedFootnoteKeepsLaterLocations() throws {
        let book = try MemoryBook("# H\n\n[^nope] and @fig-missing here.\n")
        let unknown = try #require(book.diagnostics(containing: "unknown reference").first)
        #expect((unknown.location.line, unknown.location.column) == (3, 13))
    }

    @Test func anInvalidByteIsReportedWhereItIsAndTheRestRenders() throws {
        var bytes = Data("# H\n\nab".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Data("cd.\n\nMore text.\n".utf8))
        let book = try MemoryBook(chapters: ["01-a.md": bytes])
        let invalid = try #require(book.diagnostics(containing: "UTF-8").first)
        #expect((invalid.location.line, invalid.location.column) == (3, 3))
        #expect(book.html.contains("ab\u{FFFD}cd."))
        #expect(book.html.contains("More text."))
    }

    /// The deepest nesting of lists and block quotes in `blocks`.
    static func depth(_ blocks: [Block]) -> Int {
        blocks.map { block in
            switch block {
            case .bulletList, .orderedList, .blockQuote: return 1 + depth(block.childBlocks)
            default: return depth(block.childBlocks)
            }
        }.max() ?? 0
    }

    @Test(arguments: ["> ", "- ", "1. "])
    func deepNestingIsCappedWithOneDiagnostic(marker: String) throws {
        let book = try MemoryBook("# H\n\n" + String(repeating: marker, count: 10_000) + "deep\n")
        let capped = book.diagnostics(containing: "nest more than")
        #expect(capped.count == 1)
        let at = try #require(capped.first).location
        #expect((at.line, at.column) == (3, 1 + MarkdownParser.maxNesting * marker.utf8.count))
        #expect(Self.depth(book.outcome.book.chapters[0].blocks) == MarkdownParser.maxNesting)
        #expect(book.html.contains("deep"))
        #expect(HTMLChecks.problem(in: book.html) == nil)
    }

    @Test func deepEmphasisIsCapped() throws {
        let book = try MemoryBook("# H\n\n" + String(repeating: "*a ", count: 5_000) + "x" + String(repeating: " b*", count: 5_000) + "\n")
        let capped = book.diagnostics(containing: "nest more than")
        #expect(capped.count == 1)
        #expect(capped.first.map(\.location.line) == 3)
        #expect(capped.first.map { $0.location.column >= 1 } == true)
        #expect(HTMLChecks.problem(in: book.html) == nil)
    }

    @Test func linksNeverNest() throws {
        let book = try MemoryBook("""
            # See [@k] and [the site](https://example.org) {#sec-a}

            Read [see [@k] and @sec-a](https://example.org) now.
            """, bibliography: Self.bibliography)
        #expect(book.outcome.errors.isEmpty, "\(book.outcome.errors)")
        #expect(HTMLChecks.problem(in: book.html) == nil, "\(HTMLChecks.problem(in: book.html) ?? "")")
        #expect(book.html.contains("<a href=\"https://example.org\">see [1] and Section\u{00A0}1</a>"))
    }

    @Test func controlCharactersInMathAreNotCopied() throws {
        let book = try MemoryBook("# H\n\nInline $a\u{1}b\u{0}c$ and\n\n$$\nx\u{7}y\n$$\n")
        #expect(HTMLChecks.problem(in: book.html) == nil, "\(HTMLChecks.problem(in: book.html) ?? "")")
    }

    @Test func chosenIdsThatTheReportUsesAreErrorsAndDerivedOnesGetASuffix() throws {
        let book = try MemoryBook("""
            # Ids {#provenance}

            Cited [@k], noted[^n].

            ## References

            ## Chapter {#chapter-1}

            ## Note {#fn-1-1}

            ## Contents {#contents}

            [^n]: The note.
            """, bibliography: Self.bibliography)
        let collisions = book.diagnostics(containing: "the report's own id")
        #expect(collisions.map(\.location.line) == [1, 7, 9, 11], "\(book.diagnostics)")
        #expect(book.diagnostics.allSatisfy { !$0.message.contains("'references'") })
        var resolved = book.outcome.book
        resolved.provenance = Provenance(facts: [("Tool", "report")], experiments: [])
        let page = HTMLWriter().render(resolved)
        #expect(HTMLChecks.duplicateIDs(in: page).isEmpty, "\(HTMLChecks.duplicateIDs(in: page))")
        #expect(page.contains("id=\"references-1\""))
    }

    @Test func repeatedExperimentClaimAndFigureIdsStayUnique() throws {
        let figure = "```{figure} fig-a\n:experiment: e1\n:y: rules.*.loss\n:x: rules.*.tau\nLoss.\n```"
        let claim = "```{claim} falls\n:check: e1.rules.bptt.loss[1] < e1.rules.bptt.loss[0]\nIt falls.\n```"
        let experiment = RenderFixture.modesExperiment("e1")
        let book = try MemoryBook(["# H", experiment, experiment, figure, figure, claim, claim].joined(separator: "\n\n") + "\n")
        #expect(book.diagnostics(containing: "duplicate").map(\.location.line).count == 3, "\(book.diagnostics)")
        #expect(HTMLChecks.duplicateIDs(in: book.html).isEmpty, "\(HTMLChecks.duplicateIDs(in: book.html))")
    }

    @Test func aNoncharacterIsReportedAndThePDFStillRenders() throws {
        let book = try MemoryBook("# Title \u{FFFE} here\n\nText.\n")
        let problem = try #require(book.diagnostics(containing: "U+FFFE").first)
        #expect((problem.location.line, problem.location.column) == (1, 9))
        #expect(throws: Never.self) { try PDFWriter().render(book.outcome.book) }
    }
}
