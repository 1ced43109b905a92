import Document
import Testing

/// Task lists, definition lists and pipe-table captions as the parser builds them.
struct BlockSyntaxTests {
    private func parse(_ source: String) -> (String, [Diagnostic]) {
        let (chapter, diagnostics) = MarkdownParser(file: "c.md").parse(source, number: 1)
        return (TreeDump.blocks(chapter.blocks), diagnostics)
    }

    @Test func taskListItemsStartWithTheirBox() {
        let (tree, diagnostics) = parse("- [ ] open\n- [x] done\n- plain\n")
        #expect(diagnostics.isEmpty)
        #expect(tree == "ul(para[[ ] open] | para[[x] done] | para[plain])")
    }

    @Test func definitionListsTightAndLoose() {
        let (tight, none) = parse("Term one\n: First meaning\ncontinued\n: Second meaning\n\nTerm two\n\n: Loose meaning\n")
        #expect(none.isEmpty)
        #expect(tight == "dl(Term one: para[First meaning↵continued] ; para[Second meaning] | Term two: para[Loose meaning])")
        let (plain, _) = parse("Just a paragraph\nwith two lines.\n")
        #expect(plain == "para[Just a paragraph↵with two lines.]")
    }

    @Test func pipeTableCaptionNumbersTheTable() {
        let source = "| a | b |\n|---|---|\n| 1 | 2 |\n\n: Measured values {#tbl-values}\n\nSee @tbl-values.\n"
        let (chapter, diagnostics) = MarkdownParser(file: "c.md").parse(source, number: 2)
        #expect(diagnostics.isEmpty)
        let book = Resolver.resolve(Book(title: "T", chapters: [chapter]))
        #expect(book.diagnostics.isEmpty)
        guard case let .table(t) = book.chapters[0].blocks[0] else { Issue.record("no table"); return }
        #expect(t.caption == [.text("Measured values")])
        #expect(t.id == "tbl-values")
        #expect(t.number == "2.1")
        #expect(t.location?.line == 5)
        guard case let .paragraph(c) = book.chapters[0].blocks[1] else { Issue.record("no paragraph"); return }
        #expect(c.contains(.reference(label: "tbl-values", location: SourceLocation(file: "c.md", line: 7, column: 5), text: "Table\u{00A0}2.1")))
    }

    /// Only the space before the braces goes: the words after inline math keep theirs.
    @Test func captionTextAfterMathKeepsItsSpace() {
        let source = "| a | b |\n|---|---|\n| 1 | 2 |\n\n: What $W$ needs {#tbl-w}\n"
        let (chapter, _) = MarkdownParser(file: "c.md").parse(source, number: 1)
        guard case let .table(t) = chapter.blocks[0] else { Issue.record("no table"); return }
        #expect(t.id == "tbl-w")
        #expect(t.caption.last == .text(" needs"))
    }
}
