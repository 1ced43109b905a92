import Document
import Testing

/// A `|` inside a code span (a `{value}` role's format) does not split a GFM table cell,
/// with or without GFM's `\|`; pipes outside code still separate cells.
struct TablePipeTests {
    static func table(_ markdown: String) throws -> Table {
        let (chapter, diagnostics) = MarkdownParser(file: "t.md").parse(markdown, number: 1)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return try #require(chapter.blocks.compactMap { block -> Table? in if case let .table(t) = block { return t }; return nil }.first)
    }

    @Test func aPipeInsideAValueRoleStaysInItsCell() throws {
        let table = try Self.table("""
            | rule | final loss |
            |------|------------|
            | BPTT | {value}`e1.rules.bptt.final_loss | .3g` |
            | RFLO | {value}`e1.rules.rflo.final_loss \\| .2e` |
            """)
        #expect(table.header.count == 2)
        #expect(table.rows.map(\.count) == [2, 2])
        guard case let .role(name, content, _)? = table.rows[0][1].first else {
            Issue.record("expected a role, got \(table.rows[0][1])")
            return
        }
        #expect(name == "value" && content == "e1.rules.bptt.final_loss | .3g")
        guard case let .role(_, escaped, _)? = table.rows[1][1].first else {
            Issue.record("expected a role, got \(table.rows[1][1])")
            return
        }
        #expect(escaped == "e1.rules.rflo.final_loss | .2e")
    }

    @Test func codeWithPipesOutsideTablesAndFencesIsUnchanged() throws {
        let (chapter, _) = MarkdownParser(file: "t.md").parse("Write `a | b` here.\n\n```\n| `x | y` |\n```\n", number: 1)
        guard case let .paragraph(inlines) = chapter.blocks[0], case let .codeBlock(_, code) = chapter.blocks[1] else {
            Issue.record("unexpected blocks \(chapter.blocks)")
            return
        }
        #expect(inlines.contains(.code("a | b")))
        #expect(code.contains("| `x | y` |"))
        let table = try Self.table("| a | `b|c` | d |\n|---|---|---|\n| 1 | `x|y|z` | 3 |\n")
        #expect(table.header.count == 3 && table.rows[0].count == 3)
        #expect(table.rows[0][1] == [.code("x|y|z")])
    }
}
