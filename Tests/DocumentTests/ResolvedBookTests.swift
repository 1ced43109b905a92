import Document
import Testing

/// A resolved book holds no directive, role or parameter: whatever no pass resolved becomes
/// a visible, positioned error, so the writers never meet one.
struct ResolvedBookTests {
    @Test func leftoversBecomeErrors() {
        let at = SourceLocation(file: "c.md", line: 2, column: 5)
        let directive = Directive(name: "mystery", argument: "", options: [], content: "", rawBody: "", contentLine: 3, location: at)
        let blocks: [Block] = [
            .blockQuote([.paragraph([.text("a "), .role(name: "value", content: "e.x", location: at), .parameter(key: "eta", location: at)])]),
            .directive(directive),
        ]
        let book = ResolvedBook(Book(title: "T", chapters: [Chapter(file: "c.md", number: 1, frontMatter: FrontMatter(), blocks: blocks)]))
        #expect(book.diagnostics.map(\.message) == ["role '{value}' was not resolved", "parameter '{{eta}}' was not resolved",
                                                   "directive '{mystery}' was not resolved"])
        let leftovers = book.chapters.collect { block -> Int? in
            if case .directive = block { return 1 }
            if case let .paragraph(inlines) = block {
                return inlines.contains { if case .role = $0 { return true }; if case .parameter = $0 { return true }; return false } ? 1 : nil
            }
            return nil
        }
        #expect(leftovers.isEmpty)
    }
}
