import Document
import Engine
import Foundation
import Testing

/// `{{key}}` in the chapter's first heading (its title and the id made from it) and in
/// figure directive options (`:title:`, `:xlim:`).
struct ParameterPlacesTests {
    static let chapter = """
        ---
        tau: 0.3
        high: 0.5
        ---
        # Learning at tau {{tau}}

        \(RenderFixture.modesExperiment("a", tau: "{{tau}}"))

        ```{figure} fig-loss
        :experiment: a
        :x: rules.*.tau
        :y: rules.*.loss
        :title: Loss up to tau = {{tau}}
        :xlim: 0, {{high}}
        Loss.
        ```

        """

    @Test func theFirstHeadingAndItsIdUseTheValues() throws {
        let book = try MemoryBook(Self.chapter)
        #expect(book.outcome.errors.isEmpty, "\(book.outcome.errors)")
        let chapter = try #require(book.outcome.book.chapters.first)
        #expect(chapter.title == "Learning at tau 0.3")
        #expect(book.outcome.book.title == "Learning at tau 0.3")
        let heading = try #require(chapter.blocks.compactMap { block -> Heading? in if case let .heading(h) = block { return h }; return nil }.first)
        #expect(heading.id == "learning-at-tau-0-3")
        #expect(book.html.contains("id=\"\(heading.id)\""))
        #expect(!book.html.contains("{{tau}}"))
        let other = try MemoryBook(Self.chapter, parameters: ["tau": "0.1"])
        #expect(other.outcome.book.chapters.first?.title == "Learning at tau 0.1")
    }

    @Test func figureOptionsUseTheValues() throws {
        let book = try MemoryBook(Self.chapter)
        #expect(book.outcome.errors.isEmpty, "\(book.outcome.errors)")
        // Without the substitution ':xlim: 0, {{high}}' is not two numbers; with high below 0 it is refused.
        let refused = try MemoryBook(Self.chapter, parameters: ["high": "-1"])
        let error = try #require(refused.diagnostics(containing: "':xlim:' is '0, -1'").first)
        #expect(error.location.line == 23)
        let missing = try MemoryBook(Self.chapter.replacingOccurrences(of: "{{high}}", with: "{{nothing}}"))
        let unknown = try #require(missing.diagnostics(containing: "the option ':xlim:' uses {{nothing}}").first)
        #expect((unknown.location.line, unknown.location.column) == (23, 1))
    }
}
