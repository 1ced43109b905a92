import Foundation
import Testing

/// `report run chapter.md#id -P key=value`: one experiment of a chapter, with its parameters.
struct RunChapterTests {
    static let chapter = """
        ---
        tau: 0.2
        ---
        # Modes

        ```{experiment} e3
        kind: modes
        T: 5
        teacher_modes: [[1, 0.8, 1]]
        initial_modes: [[0.05, 0, 0.04]]
        feedback_modes: [1]
        rules: [bptt]
        tau: {{tau}}
        records: {{records}}
        ```

        """

    @Test func runsAChapterExperimentWithFrontMatterAndCommandLineValues() throws {
        let project = try ReportCommand(chapters: ["03-modes.md": Self.chapter])
        defer { project.remove() }
        let run = try project.run(["run", "chapters/03-modes.md#e3", "-P", "records=10", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("parameters: tau = 0.2 (front matter), records = 10 (from -P)\n"), "\(run.stdout)")
        let json = try project.run(["run", "chapters/03-modes.md#e3", "-P", "records=10", "-P", "tau=0.3", "--quiet", "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.contains("\"tau_end\": 0.3"), "\(json.stdout)")
    }

    @Test func problemsNameTheExperimentTheKeyOrTheLine() throws {
        let project = try ReportCommand(chapters: ["03-modes.md": Self.chapter])
        defer { project.remove() }
        let unknownID = try project.run(["run", "chapters/03-modes.md#e9", "--quiet"])
        #expect(unknownID.status == 2)
        #expect(unknownID.stderr.contains("chapters/03-modes.md has no experiment 'e9'; its experiments: e3"), "\(unknownID.stderr)")
        let missing = try project.run(["run", "chapters/03-modes.md#e3", "--quiet"])
        #expect(missing.stderr.contains("uses {{records}}, which is neither in the front matter nor given with -P records=VALUE"), "\(missing.stderr)")
        let unused = try project.run(["run", "chapters/03-modes.md#e3", "-P", "records=10", "-P", "eta=1", "--quiet"])
        #expect(unused.stderr.contains("-P eta=...: the experiment has no {{eta}}"), "\(unused.stderr)")
        let invalid = try project.run(["run", "chapters/03-modes.md#e3", "-P", "records=ten", "--quiet"])
        #expect(invalid.status == 1)
        #expect(invalid.stderr.hasPrefix("chapters/03-modes.md:14:"), "\(invalid.stderr)")
    }
}
