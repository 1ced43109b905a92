import Document
import Engine
import Foundation
import LinearRNN
import Testing

/// End-to-end renders of small books: diagnostics for every kind of mistake (golden),
/// the result cache, and robustness against mangled chapters.
struct RenderTests {
    static let goodChapter = """
        ---
        title: Good
        ---
        # Good {#sec-good}

        \(RenderFixture.modesExperiment("e1"))

        The loss ends at {value}`e1.rules.bptt.loss[10] | .3g` (@fig-loss, @sec-good).

        ```{figure} fig-loss
        :experiment: e1
        :y: rules.*.loss
        :x: rules.*.tau
        :yscale: log
        Loss.
        ```

        ```{claim} falls
        :check: e1.rules.bptt.loss[10] < e1.rules.bptt.loss[0]
        The loss falls.
        ```
        """

    @Test func goodChapterRendersWithoutDiagnostics() throws {
        let fixture = try RenderFixture(chapters: ["01-good.md": Self.goodChapter])
        defer { fixture.remove() }
        let outcome = try fixture.render()
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.exitStatus(strict: true) == 0)
        let blocks = outcome.book.chapters[0].blocks
        #expect(blocks.contains { if case let .figure(f) = $0 { return f.number == "1.1" }; return false })
        #expect(blocks.contains { if case let .claim(c) = $0 { return c.passed == true }; return false })
    }

    /// Golden diagnostics: one chapter with one mistake of each kind, in, `file:line:col:
    /// message` lines out. The report still renders.
    @Test func everyMistakeIsReportedWithItsPosition() throws {
        let chapter = """
            # Mistakes

            \(RenderFixture.modesExperiment("e1"))

            ```{experiment} e1
            kind: modes
            ```

            ```{experiment} e2
            kind: train
            N: -4
            ```

            ```{figure} fig-x
            :experiment: e9
            :y: rules.*.loss
            Caption.
            ```

            ```{figure} fig-y
            :experiment: e1
            :y: rules.*.nothing
            :colour: red
            Caption.
            ```

            ```{chart} c1
            ```

            See @fig-missing, [@nobody] and {value}`e1.rules.bptt.nope`.

            ```{claim} c1
            :check: e1.rules.bptt.loss[0] <
            Broken check.
            ```

            Math $\\frac{1}{2$ and $\\foo x$.
            """
        let fixture = try RenderFixture(chapters: ["01-bad.md": chapter])
        defer { fixture.remove() }
        let outcome = try fixture.render()
        let lines = outcome.diagnostics.filter { $0.severity == .error }
            .sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
            .map { "\($0.location.line):\($0.location.column): \($0.message)" }
        let expected = [
            "14:1: duplicate experiment id 'e1' (first declared at chapters/01-bad.md:3:1)",
            "20:4: 'N' is '-4'; it must be an integer from 1 to 4096",
            "24:1: unknown experiment 'e9'; experiments: e1",
            "32:1: unknown option ':colour:' for {figure}; allowed:",
            "39:5: unknown reference '@fig-missing'; no figure, table, equation or section has this label",
            "39:19: unknown citation key 'nobody'; it is not in references.bib",
            "39:33: 'e1.rules.bptt' has no key 'nope'; keys: tau, b, w, c, loss, mode_loss, final, diverged",
            "42:1: in check 'e1.rules.bptt.loss[0] <': expected a number, a result path or '(' at character 24, found the end",
            "46:",
            "46:",
        ]
        #expect(lines.count == expected.count, "\(lines.joined(separator: "\n"))")
        for (line, prefix) in zip(lines, expected) {
            #expect(line.hasPrefix(prefix), "got: \(line)\nwanted: \(prefix)")
        }
        #expect(lines.contains { $0.contains("math:") && $0.contains("foo") })
        #expect(outcome.exitStatus(strict: false) == 1)
        // The book still has content, with the errors in place.
        let blocks = outcome.book.chapters[0].blocks
        #expect(blocks.filter { if case .error = $0 { return true }; return false }.count >= 3)
        #expect(blocks.contains { if case .claim = $0 { return true }; return false })
    }

    @Test func secondRenderReusesEveryResultAndAChangeRerunsExactlyOne() throws {
        let chapter = "# Cache\n\n" + RenderFixture.modesExperiment("a") + "\n\n" + RenderFixture.modesExperiment("b") + "\n"
        let fixture = try RenderFixture(chapters: ["01-cache.md": chapter])
        defer { fixture.remove() }
        let first = try fixture.render()
        #expect(first.experiments.map(\.status) == [.ran(reason: "not run before"), .ran(reason: "not run before")])
        let second = try fixture.render()
        #expect(second.experiments.allSatisfy { $0.status == .reused })
        #expect(second.results["a"] == first.results["a"])
        try fixture.write("01-cache.md", "# Cache\n\n" + RenderFixture.modesExperiment("a") + "\n\n"
                          + RenderFixture.modesExperiment("b", tau: "0.3") + "\n")
        let third = try fixture.render()
        #expect(third.experiments.map(\.status) == [.reused, .ran(reason: "parameters or learning-core version changed")])
    }

    @Test func damagedCacheEntryIsDetectedAndRecomputed() throws {
        let fixture = try RenderFixture(chapters: ["01-cache.md": "# Cache\n\n" + RenderFixture.modesExperiment("a") + "\n"])
        defer { fixture.remove() }
        let first = try fixture.render()
        let entries = try FileManager.default.contentsOfDirectory(atPath: fixture.cacheFolder.path).filter { $0 != "index.json" }
        #expect(entries.count == 1)
        let url = fixture.cacheFolder.appendingPathComponent(entries[0])
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"loss\": [", with: "\"loss\": [1234, ")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let second = try fixture.render()
        #expect(second.experiments[0].status == .ran(reason: "cache entry was damaged; recomputing"))
        #expect(second.results["a"] == first.results["a"])
    }

    @Test func parametersFromFrontMatterAndCommandLine() throws {
        let chapter = "---\ntau: 0.2\n---\n# P\n\n" + RenderFixture.modesExperiment("a", tau: "{{tau}}") + "\n"
        let fixture = try RenderFixture(chapters: ["01-p.md": chapter])
        defer { fixture.remove() }
        let fromFrontMatter = try fixture.render()
        #expect(fromFrontMatter.results["a"]?["tau_end"] == .number(0.2))
        let overridden = try fixture.render(parameters: ["tau": "0.3"])
        #expect(overridden.results["a"]?["tau_end"] == .number(0.3))
        try fixture.write("01-p.md", "# P\n\n" + RenderFixture.modesExperiment("a", tau: "{{missing}}") + "\n")
        let missing = try fixture.render()
        #expect(missing.errors.contains { $0.message.contains("{{missing}}") })
    }

    @Test func chaptersOutsideTheProjectAreRefused() throws {
        let fixture = try RenderFixture(chapters: ["01.md": "# A\n"])
        defer { fixture.remove() }
        #expect(throws: (any Error).self) { try BookSources.collect(["../"], projectRoot: fixture.root.appendingPathComponent("chapters")) }
    }

    /// Mangled chapters (characters deleted, duplicated or swapped) never crash the renderer.
    @Test func mangledChaptersNeverCrash() throws {
        let fixture = try RenderFixture(chapters: [:])
        defer { fixture.remove() }
        var random = RandomSource(seed: 42)
        let source = Array(Self.goodChapter)
        let specials = Array("$`{}[]@:|*_#\n\\-")
        for _ in 0..<40 {
            var mangled = source
            for _ in 0..<8 {
                let i = Int(random.next() % UInt64(mangled.count))
                switch random.next() % 3 {
                case 0: mangled.remove(at: i)
                case 1: mangled.insert(specials[Int(random.next() % UInt64(specials.count))], at: i)
                default: mangled.swapAt(i, Int(random.next() % UInt64(mangled.count)))
                }
            }
            try fixture.write("01.md", String(mangled))
            let outcome = try fixture.render()
            #expect(outcome.book.chapters.count == 1)
        }
    }
}
