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

/// The book's `math:` macros reach figure labels: a label with `\R` draws what one with
/// `\mathbb{R}` draws, and a macro the book does not define is an error at the figure.
struct FigureLabelMacroTests {
    static func figure(_ id: String, ylabel: String) -> String {
        """
        ```{figure} \(id)
        :experiment: e1
        :y: rules.*.loss
        :ylabel: \(ylabel)
        Loss.
        ```
        """
    }

    @Test func aBookMacroInALabelDrawsItsExpansion() throws {
        let chapter = """
            ---
            math:
              '\\R': '\\mathbb{R}'
            ---
            # Labels

            \(RenderFixture.modesExperiment("e1"))

            \(Self.figure("fig-macro", ylabel: "loss in $\\R^n$"))

            \(Self.figure("fig-written", ylabel: "loss in $\\mathbb{R}^n$"))

            \(Self.figure("fig-plain", ylabel: "loss in $R^n$"))

            \(Self.figure("fig-undefined", ylabel: "loss in $\\Q$"))

            See @fig-macro, @fig-written, @fig-plain and @fig-undefined.
            """
        let fixture = try RenderFixture(chapters: ["01-labels.md": chapter])
        defer { fixture.remove() }
        let outcome = try fixture.render()
        let directiveLine = try #require(chapter.components(separatedBy: "\n").firstIndex { $0.hasPrefix("```{figure} fig-undefined") }) + 1
        #expect(outcome.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
                == ["\(directiveLine):1: figure 'fig-undefined': label 'loss in $\\Q$': unknown command \\Q"])
        var svgs: [String: String] = [:]
        for block in outcome.book.chapters[0].blocks {
            // Each figure's ids carry its own prefix; without it the drawings compare.
            if case let .figure(f) = block { svgs[f.id] = f.artwork.svg.replacingOccurrences(of: "\(f.id)-", with: "") }
        }
        let macro = try #require(svgs["fig-macro"])
        #expect(!macro.isEmpty)
        #expect(macro == svgs["fig-written"])
        #expect(macro != svgs["fig-plain"])
    }
}
