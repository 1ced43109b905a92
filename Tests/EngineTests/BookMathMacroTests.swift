import Document
import Engine
import Foundation
import Testing

/// The first chapter's `math:` macros hold in the whole book, a chapter's own add to them;
/// the writers get every formula expanded; a recursive macro is reported at its call.
struct BookMathMacroTests {
    /// A report format that lists the TeX of every formula, one a line.
    struct FormulaFormat: OutputFormat {
        let fileExtension = "txt"
        func render(_ book: ResolvedBook) throws -> RenderedReport {
            let formulas = book.chapters.flatMap { chapter in
                chapter.blocks.collect { block -> [String]? in
                    switch block {
                    case let .displayMath(m): return [m.tex]
                    case let .paragraph(inlines): return inlines.compactMap { if case let .math(tex, _) = $0 { return tex }; return nil }
                    default: return nil
                    }
                }.flatMap { $0 }
            }
            return RenderedReport(data: Data(formulas.joined(separator: "\n").utf8), details: [])
        }
    }

    @Test func macrosFromTheFrontMatterAreExpandedAndRecursionIsPlaced() throws {
        let first = """
            ---
            book: Macros
            math:
              '\\R': '\\mathbb{R}'
              '\\norm': '\\left\\lVert #1 \\right\\rVert'
            ---
            # One

            Let $x \\in \\R^n$ and $\\norm{x}$.
            """
        let second = """
            ---
            math:
              '\\loop': 'a \\loop'
              '\\R': '\\mathbf{R}'
            ---
            # Two

            $$
            \\norm{y} \\in \\R
            $$

            Here $b + \\loop$.
            """
        let effects = InMemoryEffects(files: ["/book/chapters/01-one.md": first, "/book/chapters/02-two.md": second],
                                      date: Date(timeIntervalSince1970: 0), environment: [:], gitCommit: "0")
        let build = ReportBuild(.init(projectRoot: URL(fileURLWithPath: "/book"), outputFolder: URL(fileURLWithPath: "/book/output"),
                                      formats: [FormulaFormat()], jobs: 1, strict: false, quiet: true), effects: effects)
        let result = try build.run()
        let problems = result.outcome.diagnostics.filter { $0.message.hasPrefix("math:") }
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("\\loop expands into itself") == true)
        #expect(problems.first?.location == SourceLocation(file: "chapters/02-two.md", line: 12, column: 11))
        let written = String(decoding: try effects.readFile(URL(fileURLWithPath: "/book/output/macros.txt")), as: UTF8.self)
        #expect(written.components(separatedBy: "\n") == [
            "x \\in \\mathbb{R}^n", "\\left\\lVert x \\right\\rVert",
            "\\left\\lVert y \\right\\rVert \\in \\mathbf{R}", "b + ",
        ])
    }
}
