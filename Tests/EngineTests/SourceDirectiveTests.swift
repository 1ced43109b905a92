import Document
import Engine
import Foundation
import HTMLWriter
import PDFWriter
import Testing
import TestSupport

/// `{include}`, partials, `.qmd` chapters, `{list-table}` and `{csv-table}` through the renderer.
struct SourceDirectiveTests {
    private func tables(_ outcome: BookRenderer.Outcome) -> [Table] {
        outcome.book.chapters.collect { if case let .table(t) = $0 { return t }; return nil }
    }

    @Test func includeKeepsTheIncludedFilesPositions() throws {
        let fixture = try RenderFixture(chapters: [
            "01-a.md": "# A\n\n```{include} parts/_methods.md\n```\n\nAfter.\n",
        ])
        defer { fixture.remove() }
        try FileManager.default.createDirectory(at: fixture.root.appendingPathComponent("chapters/parts"), withIntermediateDirectories: true)
        try fixture.write("parts/_methods.md", "## Methods\n\nSee @fig-nothing.\n\n```{include} _deeper.md\n```\n")
        try fixture.write("parts/_deeper.md", "Deeper text.\n")
        try fixture.write("_partial.md", "# Never a chapter\n")
        let outcome = try fixture.render()
        #expect(outcome.book.chapters.count == 1)
        let html = HTMLWriter().render(outcome.book)
        #expect(html.contains("Methods") && html.contains("Deeper text.") && html.contains("After."))
        #expect(!html.contains("Never a chapter"))
        let problem = try #require(outcome.diagnostics.first { $0.message.contains("fig-nothing") })
        #expect(problem.location == SourceLocation(file: "chapters/parts/_methods.md", line: 3, column: 5))
        #expect(problem.sourceLine == "See @fig-nothing.")
    }

    @Test func includeCyclesMissingFilesAndEscapesAreErrorsAtTheDirective() throws {
        let fixture = try RenderFixture(chapters: [
            "01-a.md": "# A\n\n```{include} _loop.md\n```\n\n```{include} _missing.md\n```\n\n```{include} ../../outside.md\n```\n",
        ])
        defer { fixture.remove() }
        try fixture.write("_loop.md", "Loop.\n\n```{include} _loop.md\n```\n")
        let outcome = try fixture.render()
        let errors = outcome.errors.map { "\($0.location.file):\($0.location.line) \($0.message.prefix(30))" }
        #expect(errors.count == 3, "\(errors)")
        #expect(outcome.errors.contains { $0.message.contains("cycle") && $0.location.file == "chapters/_loop.md" && $0.location.line == 3 })
        #expect(outcome.errors.contains { $0.message.contains("does not exist") && $0.location.line == 6 })
        #expect(outcome.errors.contains { $0.message.contains("outside the project") && $0.location.line == 9 })
    }

    @Test func qmdChaptersShowQuartoCellsAsCode() throws {
        let fixture = try RenderFixture(chapters: ["01-a.qmd": "# Quarto\n\n```{python}\n#| echo: false\nprint(1 + 1)\n```\n"])
        defer { fixture.remove() }
        let outcome = try fixture.render()
        #expect(outcome.diagnostics.map(\.severity) == [.warning])
        #expect(outcome.diagnostics.first?.location.line == 3)
        #expect(HTMLWriter().render(outcome.book).contains("print(1 + 1)"))
    }

    @Test func listAndCSVTablesAreNumberedAndReferenceable() throws {
        let fixture = try RenderFixture(chapters: ["01-a.md": #"""
            # Tables

            See @tbl-list and @tbl-csv and @tbl-file.

            ```{list-table} Rules and *costs*
            :header-rows: 1
            :widths: 2 1
            :label: tbl-list
            * - Rule
              - Cost
            * - BPTT
              - $O(T)$
            * - RFLO
            ```

            ```{csv-table} Inline CSV
            :header: "Name", "Value"
            :name: tbl-csv
            a, 1
            "b, quoted", "2 ""two"""
            ```

            ```{csv-table} From a file
            :file: data/values.tsv
            :delim: tab
            :header-rows: 1
            :label: tbl-file
            ```

            """#])
        defer { fixture.remove() }
        try FileManager.default.createDirectory(at: fixture.root.appendingPathComponent("chapters/data"), withIntermediateDirectories: true)
        try fixture.write("data/values.tsv", "x\ty\n1\t2\n3\t4\n")
        let outcome = try fixture.render()
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let found = tables(outcome)
        #expect(found.map(\.id) == ["tbl-list", "tbl-csv", "tbl-file"])
        #expect(found.map(\.number) == ["1.1", "1.2", "1.3"])
        #expect(found[0].header == [[.text("Rule")], [.text("Cost")]])
        #expect(found[0].rows.count == 2 && found[0].rows[1] == [[.text("RFLO")], []])
        #expect(found[0].caption == [.text("Rules and "), .emphasis([.text("costs")])])
        #expect(found[1].header == [[.text("Name")], [.text("Value")]])
        #expect(found[1].rows[1] == [[.text("b, quoted")], [.text("2 \u{201C}two\u{201D}")]] || found[1].rows[1] == [[.text("b, quoted")], [.text("2 \"two\"")]])
        #expect(found[2].rows == [[[.text("1")], [.text("2")]], [[.text("3")], [.text("4")]]])
        let pdf = try PDFWriter().render(outcome.book).pdf
        let text = try runTool("pdftotext", [try temporaryFile(pdf, ext: "pdf").path, "-"])
        #expect(text.contains("Table 1.1") && text.contains("RFLO") && text.contains("b, quoted"))

        // `:widths: 2 1`: two thirds and one third of the text width, in both writers.
        #expect(found[0].widths == [2.0 / 3, 1.0 / 3])
        #expect(HTMLWriter().render(outcome.book).contains("<colgroup><col style=\"width:66.7%\"><col style=\"width:33.3%\"></colgroup>"))
        let boxes = try runTool("pdftotext", ["-bbox", try temporaryFile(pdf, ext: "pdf").path, "-"])
        func left(_ word: String) -> Double? {
            guard let end = boxes.range(of: ">\(word)</word>") else { return nil }
            let line = boxes[..<end.lowerBound].split(separator: "\n").last ?? ""
            guard let x = line.range(of: "xMin=\"") else { return nil }
            return Double(line[x.upperBound...].prefix { $0 != "\"" })
        }
        let gap = try #require(left("Cost")) - (try #require(left("Rule")))
        #expect(gap > 250, "the second column starts \(gap) pt after the first; 2:1 of the text width puts it about 300 pt after")
    }

    @Test func badTableInputIsPositioned() throws {
        let fixture = try RenderFixture(chapters: ["01-a.md": "# T\n\n```{csv-table}\n:header-rows: 9\n:bogus: 1\na,b\n```\n\n```{csv-table}\n:file: nothere.csv\n```\n\n```{list-table}\nNot a list.\n```\n"])
        defer { fixture.remove() }
        let outcome = try fixture.render()
        let lines = outcome.diagnostics.map(\.location.line).sorted()
        #expect(lines == [4, 5, 10, 13], "\(outcome.diagnostics)")
    }
}
