import Foundation
import Testing

/// The `report` executable end to end: exit statuses, help text and error output.
struct CLITests {
    static let clean = """
        # Clean

        Plain text, no experiments.
        """

    static let failingClaim = """
        # Claims

        ```{claim} never
        :check: 2 < 1
        Two is less than one.
        ```
        """

    static let mistakes = """
        # Mistakes

        See @fig-missing.

        ```{chart} c1
        ```
        """

    @Test func cleanRenderExitsZero() throws {
        let project = try ReportCommand(chapters: ["01-clean.md": Self.clean])
        defer { project.remove() }
        let run = try project.run(["render", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(project.fileExists("output/clean.html"))
    }

    @Test func chapterErrorExitsOneAndPointsAtTheSource() throws {
        let project = try ReportCommand(chapters: ["01-mistakes.md": Self.mistakes])
        defer { project.remove() }
        let run = try project.run(["render", "--quiet"])
        #expect(run.status == 1)
        try Snapshot.check(run.stderr, matches: "render-chapter-error.txt")
    }

    @Test func failingClaimExitsOneOnlyWhenStrict() throws {
        let project = try ReportCommand(chapters: ["01-claims.md": Self.failingClaim])
        defer { project.remove() }
        #expect(try project.run(["render", "--quiet"]).status == 0)
        #expect(try project.run(["render", "--quiet", "--strict"]).status == 1)
    }

    @Test(arguments: [["render", "--bogus"], ["render", "--format", "docx"], ["list", "--jobs", "0"], ["frobnicate"]])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let project = try ReportCommand(chapters: ["01-clean.md": Self.clean])
        defer { project.remove() }
        let run = try project.run(arguments)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("report: error: "), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("See 'report help' for usage.\n"), "\(run.stderr)")
    }

    @Test func unknownOptionMessage() throws {
        let project = try ReportCommand()
        defer { project.remove() }
        try Snapshot.check(try project.run(["render", "--bogus"]).stderr, matches: "render-unknown-option.txt")
    }

    static let figure = """
        # Figure

        ```{experiment} e1
        kind: modes
        T: 5
        teacher_modes: [[1, 0.8, 1]]
        initial_modes: [[0.05, 0, 0.04]]
        feedback_modes: [1]
        rules: [bptt]
        tau: 0.2
        records: 10
        ```

        ```{figure} fig-loss
        :experiment: e1
        :y: rules.*.loss
        The loss.
        ```

        See @fig-loss.
        """

    @Test func figureCommandWritesTheAskedFormatsAndCleanRemovesThem() throws {
        let project = try ReportCommand(chapters: ["01-figure.md": Self.figure])
        defer { project.remove() }
        let run = try project.run(["figure", "fig-loss", "--format", "png,pdf", "--out", "out", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(project.fileExists("out/figures/fig-loss.png") && project.fileExists("out/figures/fig-loss.pdf"))
        #expect(!project.fileExists("out/figures/fig-loss.svg"))
        #expect(try project.run(["clean", "--out", "out"]).status == 0)
        #expect(!project.fileExists("out/figures"))

        let missing = try project.run(["figure", "fig-nope", "--quiet"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no figure 'fig-nope' in the chapters; figures: fig-loss."))
        #expect(try project.run(["figure", "fig-loss", "--format", "jpeg"]).status == 2)
    }

    @Test func noFigureFilesWritesNoFiguresFolderButKeepsTheFigure() throws {
        let project = try ReportCommand(chapters: ["01-figure.md": Self.figure])
        defer { project.remove() }
        let run = try project.run(["render", "--quiet", "--no-figure-files"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!project.fileExists("output/figures"))
        let html = try #require(project.read("output/figure.html"))
        #expect(html.contains("<svg") && !html.contains("figures/fig-loss.svg"))
        #expect(try project.run(["render", "--quiet"]).status == 0)
        #expect(project.fileExists("output/figures/fig-loss.svg"))
    }

    @Test(arguments: [([], "help-report.txt"), (["render"], "help-render.txt"), (["run"], "help-run.txt"),
                      (["list"], "help-list.txt")])
    func help(command: [String], snapshot: String) throws {
        let project = try ReportCommand()
        defer { project.remove() }
        let run = try project.run(command + ["--help"])
        #expect(run.status == 0)
        try Snapshot.check(run.stdout, matches: snapshot)
    }
}
