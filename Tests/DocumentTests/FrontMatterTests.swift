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

/// `math:` macros as MyST writes them, and their mistakes at their line.
struct FrontMatterMathTests {
    @Test func mathMacrosAreRead() {
        let (matter, _, diagnostics) = FrontMatter.split(
            "---\nmath:\n  '\\R': '\\mathbb{R}'\n  norm: '\\left\\lVert #1 \\right\\rVert'\n---\n", file: "m.md")
        #expect(diagnostics == [])
        #expect(matter.mathMacros == ["R": "\\mathbb{R}", "norm": "\\left\\lVert #1 \\right\\rVert"])
    }

    @Test func aBadMacroIsReportedAtItsKey() {
        let (_, _, diagnostics) = FrontMatter.split("---\ntitle: T\nmath:\n  '\\R': '\\mathbb{R}'\n  '\\a b': x\n---\n", file: "m.md")
        #expect(diagnostics.map(\.message) == ["math: '\\a b' is not a command name such as '\\R'"])
        #expect(diagnostics.first?.location == SourceLocation(file: "m.md", line: 5, column: 3))
        let (_, _, notText) = FrontMatter.split("---\nmath:\n  '\\R': [1, 2]\n---\n", file: "m.md")
        #expect(notText.map(\.message) == ["math: the TeX of '\\R' must be text, such as '\\mathbb{R}'"])
        let (_, _, notMapping) = FrontMatter.split("---\nmath: x\n---\n", file: "m.md")
        #expect(notMapping.first?.location.line == 2)
    }
}
