import Document
import Foundation
import Testing
@testable import Engine

/// Footnotes referenced inside containers link to definitions outside them (and inside
/// them), numbered with the chapter's other footnotes in order of first reference.
struct ContainerFootnoteTests {
    @Test func aReferenceInsideANoteLinksToItsDefinitionOutside() throws {
        let book = try MemoryBook(chapters: ["01-a.md": Data("""
            # A

            First[^out].

            ```{note}
            Inside a note[^1], again[^out], and inline^[An inline note.].
            ```

            :::{tip}
            A tip with its own[^own].

            [^own]: Defined in the tip.
            :::

            ```text
            [^1] in code stays code
            ```

            Unknown[^nothing] stays text.

            [^1]: The footnote of the note.
            [^out]: Outside.
            [^unused]: Nobody cites this.
            """.utf8)])
        #expect(book.outcome.errors.isEmpty, "\(book.outcome.errors)")
        let chapters = book.outcome.book.chapters
        let definitions = chapters.collect { block -> String? in
            if case let .footnoteDefinition(label, content) = block, case let .paragraph(p)? = content.first {
                return "\(label): \(InlineText.plain(p))"
            }
            return nil
        }
        #expect(definitions == ["1: Outside.", "2: The footnote of the note.", "3: An inline note.", "4: Defined in the tip."])
        let references = chapters.collect { block -> [String]? in
            guard case let .paragraph(inlines) = block else { return nil }
            return inlines.compactMap { if case let .footnoteReference(label) = $0 { return label }; return nil }
        }.flatMap { $0 }
        #expect(references == ["1", "2", "1", "3", "4"])
        #expect(book.html.contains("Inside a note<sup class=\"fnref\"><a id=\"fnref-1-2\" href=\"#fn-1-2\">2</a></sup>"), "\(book.html)")
        #expect(book.html.contains("<div class=\"footnote\" id=\"fn-1-2\"><sup>2</sup>"))
        #expect(book.html.contains("[^1] in code stays code") && book.html.contains("Unknown[^nothing] stays text."))
        #expect(!book.html.contains("Nobody cites this"))
    }

    @Test func anUnclosedFenceKeepsTheChapterAsWritten() throws {
        let book = try MemoryBook(chapters: ["01-a.md": Data("# A\n\nText[^a].\n\n[^a]: Note.\n\n```text\nopen fence\n".utf8)])
        #expect(book.html.contains("open fence") && !book.html.contains("[^a]</code>") && book.html.contains("Note."))
        #expect(book.html.contains("href=\"#fn-1-1\""))
    }
}
