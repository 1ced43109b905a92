import Foundation
import Testing

/// `report render --executor slurm` on a real cluster: the one `make test-cluster` starts
/// (scripts/slurm-up.sh), which sets REPORT_SLURM=1 and SLURM_CONF. Anywhere else these
/// tests are reported as skipped.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["REPORT_SLURM"] == "1",
                             "needs a running Slurm cluster: make test-cluster starts one and sets REPORT_SLURM=1"))
struct SlurmClusterTests {
    /// A sweep of `points` training runs, each long enough to be seen queued.
    static func book(points: Int, steps: Int) -> String {
        """
        # Cluster sweep

        ```{experiment} modes
        kind: modes
        T: 5
        teacher_modes: [[1, 0.8, 1]]
        initial_modes: [[0.05, 0, 0.04]]
        feedback_modes: [1]
        rules: [bptt, rflo]
        tau: 0.2
        records: 10
        ```

        ```{experiment} lr
        kind: train
        N: 8
        n_in: 2
        n_out: 2
        T: 6
        rules: [bptt]
        steps: \(steps)
        sweep:
          eta: [\((1...points).map { "0.00\($0)" }.joined(separator: ", "))]
        ```

        ```{figure} fig-lr
        :experiment: lr
        :plot: sweep
        :y: rules.bptt.final_loss
        Final loss against the learning rate.
        ```
        """
    }

    /// The bytes of every file under `folder` (relative path to bytes).
    static func files(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if !url.hasDirectoryPath { files[String(url.path.dropFirst(folder.path.count + 1))] = try Data(contentsOf: url) }
        }
        return files
    }

    @Test func aSweepRenderedOnSlurmHasTheBytesOfALocalRender() throws {
        let project = try ReportCommand(chapters: ["01-sweep.md": Self.book(points: 4, steps: 50)])
        defer { project.remove() }
        let local = try project.run(["render", "--out", "local", "--quiet"])
        #expect(local.status == 0, "\(local.stderr)")
        let slurm = try project.run(["render", "--out", "slurm", "--executor", "slurm", "--shared-cache", "shared", "--cpus-per-task", "1", "--time", "00:05:00"])
        #expect(slurm.status == 0, "\(slurm.stderr)")
        #expect(slurm.stderr.contains("on Slurm as "), "\(slurm.stderr)")
        for sub in ["results", "figures"] {
            let a = try Self.files(project.folder.appendingPathComponent("local/\(sub)"))
            let b = try Self.files(project.folder.appendingPathComponent("slurm/\(sub)"))
            #expect(!a.isEmpty && a.keys.sorted() == b.keys.sorted())
            for (name, bytes) in a { #expect(b[name] == bytes, "\(sub)/\(name) differs") }
        }
        // A local render from the shared cache reuses every result.
        let again = try project.run(["render", "--out", "slurm", "--shared-cache", "shared"])
        #expect(again.status == 0 && again.stderr.contains("reused 2 experiments from the cache"), "\(again.stderr)")
    }

    /// The array job id of the render's submission, once it is queued.
    static func submittedJob() throws -> String? {
        for _ in 0..<200 {
            let queue = try ReportCommand.tool("squeue", ["-h", "-r", "-n", "report", "-o", "%F"])
            if let job = queue.split(separator: "\n").first.map(String.init) { return job }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    @Test func ctrlCCancelsTheArrayAndTheRenderStillEnds() throws {
        let project = try ReportCommand(chapters: ["01-sweep.md": Self.book(points: 5, steps: 50)])
        defer { project.remove() }
        let render = try project.start(["render", "--executor", "slurm", "--max-array", "1"])
        let id = try #require(try Self.submittedJob(), "the render submitted no array")
        render.process.interrupt()
        let run = try render.wait()
        #expect(run.status == 1)
        #expect(run.stderr.contains("interrupted: cancelling the Slurm job array"), "\(run.stderr)")
        #expect(run.stderr.contains("failed (and "), "\(run.stderr)")
        #expect(run.stderr.contains("cancelled (interrupted); Slurm job \(id)_"), "\(run.stderr)")
        // Nothing of the array is left queued or running (cancelled tasks may take a moment to leave).
        var left = "?"
        for _ in 0..<100 where !left.isEmpty {
            left = (try? ReportCommand.tool("squeue", ["-h", "-r", "-j", id, "-t", "PD,R"])) ?? ""
            if !left.isEmpty { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(left.isEmpty, "still in the queue: \(left)")
    }

    @Test func aCancelledTaskIsReportedAndTheNextRenderCompletesIt() throws {
        let project = try ReportCommand(chapters: ["01-sweep.md": Self.book(points: 5, steps: 50)])
        defer { project.remove() }
        // One task at a time, so the last one is still queued when it is cancelled.
        let render = try project.start(["render", "--executor", "slurm", "--max-array", "1"])
        let id = try #require(try Self.submittedJob(), "the render submitted no array")
        _ = try ReportCommand.tool("scancel", ["\(id)_5"])
        let first = try render.wait()
        #expect(first.status == 1)
        #expect(first.stderr.contains("Slurm job \(id)_5 ended CANCELLED"), "\(first.stderr)")
        let second = try project.run(["render", "--executor", "slurm"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("ran lr (1 of 5 runs"), "\(second.stderr)")
    }
}
