import Document
import Engine
import Foundation
import Testing

/// `{{key}}` parameters: the values used are shown where they are used, and say where they came from.
struct ParameterTests {
    static let chapter = "---\ntau: 0.2\nrecords: 10\n---\n# P\n\n"
        + RenderFixture.modesExperiment("a", tau: "{{tau}}").replacingOccurrences(of: "records: 10", with: "records: {{records}}") + "\n"

    @Test func experimentBoxShowsTheValuesUsedAndTheirSource() throws {
        let book = try MemoryBook(Self.chapter, parameters: ["tau": "0.3"])
        #expect(book.outcome.errors.isEmpty)
        #expect(book.html.contains("# parameters: tau = 0.3 (from -P), records = 10 (front matter)"))
        #expect(book.html.contains("tau: 0.3"))
        #expect(!book.html.contains("{{tau}}"))
    }
}

extension ParameterTests {
    static let prose = """
        ---
        tau: 0.2
        limit: 100
        ---
        # P

        We train with a time constant of {{tau}}, not `{{tau}}`.

        \(RenderFixture.modesExperiment("a", tau: "{{tau}}"))

        ```{figure} fig-loss
        :experiment: a
        :y: rules.*.loss
        Loss at tau = {{ tau }}.
        ```

        ```{claim} low
        :check: a.rules.bptt.loss[1] < {{limit}}
        The loss ends below {{limit}}.
        ```

        ```text
        {{tau}} stays here
        ```

        """

    @Test func proseCaptionsAndClaimsUseTheSameValues() throws {
        let book = try MemoryBook(Self.prose, parameters: ["tau": "0.3"])
        #expect(book.outcome.errors.isEmpty, "\(book.outcome.errors)")
        #expect(book.html.contains("time constant of 0.3, not <code>{{tau}}</code>"))
        #expect(book.html.contains("Loss at tau = 0.3."))
        #expect(book.html.contains("The loss ends below 100."))
        #expect(book.html.contains("{{tau}} stays here"))
        let claim = try #require(book.outcome.book.claims.claims.first)
        #expect(claim.check == "a.rules.bptt.loss[1] < 100")
        #expect(claim.passed == true)
    }

    @Test func aParameterWithoutValueIsAPositionedError() throws {
        let text = "# P\n\nA value of {{eta}} here.\n\n" + RenderFixture.modesExperiment("a") + "\n\n```{figure} fig-x\n:experiment: a\n:y: rules.*.loss\nAt {{gamma}}.\n```\n\n"
            + "```{claim} c\n:check: a.x < {{delta}}\nIt holds.\n```\n"
        let book = try MemoryBook(text)
        let prose = try #require(book.diagnostics(containing: "{{eta}}").first)
        #expect((prose.location.line, prose.location.column) == (3, 12))
        let caption = try #require(book.diagnostics(containing: "{{gamma}}").first)
        #expect((caption.location.line, caption.location.column) == (19, 4))
        let check = try #require(book.diagnostics(containing: "the check uses {{delta}}").first)
        #expect(check.location.line == 23)
        #expect(book.html.contains("this text uses {{eta}}, which is neither in the front matter nor given with -P eta=VALUE"))
    }
}
