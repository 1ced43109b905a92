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
        #expect(book.html.contains("time constant of 0.3, not <span class=\"nobr\"><code>{{tau}}</code>.</span>"))
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

extension ParameterTests {
    static func build(_ chapters: [String: String], parameters: [String: String]) -> (ReportBuild, InMemoryEffects) {
        let effects = InMemoryEffects(files: Dictionary(uniqueKeysWithValues: chapters.map { ("/book/chapters/\($0.key)", $0.value) }),
                                      date: InMemoryBuildTests.march5, gitCommit: "0123456789ab")
        let build = ReportBuild(.init(projectRoot: URL(fileURLWithPath: "/book"), outputFolder: URL(fileURLWithPath: "/book/output"),
                                      formats: [InMemoryBuildTests.FactsFormat()], jobs: 1, quiet: true, parameters: parameters),
                                effects: effects)
        return (build, effects)
    }

    @Test func provenanceListsEveryParameterUsedWithItsValueAndSource() throws {
        let (build, effects) = Self.build(["01-a.md": Self.chapter, "02-b.md": "---\nsteps: 300\nunused: 1\n---\n# B\n\nWe ran {{steps}} steps.\n"],
                                          parameters: ["tau": "0.3"])
        let result = try build.run()
        #expect(result.outcome.errors.isEmpty, "\(result.outcome.errors)")
        let facts = String(decoding: try effects.readFile(URL(fileURLWithPath: "/book/output/p.txt")), as: UTF8.self)
            .components(separatedBy: "\n")
        #expect(facts.filter { $0.hasPrefix("Parameter ") } == [
            "Parameter tau: 0.3 (set with -P)",
            "Parameter records: 10 (front matter of chapters/01-a.md)",
            "Parameter steps: 300 (front matter of chapters/02-b.md)",
        ])
    }

    @Test func aCommandLineKeyNoChapterUsesIsAnErrorNamingIt() throws {
        let (build, effects) = Self.build(["01-a.md": Self.chapter], parameters: ["tau": "0.3", "etaa": "0.1"])
        #expect(throws: ReportBuild.Problem.self) { try build.run() }
        do { _ = try build.run() } catch {
            #expect("\(error)" == "-P etaa=...: no chapter uses {{etaa}}; check the key's spelling or remove it")
        }
        #expect(!effects.paths.contains { $0.hasPrefix("/book/output/") })
    }
}
