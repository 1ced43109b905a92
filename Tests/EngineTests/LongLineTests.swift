import Document
import Engine
import Foundation
import HTMLWriter
import Testing

/// A 40 kB line with 4000 bad references gives a short report: each diagnostic shows a window
/// of the line around its column, a line lists at most ten, and the page stays linear in the
/// input.
struct LongLineTests {
    @Test func thousandsOfMistakesOnOneLineStayShort() throws {
        let line = (0..<4000).map { "@fig-missing\($0)" }.joined(separator: " ")
        let chapter = "# Long\n\n" + line + "\n"
        let fixture = try RenderFixture(chapters: ["01-long.md": chapter])
        defer { fixture.remove() }
        let outcome = try fixture.render()
        let listed = outcome.diagnostics.filter { $0.location.line == 3 }
        #expect(listed.count == 11)
        #expect(listed.last?.message.hasPrefix("3990 more problems on this line are not listed") == true, "\(listed.last?.message ?? "")")
        let printed = outcome.diagnostics.map(\.description).joined(separator: "\n")
        #expect(printed.utf8.count < 5_000, "\(printed.utf8.count) bytes of diagnostics")
        let html = HTMLWriter().render(outcome.book)
        #expect(html.utf8.count < 20 * chapter.utf8.count, "\(html.utf8.count) bytes of HTML for \(chapter.utf8.count) of chapter")
    }

    @Test func excerptIsAWindowAroundTheColumn() {
        let source = String(repeating: "a", count: 500) + "X" + String(repeating: "b", count: 500)
        let d = Diagnostic("bad", at: SourceLocation(file: "c.md", line: 1, column: 501), sourceLine: source)
        let lines = d.excerpt!.components(separatedBy: "\n")
        #expect(lines[0].count < 2 * Diagnostic.excerptRadius + 10)
        #expect(lines[0].hasPrefix("  …") && lines[0].hasSuffix("…"))
        let caret = lines[1].count - 1, x = Array(lines[0]).firstIndex(of: "X")!
        #expect(caret == x, "the caret stands under the column")
    }
}
