import Document
import Engine
import Foundation
import HTMLWriter
import PDFWriter
import Testing
import TestSupport

/// A project file (`report.yml`, or MyST's `myst.yml` with `project:`) holds the book-wide
/// fields; chapters override them; both writers show the title block.
struct ProjectFileTests {
    static let project = """
        title: Local rules
        subtitle: Notes from the lab
        authors:
          - name: Ann Author
            affiliations: [lab, inst]
            email: ann@example.org
            corresponding: true
          - name: Bo Writer
            affiliations: [inst]
        affiliations:
          - id: lab
            name: Neuro Lab
          - id: inst
            institution: Some Institute
        date: 2 January 2026
        abstract: |
          We compare **local** learning rules.
        keywords: [plasticity, RNN]
        license: CC-BY-4.0
        doi: 10.1234/abc
        numbering: {depth: 2}
        seed: 7
        """

    @Test func projectFieldsReachBothWriters() throws {
        let fixture = try RenderFixture(chapters: [
            "01-a.md": "# One\n\n## Part\n\n### Deep\n\nSeed {{seed}}.\n",
            "02-b.md": "---\nseed: 8\n---\n# Two\n\nSeed {{seed}}.\n",
        ])
        defer { fixture.remove() }
        try fixture.write("report.yml", Self.project)
        let outcome = try fixture.render()
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let html = HTMLWriter().render(outcome.book)
        #expect(html.contains("<h1>Local rules</h1>"))
        for piece in ["<p class=\"subtitle\">Notes from the lab</p>", "Ann Author<sup>1,2</sup><sup title=\"corresponding author\">*</sup>",
                      "Bo Writer<sup>2</sup>", "<li><sup>2</sup>Some Institute</li>", "<strong>local</strong>",
                      "plasticity, RNN", "https://doi.org/10.1234/abc", "2 January 2026", "Seed 7.", "Seed 8."] {
            #expect(html.contains(piece), "missing \(piece)")
        }
        #expect(!html.contains("secno\">1.1.1"), "depth 2 numbers no level-3 heading")
        let pdf = try PDFWriter().render(outcome.book).pdf
        let text = try runTool("pdftotext", ["-l", "1", try temporaryFile(pdf, ext: "pdf").path, "-"])
        for piece in ["Local rules", "Notes from the lab", "Neuro Lab", "Some Institute", "Abstract", "local learning rules",
                      "Keywords: plasticity, RNN", "DOI: 10.1234/abc", "2 January 2026"] {
            #expect(text.contains(piece), "title page misses \(piece)")
        }
    }

    @Test func mystProjectFieldsAndPositionedErrors() throws {
        let fixture = try RenderFixture(chapters: ["01-a.md": "---\ntitle: Chapter title\nauthors: Chapter Author\n---\n# A\n"])
        defer { fixture.remove() }
        try fixture.write("myst.yml", "version: 1\nproject:\n  title: Book title\n  authors: [Project Author]\n  keywords: {a: 1}\n  toc: [{file: a.md}]\n")
        let outcome = try fixture.render()
        #expect(outcome.book.title == "Book title")
        #expect(outcome.book.authors == ["Chapter Author"])
        let problems = outcome.diagnostics.map { "\($0.location.file):\($0.location.line):\($0.severity)" }
        #expect(problems == ["chapters/myst.yml:5:error", "chapters/myst.yml:6:warning"])
    }

    @Test func bibliographyKeyChoosesTheFiles() throws {
        let fixture = try RenderFixture(chapters: ["01-a.md": "# A\n\nAs shown [@smith2020].\n"])
        defer { fixture.remove() }
        try fixture.write("report.yml", "bibliography: [refs/papers.bib, missing.bib]\n")
        try FileManager.default.createDirectory(at: fixture.root.appendingPathComponent("chapters/refs"), withIntermediateDirectories: true)
        try fixture.write("refs/papers.bib", "@article{smith2020, author = {Smith, Ann}, title = {A paper}, journal = {J}, year = {2020}}\n")
        let outcome = try fixture.render()
        #expect(outcome.book.book.bibliography.map(\.key) == ["smith2020"])
        let problems = outcome.diagnostics.map { "\($0.location.file):\($0.location.line) \($0.message)" }
        #expect(problems == ["chapters/report.yml:1 bibliography 'missing.bib' does not exist"])
    }
}
