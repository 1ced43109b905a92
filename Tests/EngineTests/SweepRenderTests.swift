import Document
@testable import Engine
import Experiments
import Testing

/// Sweeps in a book: each run is cached on its own, so extending a sweep runs only the new
/// points; the sweep's result reaches values, claims and figures; a failed run names its point.
struct SweepRenderTests {
    static func chapter(taus: String) -> String {
        """
        # Sweep

        ```{experiment} sw
        kind: modes
        T: 5
        teacher_modes: [[1, 0.8, 1]]
        initial_modes: [[0.05, 0, 0.04]]
        feedback_modes: [1]
        rules: [bptt, rflo]
        tau: 1
        records: 10
        sweep:
          tau: [\(taus)]
        ```

        ```{claim} falls
        :check: sw.points[*].rules.bptt.loss[10] < sw.points[*].rules.bptt.loss[0]
        The loss falls at every point.
        ```
        """
    }

    func statuses(_ outcome: BookRenderer.Outcome) -> [String: ExperimentOutcome.Status] {
        Dictionary(uniqueKeysWithValues: outcome.experiments.map { ($0.id, $0.status) })
    }

    @Test func extendingASweepRunsOnlyTheNewPoints() throws {
        let fixture = try RenderFixture(chapters: ["01-sweep.md": Self.chapter(taus: "0.1, 0.2")])
        defer { fixture.remove() }
        let first = try fixture.render()
        #expect(first.errors.isEmpty)
        #expect(statuses(first).count == 2)
        #expect(statuses(first).values.allSatisfy { if case .ran = $0 { true } else { false } })

        try fixture.write("01-sweep.md", Self.chapter(taus: "0.1, 0.2, 0.4"))
        let second = try fixture.render()
        #expect(second.errors.isEmpty)
        let status = statuses(second)
        #expect(status["sw.points[0]"] == .reused && status["sw.points[1]"] == .reused)
        #expect(status["sw.points[2]"] == .ran(reason: "not run before"))
        let result = try #require(second.results["sw"])
        #expect(result["points"]?.arrayValue?.count == 3)
        #expect(result["values"]?["tau"] == .array([.number(0.1), .number(0.2), .number(0.4)]))
        #expect(result["points"]?.arrayValue?[1].serialized() == first.results["sw"]?["points"]?.arrayValue?[1].serialized())
        #expect(second.book.claims.held == 1)
        // The book's summary and provenance list the sweep once.
        #expect(second.declared.map(\.id) == ["sw"])
        #expect(second.declared[0].status == .ran(reason: "1 of 3 runs: not run before; the others reused from cache"))
        #expect(second.declared[0].kind == "sweep of modes")

        // Reordering the list reuses every run.
        try fixture.write("01-sweep.md", Self.chapter(taus: "0.4, 0.1, 0.2"))
        let third = try fixture.render()
        #expect(statuses(third).values.allSatisfy { $0 == .reused })
    }

    /// A rule that diverges in one run is a warning naming the point; the sweep's other runs
    /// and the stopped run's other values stay usable.
    @Test func aDivergedRunStaysLocalAndNamesItsPoint() throws {
        let chapter = Self.chapter(taus: "0.1, 0.2")
            .replacingOccurrences(of: "tau: [0.1, 0.2]", with: "initial_modes: [[[0.05, 0, 0.04]], [[0.05, 3.5, 0.04]]]")
            .replacingOccurrences(of: "initial_modes: [[0.05, 0, 0.04]]\n", with: "")
        let fixture = try RenderFixture(chapters: ["01-sweep.md": chapter])
        defer { fixture.remove() }
        let outcome = try fixture.render()
        // Only what reads past the stopped rule's end is an error, at its own claim.
        #expect(outcome.errors.allSatisfy { $0.message.contains("points[1].rules.bptt") }, "\(outcome.errors)")
        let messages = outcome.diagnostics.filter { $0.severity == .warning }.map(\.message)
        #expect(messages.contains { $0.contains("experiment 'sw': point 1 (initial_modes = [[0.05, 3.5, 0.04]]): rule 'bptt' diverged") }, "\(messages)")
        let sweep = try #require(outcome.results["sw"])
        #expect(sweep["points"]?.arrayValue?.count == 2)
        #expect(sweep["points"]?.arrayValue?[0]["rules"]?["bptt"]?["diverged"] == .null)
        #expect(sweep["points"]?.arrayValue?[1]["rules"]?["bptt"]?["diverged"] != .null)
        #expect(sweep["points"]?.arrayValue?[1]["rules"]?["rflo"] != nil)
    }

    /// A `train` sweep `lr` over two learning rates, `seeds` runs each, for the table tests.
    static func learningRateSweep(seeds: Int) -> String {
        """
        ```{experiment} lr
        kind: train
        N: 6
        n_in: 2
        n_out: 2
        T: 4
        rules: [bptt]
        steps: 10
        sweep:
          eta: [0.01, 0.02]
        seeds: \(seeds)
        ```
        """
    }

