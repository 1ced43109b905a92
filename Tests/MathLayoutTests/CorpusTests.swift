import MathLayout
import Testing

/// The corpus of paper-style formulas parses without a diagnostic, leaves no unsupported
/// command in the tree, and lays out with every glyph inside its box.
struct CorpusTests {
    @Test func corpusIsLargeEnough() {
        #expect(CorpusFormulas.all.count >= 150)
    }

    @Test func everyCorpusFormulaParsesCleanly() {
        for (index, tex) in CorpusFormulas.all.enumerated() {
            let parsed = MathParser.parse(tex)
            #expect(parsed.diagnostics.isEmpty, "corpus \(index + 1): \(tex)\n\(parsed.diagnostics)")
            let mathML = MathMLWriter.render(parsed, display: true)
            #expect(!mathML.contains("<merror>"), "corpus \(index + 1): \(tex)")
        }
    }

    @Test func everyCorpusFormulaLaysOutInsideItsBox() {
        let engine = MathLayoutEngine(metrics: FixedWidthMetrics())
        for (index, tex) in CorpusFormulas.all.enumerated() where !tex.contains("lap") && !tex.contains("smash") {
            let box = engine.layout(MathParser.parse(tex), display: true, size: 10)
            for run in box.glyphs {
                #expect(run.top <= box.ascent + 1e-9 && run.bottom >= -box.descent - 1e-9,
                        "corpus \(index + 1): \(run.text) outside vertically")
                #expect(run.x >= -1e-9 && run.right <= box.width + 1e-9, "corpus \(index + 1): \(run.text) outside horizontally")
            }
        }
    }
}
