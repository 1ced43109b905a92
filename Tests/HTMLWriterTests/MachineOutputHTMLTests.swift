import Document
import HTMLWriter
import Testing

/// `:show:` in the HTML: parameters and checks folded into closed `<details>` by default.
struct MachineOutputHTMLTests {
    static let here = SourceLocation(file: "c.md", line: 3, column: 1)

    static func page(_ show: MachineOutputShow) -> String {
        var claim = ClaimBlock(id: "c1", statement: [.text("It holds.")], check: "e.x < 1", passed: true,
                               measured: [MeasuredValue(path: "e.x", value: "0.5")], location: here)
        claim.show = show
        var experiment = ExperimentBlock(id: "e", kind: "modes", parameters: "kind: modes\nT: 5", status: "ran in 0.1 s", failed: false)
        experiment.show = show
        let chapter = Chapter(file: "c.md", number: 1, frontMatter: FrontMatter(), blocks: [.experiment(experiment), .claim(claim)])
        return HTMLWriter().render(ResolvedBook(Book(title: "B", chapters: [chapter], bibliography: [], citedKeys: [])))
    }

    @Test func summaryFoldsTheCheckAndTheParametersClosed() {
        let html = Self.page(.summary)
        #expect(html.contains("<details class=\"experiment\" id=\"exp-e\">"))
        #expect(html.contains("<details class=\"claim-check\"><summary>Check <span class=\"claim-values\">(measured 0.5)</span></summary><code>e.x &lt; 1</code>"))
        #expect(html.contains("It holds."))
    }

    @Test func fullOpensTheParametersAndShowsTheCheck() {
        let html = Self.page(.full)
        #expect(html.contains("<details class=\"experiment\" id=\"exp-e\" open>"))
        #expect(html.contains("<div class=\"claim-check\">Check: <code>e.x &lt; 1</code>"))
    }

    @Test func noneLeavesTheAnchorsOnly() {
        let html = Self.page(.none)
        #expect(html.contains("<span class=\"record-anchor\" id=\"exp-e\"></span>"))
        #expect(html.contains("<span class=\"record-anchor\" id=\"claim-c1\"></span>"))
        #expect(!html.contains("kind: modes") && !html.contains("e.x &lt; 1"))
    }
}
