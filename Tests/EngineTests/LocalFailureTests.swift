import Document
import Engine
import Foundation
import Testing

/// A rule that diverges stops at its step with a warning; the experiment's other rules stay
/// usable by figures and claims, and the result is cached like any other.
struct LocalFailureTests {
    static let chapter = """
        # Local

        ```{experiment} e1
        kind: modes
        T: 5
        teacher_modes: [[1, 0.8, 1]]
        initial_modes: [[0.05, 3.5, 0.04]]
        feedback_modes: [1]
        rules: [bptt, rflo]
        tau: 0.2
        records: 10
        ```

        ```{figure} fig-loss
        :experiment: e1
        :y: rules.*.loss
        :x: rules.*.tau
        :yscale: log
        Loss of both rules (@fig-loss); BPTT's stops where it diverged.
        ```

        ```{claim} rflo-runs
        :check: e1.rules.rflo.loss[1] > 0
        RFLO's run is usable.
        ```
        """

    @Test func aDivergedRuleIsAWarningAndTheRestStands() throws {
        let fixture = try RenderFixture(chapters: ["01-local.md": Self.chapter])
        defer { fixture.remove() }
        let outcome = try fixture.render()
        #expect(outcome.errors.isEmpty, "\(outcome.errors)")
        let warning = try #require(outcome.diagnostics.first { $0.message.contains("diverged") })
        #expect(warning.severity == .warning && warning.location.line == 3)
        #expect(warning.message.hasPrefix("experiment 'e1': rule 'bptt' diverged"))
        #expect(outcome.book.claims.held == 1)
        #expect(outcome.book.chapters.collect { if case let .figure(f) = $0 { return f.id }; return nil } == ["fig-loss"])
        let again = try fixture.render()
        #expect(again.experiments.map(\.status) == [.reused])
        #expect(again.experiments[0].stopped == outcome.experiments[0].stopped)
    }
}
