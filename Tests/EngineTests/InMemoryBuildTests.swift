import Document
import Engine
import Foundation
import Testing

/// Whole builds in memory: chapters, cache, results and reports live in an
/// `InMemoryEffects`, whose clock, environment and git commit are fixed.
struct InMemoryBuildTests {
    /// A report format that lists the provenance facts, one `key: value` line each.
    struct FactsFormat: OutputFormat {
        let fileExtension = "txt"
        func render(_ book: ResolvedBook) throws -> RenderedReport {
            let facts = book.provenance?.facts.map { "\($0.0): \($0.1)" } ?? []
            return RenderedReport(data: Data(facts.joined(separator: "\n").utf8), details: ["\(facts.count) facts"])
        }
    }

    static let march5 = Date(timeIntervalSince1970: 1_709_640_000)  // 2024-03-05 12:00 UTC

    static let chapter = """
        ---
        book: Small Book
        ---
        # Small {#sec-small}

        \(RenderFixture.modesExperiment("e1"))

        ```{claim} falls
        :check: e1.rules.bptt.loss[10] < e1.rules.bptt.loss[0]
        The loss falls.
        ```

        ![dot](img/dot.svg)
        """

    static func effects(environment: [String: String] = [:]) -> InMemoryEffects {
        InMemoryEffects(files: ["/book/chapters/01-small.md": chapter,
                                "/book/chapters/img/dot.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"],
                        date: march5, environment: environment, gitCommit: "0123456789ab")
    }

    static func build(_ effects: InMemoryEffects) -> ReportBuild {
        ReportBuild(.init(projectRoot: URL(fileURLWithPath: "/book"), outputFolder: URL(fileURLWithPath: "/book/output"),
                          formats: [FactsFormat()], jobs: 1, strict: true, quiet: true),
                    effects: effects)
    }

    static func facts(_ effects: InMemoryEffects) throws -> [String] {
        String(decoding: try effects.readFile(URL(fileURLWithPath: "/book/output/small-book.txt")), as: UTF8.self)
            .components(separatedBy: "\n")
    }

    @Test func smallBookRendersInMemoryWithTheFakeClockAndCommit() throws {
        let effects = Self.effects()
        let result = try Self.build(effects).run()
        #expect(result.outcome.diagnostics.isEmpty, "\(result.outcome.diagnostics)")
        #expect(result.exitStatus == 0)
        #expect((result.claimsHeld, result.claimCount) == (1, 1))
        #expect(result.seconds == 0)
        #expect(result.written.map(\.url.path) == ["/book/output/small-book.txt"])
        #expect(result.written.first?.details == ["4 facts"])
        let facts = try Self.facts(effects)
        #expect(facts.contains("Rendered: 2024-03-05"))
        #expect(facts.contains("Chapters commit: 0123456789ab"))
        #expect(facts.contains("Chapters: chapters/01-small.md"))
        let paths = effects.paths
        #expect(paths.contains("/book/output/results/e1.json"))
        #expect(paths.contains("/book/output/.cache/index.json"))
        #expect(paths.filter { $0.hasPrefix("/book/output/.cache/") }.count == 2)
        #expect(!FileManager.default.fileExists(atPath: "/book/output"))
        let image = result.outcome.book.chapters[0].blocks.flatMap { block -> [String] in
            guard case let .paragraph(inlines) = block else { return [] }
            return inlines.compactMap { if case let .image(url, _, _, _) = $0 { return url }; return nil }
        }
        #expect(image.count == 1 && image[0].hasPrefix("data:image/svg+xml;base64,"))
    }

    @Test func anExperimentAboveTheWorkBudgetIsAPositionedErrorAndNothingRuns() throws {
        let heavy = """
            # Heavy

            ```{experiment} big
            kind: train
            N: 64
            n_in: 4
            n_out: 2
            T: 10
            rules: [bptt]
            eta: 0.001
            steps: 10000000
            ```
            """
        let effects = InMemoryEffects(files: ["/book/chapters/01-heavy.md": heavy])
        let result = try Self.build(effects).run()
        let errors = result.outcome.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location == SourceLocation(file: "chapters/01-heavy.md", line: 11, column: 1))
        #expect(errors.first?.message.contains("add 'allow_long: true'") == true)
        #expect(result.outcome.experiments.isEmpty)
        #expect(result.exitStatus == 1)
    }

    @Test func sourceDateEpochFromTheEnvironmentWinsOverTheClock() throws {
        let effects = Self.effects(environment: ["SOURCE_DATE_EPOCH": "0"])
        _ = try Self.build(effects).run()
        #expect(try Self.facts(effects).contains("Rendered: 1970-01-01"))
    }

    @Test func secondBuildReusesTheInMemoryCache() throws {
        let effects = Self.effects()
        let build = Self.build(effects)
        let first = try build.run()
        #expect(first.outcome.experiments.map(\.status) == [.ran(reason: "not run before")])
        let second = try build.run()
        #expect(second.outcome.experiments.map(\.status) == [.reused])
        #expect(second.outcome.results == first.outcome.results)
    }

    @Test func aCacheThatCannotBeWrittenIsAWarningAtTheExperiment() throws {
        let effects = Self.effects()
        effects.makeReadOnly(URL(fileURLWithPath: "/book/output/.cache"))
        let result = try Self.build(effects).run()
        let warnings = result.outcome.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location == SourceLocation(file: "chapters/01-small.md", line: 6, column: 1))
        #expect(warnings.first?.message.hasPrefix("experiment 'e1' ran but its result was not cached (") == true)
        #expect(result.exitStatus == 0)
        #expect(effects.paths.contains("/book/output/results/e1.json"))
    }

    @Test func aReportThatCannotBeWrittenThrows() throws {
        let effects = Self.effects()
        effects.makeReadOnly(URL(fileURLWithPath: "/book/output"))
        #expect(throws: (any Error).self) { try Self.build(effects).run() }
    }

    @Test func inMemoryFolders() throws {
        let effects = InMemoryEffects(files: ["/a/b/c.md": "c", "/a/d.md": "d"])
        #expect(try effects.listFolder(URL(fileURLWithPath: "/a")) == ["b", "d.md"])
        #expect(effects.isFolder(URL(fileURLWithPath: "/a/b")))
        #expect(!effects.isFolder(URL(fileURLWithPath: "/a/d.md")))
        #expect(effects.fileExists(URL(fileURLWithPath: "/a/b/../d.md")))
        #expect(effects.readText(URL(fileURLWithPath: "/a/b/c.md")) == "c")
        try effects.remove(URL(fileURLWithPath: "/a/b"))
        #expect(effects.paths == ["/a/d.md"])
        #expect(throws: (any Error).self) { try effects.listFolder(URL(fileURLWithPath: "/a/b")) }
        #expect(throws: (any Error).self) { try effects.readFile(URL(fileURLWithPath: "/a/b/c.md")) }
    }
}
