import Foundation
import Testing

/// `report plan --export`, `report task` and `report import` end to end without a cluster
/// (the tasks run here, as `sbatch` would run them), and the cluster options' usage errors.
struct ClusterCommandTests {
    static let chapter = """
        # Exported

        ```{experiment} lr
        kind: train
        N: 6
        n_in: 2
        n_out: 2
        T: 4
        rules: [bptt]
        steps: 10
        sweep:
          eta: [0.01, 0.02, 0.03]
        ```
        """

    @Test func exportedSpecsRunByHandAreImportedAndReused() throws {
        let project = try ReportCommand(chapters: ["01-exported.md": Self.chapter])
        defer { project.remove() }
        let plan = try project.run(["plan", "--export", "jobs", "--partition", "short"])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stderr.contains("exported 3 experiment specs (0 already cached) to jobs"), "\(plan.stderr)")
        let script = try String(contentsOf: project.folder.appendingPathComponent("jobs/array.sbatch"), encoding: .utf8)
        #expect(script.contains("#SBATCH --partition=short\n") && script.contains("#SBATCH --array=0-2\n"))
        for i in 0..<2 {
            let task = try project.run(["task", "jobs/specs/\(i).json", "--cache", "jobs/results"])
            #expect(task.status == 0 && task.stderr.contains("lr.points[\(i)]: ran in"), "\(task.stderr)")
        }
        let again = try project.run(["task", "jobs/specs/0.json", "--cache", "jobs/results"])
        #expect(again.stderr.contains("lr.points[0]: already in the cache; skipped"), "\(again.stderr)")
        var imported = try project.run(["import", "jobs"])
        #expect(imported.status == 0 && imported.stderr.contains("imported 2 results; 0 already cached; 1 not finished yet (lr.points[2])"), "\(imported.stderr)")
        _ = try project.run(["task", "jobs/specs/2.json", "--cache", "jobs/results"])
        imported = try project.run(["import", "jobs"])
        #expect(imported.stderr.contains("imported 1 result; 2 already cached; 0 not finished yet"), "\(imported.stderr)")
        let render = try project.run(["render"])
        #expect(render.status == 0 && render.stderr.contains("reused 1 experiment from the cache: lr"), "\(render.stderr)")
    }

    @Test func theProjectFileSetsTheJobOptionsAndTheCommandLineOverridesThem() throws {
        let project = try ReportCommand(chapters: ["01-exported.md": Self.chapter])
        defer { project.remove() }
        try Data("title: Swept\ncluster:\n  partition: long\n  max-array: 4\n  setup: [module load openblas]\n".utf8)
            .write(to: project.folder.appendingPathComponent("report.yml"))
        let plan = try project.run(["plan", "--export", "jobs"])
        #expect(plan.status == 0, "\(plan.stderr)")
        let script = try String(contentsOf: project.folder.appendingPathComponent("jobs/array.sbatch"), encoding: .utf8)
        #expect(script.contains("#SBATCH --partition=long\n") && script.contains("#SBATCH --array=0-2%4\n"), "\(script)")
        #expect(script.contains("module load openblas\n"), "\(script)")
        let overridden = try project.run(["plan", "--export", "jobs2", "--partition", "short"])
        #expect(overridden.status == 0, "\(overridden.stderr)")
        let second = try String(contentsOf: project.folder.appendingPathComponent("jobs2/array.sbatch"), encoding: .utf8)
        #expect(second.contains("#SBATCH --partition=short\n") && second.contains("#SBATCH --array=0-2%4\n"), "\(second)")
    }

    @Test(arguments: [
        ("cluster:\n  executor: cloud\n", "unknown executor 'cloud'; available: local, slurm"),
        ("cluster:\n  max-array: none\n", "the project file's cluster: max-array must be a whole number of at least 1, got 'none'"),
    ])
    func projectFileClusterMistakesAreUsageErrors(file: String, message: String) throws {
        let project = try ReportCommand(chapters: ["01-exported.md": Self.chapter])
        defer { project.remove() }
        try Data(file.utf8).write(to: project.folder.appendingPathComponent("report.yml"))
        let run = try project.run(["render"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("report: error: \(message)\n"), "\(run.stderr)")
    }

    @Test func aTaskOfADamagedSpecFailsWithTheReason() throws {
        let project = try ReportCommand()
        defer { project.remove() }
        try Data("{\"format\": \"report-experiment-spec-1\", \"id\": \"x\"}".utf8).write(to: project.folder.appendingPathComponent("s.json"))
        let task = try project.run(["task", "s.json", "--cache", "cache"])
        #expect(task.status == 1)
        #expect(task.stderr == "report task: s.json: the spec has no \"kind\" string\n")
    }

    @Test(arguments: [
        (["render", "--executor", "cloud"], "unknown executor 'cloud'; available: local, slurm"),
        (["render", "--partition", "short"], "--partition, --time, --mem, --cpus-per-task, --max-array and --setup need --executor slurm"),
        (["render", "--executor", "slurm", "--max-array", "0"], "--max-array must be at least 1"),
    ])
    func clusterOptionMistakesAreUsageErrors(arguments: [String], message: String) throws {
        let project = try ReportCommand()
        defer { project.remove() }
        let run = try project.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("report: error: \(message)\n"), "\(run.stderr)")
    }
}
