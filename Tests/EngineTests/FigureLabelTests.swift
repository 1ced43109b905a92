import Document
import Engine
import Testing

/// Bad maths in a figure's labels is an error at the figure directive, and the figure is
/// still drawn, with the problem listed under it.
struct FigureLabelTests {
    @Test func unknownCommandInALabelIsReportedAtTheFigure() throws {
        let chapter = """
            # Labels

            \(RenderFixture.modesExperiment("e1"))

            ```{figure} fig-loss
            :experiment: e1
            :y: rules.*.loss
            :ylabel: loss $\\nosuch L$
            Loss.
            ```

            The loss falls (@fig-loss).
            """
        let fixture = try RenderFixture(chapters: ["01-labels.md": chapter])
        defer { fixture.remove() }
        let outcome = try fixture.render()
        let problem = "label 'loss $\\nosuch L$': unknown command \\nosuch"
        #expect(outcome.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
                == ["14:1: figure 'fig-loss': \(problem)"])
        #expect(outcome.diagnostics.first?.severity == .error)
        let figures = outcome.book.chapters[0].blocks.compactMap { block -> FigureBlock? in
            if case let .figure(f) = block { return f }
            return nil
        }
        #expect(figures.first?.warnings == [problem])
    }
}
