import Document
import Engine
import Foundation
import Testing

/// `{{key}}` parameters: the values used are shown where they are used, and say where they came from.
struct ParameterTests {
    static let chapter = "---\ntau: 0.2\nrecords: 10\n---\n# P\n\n"
        + RenderFixture.modesExperiment("a", tau: "{{tau}}").replacingOccurrences(of: "records: 10", with: "records: {{records}}") + "\n"

    @Test func experimentBoxShowsTheValuesUsedAndTheirSource() throws {
        let book = try MemoryBook(Self.chapter, parameters: ["tau": "0.3"])
        #expect(book.outcome.errors.isEmpty)
        #expect(book.html.contains("# parameters: tau = 0.3 (from -P), records = 10 (front matter)"))
        #expect(book.html.contains("tau: 0.3"))
        #expect(!book.html.contains("{{tau}}"))
    }
}
