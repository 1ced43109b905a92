import Document
import Engine
import Foundation
import HTMLWriter
import Testing

/// Figures, tables, equations and claims nested in a block quote, a list item and a
/// footnote are numbered, linkable and counted like top-level ones.
struct NestedContentTests {
    static let chapter = """
        # Nested {#sec-nested}

        > \(RenderFixture.modesExperiment("e1").replacingOccurrences(of: "\n", with: "\n> "))
        >
        > ```{figure} fig-quoted
        > :experiment: e1
        > :y: rules.*.loss
        > :x: rules.*.tau
        > A figure in a block quote, ending at {value}`e1.rules.bptt.loss[10] | .3g`.
        > ```

        - An item that holds a table and an equation:

          ```{table} tbl-listed
          :experiment: e1
          :rows: rules
          :columns: loss[0], loss[10]
          :header: Rule, Start, End
          A table in a list item.
          ```

          $$
          x = 1
          $$ {#eq-listed}

        Text with a footnote[^n] that cites @fig-quoted, @tbl-listed and @eq-listed.

        [^n]: A footnote with a claim.

            ```{claim} rises
            :check: e1.rules.bptt.loss[10] > e1.rules.bptt.loss[0]
            The loss rises to {value}`e1.rules.bptt.loss[10] | .3g`.
            ```

        > ```{claim} falls
        > :check: e1.rules.bptt.loss[10] < e1.rules.bptt.loss[0]
        > The loss falls.
        > ```
        """

    @Test func nestedContentIsNumberedLinkedAndCounted() throws {
        let fixture = try RenderFixture(chapters: ["01-nested.md": Self.chapter])
        defer { fixture.remove() }
        let outcome = try fixture.render()
        // Roles in captions and statements (content a directive brings in) are resolved too.
        #expect(outcome.errors.isEmpty, "\(outcome.errors.map(\.description).joined(separator: "\n"))")
        let chapters = outcome.book.chapters
        #expect(chapters.collect { if case let .figure(f) = $0 { return f.number }; return nil } == ["1.1"])
        #expect(chapters.collect { if case let .table(t) = $0 { return t.number }; return nil } == ["1.1"])
        #expect(chapters.collect { if case let .displayMath(m) = $0 { return m.number }; return nil } == ["1.1"])
        #expect(chapters.collect { if case let .experiment(e) = $0 { return e.failed }; return nil } == [false])

        let claims = outcome.book.claims
        // Footnote definitions stand at the end of their chapter.
        #expect(claims.claims.map(\.id) == ["falls", "rises"])
        #expect(claims.headline == "1 of 2 claims hold")
        #expect(claims.notHolding.map(\.id) == ["rises"])
        #expect(outcome.exitStatus(strict: false) == 0)
        #expect(outcome.exitStatus(strict: true) == 1)

        let html = HTMLWriter().render(outcome.book)
        for id in ["fig-quoted", "tbl-listed", "eq-listed", "claim-rises", "claim-falls"] {
            #expect(html.contains("id=\"\(id)\""), "no element with id \(id)")
        }
        for text in ["Figure\u{00A0}1.1", "Table\u{00A0}1.1", "Eq.\u{00A0}(1.1)", "1 of 2 claims hold"] {
            #expect(html.contains(text), "the page does not show \(text)")
        }
    }

    @Test func aFigureNothingCitesIsAWarningAtTheFigure() throws {
        let chapter = "# T\n\n" + RenderFixture.modesExperiment("e1")
            + "\n\n```{figure} fig-alone\n:experiment: e1\n:y: rules.*.loss\nAlone.\n```\n"
        let fixture = try RenderFixture(chapters: ["01-t.md": chapter])
        defer { fixture.remove() }
        let warnings = try fixture.render().diagnostics.filter { $0.message.contains("is never cited") }
        #expect(warnings.map(\.location.line) == [14])
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.message == "figure 'fig-alone' is never cited; cite it as @fig-alone where the text discusses it")
    }
}
