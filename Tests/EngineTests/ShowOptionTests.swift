import Document
import Foundation
import Testing

/// `:show: full|summary|none` on `{experiment}` and `{claim}`, and the `show:` front matter default.
struct ShowOptionTests {
    static func chapter(frontMatter: String = "", experimentShow: String? = nil, claimShow: String? = nil,
                        yamlError: Bool = false) -> String {
        """
        ---
        title: Shown
        \(frontMatter)
        ---
        # Shown

        ```{experiment} fast
        \(experimentShow.map { ":show: \($0)" } ?? "")
        kind: modes
        T: 5
        teacher_modes: [[1, 0.8, 1]]
        initial_modes: [[0.05, 0, 0.04]]
        feedback_modes: [1]
        rules: [bptt]
        tau: 0.2
        records: 10\(yamlError ? "\nbogus_key: 1" : "")
        ```

        ```{claim} small
        :check: fast.rules.bptt.loss[0] > 0
        \(claimShow.map { ":show: \($0)" } ?? "")
        The loss starts positive.
        ```
        """
    }

    static func levels(_ book: MemoryBook) -> (experiment: MachineOutputShow?, claim: MachineOutputShow?) {
        var experiment: MachineOutputShow?, claim: MachineOutputShow?
        for block in book.outcome.book.chapters[0].blocks {
            if case let .experiment(e) = block { experiment = e.show }
            if case let .claim(c) = block { claim = c.show }
        }
        return (experiment, claim)
    }

    @Test func defaultIsSummaryAndEachDirectiveChooses() throws {
        let plain = try MemoryBook(Self.chapter())
        #expect(Self.levels(plain).experiment == .summary && Self.levels(plain).claim == .summary)
        let chosen = try MemoryBook(Self.chapter(experimentShow: "full", claimShow: "none"))
        #expect(chosen.diagnostics.filter { $0.severity == .error }.isEmpty, "\(chosen.diagnostics)")
        #expect(Self.levels(chosen).experiment == .full && Self.levels(chosen).claim == MachineOutputShow.none)
        #expect(chosen.html.contains("<details class=\"experiment\" id=\"exp-fast\" open>"))
        #expect(!chosen.html.contains(":show:"), "the option is not part of the shown YAML")
    }

    @Test func frontMatterSetsTheDefault() throws {
        let book = try MemoryBook(Self.chapter(frontMatter: "show: full", claimShow: "summary"))
        #expect(Self.levels(book).experiment == .full && Self.levels(book).claim == .summary)
    }

    @Test func anUnknownLevelIsAPositionedError() throws {
        let book = try MemoryBook(Self.chapter(experimentShow: "loud", claimShow: "most"))
        let experiment = try #require(book.diagnostics(containing: "':show: loud' is not a level").first)
        #expect(experiment.location.line == 8 && experiment.location.column == 1)
        let claim = try #require(book.diagnostics(containing: "':show: most' is not a level").first)
        #expect(claim.location.line == 21)
        #expect(Self.levels(book).experiment == .summary, "the default is used")
        let matter = try MemoryBook(Self.chapter(frontMatter: "show: all"))
        #expect(matter.diagnostics(containing: "front matter 'show: all' is not a level").count == 1)
    }

    @Test func yamlProblemsKeepTheirChapterLines() throws {
        let book = try MemoryBook(Self.chapter(experimentShow: "full", yamlError: true))
        let problem = try #require(book.diagnostics.first { $0.location.line == 17 }, "\(book.diagnostics.map(\.description))")
        #expect(problem.severity == .error)
    }

    @Test func anUnknownExperimentOptionIsAPositionedError() throws {
        let book = try MemoryBook(Self.chapter(experimentShow: "full").replacingOccurrences(of: ":show: full", with: ":shows: full"))
        let problem = try #require(book.diagnostics(containing: "unknown option ':shows:' for {experiment}").first)
        #expect(problem.location.line == 8)
    }
}