    @Test func tablesListPointsWithMeanAndSpread() throws {
        let chapter = """
            # Table

            \(Self.learningRateSweep(seeds: 3))

            ```{table} tbl-lr
            :experiment: lr
            :rows: summary
            :columns: rules.bptt.final_loss, count, min.rules.bptt.final_loss
            :header: point, final loss, runs, min
            :format: .3g
            Final loss per learning rate.
            ```

            ```{table} tbl-runs
            :experiment: lr
            :rows: points: 1, 4
            :columns: rules.bptt.final_loss
            Two runs.
            ```
            """
        let fixture = try RenderFixture(chapters: ["01-table.md": chapter])
        defer { fixture.remove() }
        let outcome = try fixture.render()
        #expect(outcome.errors.isEmpty, "\(outcome.errors.map(\.message))")
        let tables = outcome.book.chapters.collect { block -> Table? in if case let .table(t) = block { return t }; return nil }
        #expect(tables.count == 2)
        let text = tables.map { $0.rows.map { $0.map(InlineText.plain) } }
        let result = try #require(outcome.results["lr"])
        let finals = (0..<3).compactMap { result["points"]?.arrayValue?[$0]["rules"]?["bptt"]?["final_loss"]?.doubleValue }
        let mean = finals.reduce(0, +) / 3
        let sd = (finals.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 2).squareRoot()
        let g3 = { (x: Double) in String(format: "%.3g", x) }
        #expect(text[0][0].dropFirst() == ["\(g3(mean)) ± \(g3(sd))", "3", g3(finals.min()!)])
        let labels = tables.map { $0.rows.map { $0[0] } }
        #expect(labels[0].map(Self.mathSource) == ["\\eta = 0.01", "\\eta = 0.02"])
        #expect(labels[1].map { $0.count } == [3, 3], "the value, a comma, the seed")
        #expect(labels[1].map { Self.mathSource($0) + InlineText.plain(Array($0.dropFirst())) } == ["\\eta = 0.01, seed 1", "\\eta = 0.02, seed 1"])
    }

    /// The TeX of a label's first inline, which must be math.
    static func mathSource(_ label: [Inline]) -> String {
        if case let .math(tex, _)? = label.first { return tex }
        return "not math: \(label)"
    }

    @Test func sweptParametersWithSymbolNamesAreMath() {
        #expect(SweepRowLabel.symbol("eta") == "\\eta")
        #expect(SweepRowLabel.symbol("T") == "T")
        #expect(SweepRowLabel.symbol("Gamma") == "\\Gamma")
        #expect(SweepRowLabel.symbol("tau_s") == "\\tau_{s}")
        #expect(SweepRowLabel.symbol("mu_slow") == "\\mu_{\\mathrm{slow}}")
        #expect(SweepRowLabel.symbol("x_12") == "x_{12}")
        #expect(SweepRowLabel.symbol("batch") == nil)
        #expect(SweepRowLabel.symbol("etas") == nil)
        #expect(SweepRowLabel.symbol("eta_") == nil)
        #expect(SweepRowLabel.symbol("teacher.rank") == nil)
        #expect(SweepRowLabel.number("1e-05") == "10^{-5}")
        #expect(SweepRowLabel.number("2.5e+03") == "2.5 \\times 10^{3}")
        #expect(SweepRowLabel.number("0.0005") == "0.0005")
        let location = SourceLocation(file: "a.md", line: 1, column: 1)
        #expect(SweepRowLabel.part("batch", .number(8), location: location) == [.text("batch = 8")])
        #expect(SweepRowLabel.part("eta", .string("fast"), location: location) == [.text("eta = \"fast\"")])
    }

    @Test func headersAndRowLabelsAreMarkdownWithMath() throws {
        let chapter = """
            # Table

            \(Self.learningRateSweep(seeds: 1))

            ```{table} tbl-lr
            :experiment: lr
            :rows: summary
            :columns: rules.bptt.final_loss
            :header: $\\eta$, loss at $\\mu_\\text{slow}$
            :row-labels: *small*, 1.
            Final loss.
            ```
            """
        let fixture = try RenderFixture(chapters: ["01-table.md": chapter])
        defer { fixture.remove() }
        let outcome = try fixture.render()
        #expect(outcome.errors.isEmpty, "\(outcome.errors.map(\.message))")
        let table = try #require(outcome.book.chapters.collect { block -> Table? in if case let .table(t) = block { return t }; return nil }.first)
        let math = table.header.flatMap { $0 }.compactMap { inline -> String? in if case let .math(tex, _) = inline { return tex }; return nil }
        #expect(math == ["\\eta", "\\mu_\\text{slow}"])
        #expect(table.rows[0][0].contains { if case .emphasis = $0 { return true }; return false })
        #expect(table.rows[1][0].map(InlineText.plain) == ["1."])
    }
}
