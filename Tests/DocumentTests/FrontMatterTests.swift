import Document
import Testing

/// Front matter that would overflow the YAML parser is refused with a positioned diagnostic.
struct FrontMatterTests {
    @Test func deeplyNestedFrontMatterIsRefusedWithItsPosition() {
        let yaml = "title: Deep\nparams:\n" + (1...5000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
        let (matter, body, diagnostics) = FrontMatter.split("---\n\(yaml)\n---\n# Text\n", file: "deep.md")
        #expect(matter == FrontMatter())
        #expect(body.hasSuffix("# Text\n"))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("nested deeper than 64 levels") == true)
        #expect(diagnostics.first?.location == SourceLocation(file: "deep.md", line: 1 + 66, column: 65))
    }
}
