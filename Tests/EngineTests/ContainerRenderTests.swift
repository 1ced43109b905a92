import Document
import Engine
import Foundation
import HTMLWriter
import Testing

/// Directives inside admonitions, callouts and divs (in backtick and colon fences) are
/// planned, run, numbered and checked; unknown directives and roles keep their content.
struct ContainerRenderTests {
    static let chapter = """
        # Boxes {#sec-boxes}

        ::::{note} Setup
        \(RenderFixture.modesExperiment("e1"))

        :::{figure} fig-boxed
        :experiment: e1
        :y: rules.*.loss
        :x: rules.*.tau
        A figure in a note.
        :::
        ::::

        ::: {.callout-tip}
        ## Checked
        ```{claim} falls
        :check: e1.rules.bptt.loss[10] < e1.rules.bptt.loss[0]
        The loss falls.
        ```
        :::

        See @fig-boxed and {kbd}`Ctrl`.

        ```{exercise}
        Some *diagram* text.
        ```
        """

    @Test func nestedDirectivesRunAndNumber() throws {
        let fixture = try RenderFixture(chapters: ["01-boxes.md": Self.chapter])
        defer { fixture.remove() }
        let outcome = try fixture.render()
        #expect(outcome.errors.isEmpty, "\(outcome.errors.map(\.description).joined(separator: "\n"))")
        let chapters = outcome.book.chapters
        #expect(chapters.collect { if case let .figure(f) = $0 { return f.number }; return nil } == ["1.1"])
        #expect(chapters.collect { if case let .experiment(e) = $0 { return e.failed }; return nil } == [false])
        #expect(outcome.book.claims.headline == "1 of 1 claims hold")
        let warnings = outcome.diagnostics.filter { $0.severity == .warning }.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        #expect(warnings.contains { $0.hasPrefix("31:20: unknown role '{kbd}'; its text is shown as written") }, "\(warnings)")
        #expect(warnings.contains { $0.hasPrefix("33:1: unknown directive '{exercise}'; its content is shown as written") }, "\(warnings)")

        let html = HTMLWriter().render(outcome.book)
        for text in ["class=\"admonition tone-info admonition-note\"", "<p class=\"container-title\">Setup</p>",
                     "class=\"admonition tone-tip admonition-tip\"", "<p class=\"container-title\">Checked</p>",
                     "id=\"fig-boxed\"", "id=\"claim-falls\"", "Figure\u{00A0}1.1", "Ctrl", "Some <em>diagram</em> text."] {
            #expect(html.contains(text), "the page does not show \(text)")
        }
    }

    @Test func unknownDirectiveWithTeXIsShownAsWritten() throws {
        let chapter = "# T\n\n```{proof}\n:label: eq-x\n\\frac{a}{b} = c_1 * d_2\n```\n"
        let fixture = try RenderFixture(chapters: ["01-t.md": chapter])
        defer { fixture.remove() }
        let outcome = try fixture.render()
        #expect(outcome.errors.isEmpty)
        #expect(outcome.diagnostics.map(\.message).contains { $0.contains("its options (:label:) are ignored") })
        #expect(outcome.book.chapters.collect { if case let .codeBlock(_, code) = $0 { return code }; return nil }
                == ["\\frac{a}{b} = c_1 * d_2"])
    }
}
