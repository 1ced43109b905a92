import Foundation

/// How a book's experiments are submitted to Slurm: the job's resources (`--partition`,
/// `--time`, `--mem`, `--cpus-per-task`), how many array tasks run at once, the lines run
/// before each task (`module load ...`), the `report` binary the tasks run, how often to
/// poll and how many times a task that failed for the cluster's reasons is resubmitted.
public struct SlurmOptions: Sendable {
    public var partition: String?
    /// `HH:MM:SS` (or any Slurm time format).
    public var time: String?
    /// Memory per node, e.g. `4G`.
    public var memory: String?
    public var cpusPerTask: Int?
    /// Array tasks running at once (`--array=...%N`).
    public var maxArray: Int?
    /// Shell lines run in each task before the experiment (module loads, environment).
    public var setup: [String]
    /// The executable each task runs (`report task SPEC --cache DIR`); on a cluster it must
    /// be reachable from every node.
    public var reportBinary: URL
    public var jobName: String
    /// Seconds between two polls of the array's states.
    public var pollSeconds: Double
    /// Submissions of a task that ended NODE_FAIL, PREEMPTED or BOOT_FAIL, after the first.
    public var resubmissions: Int

    public init(partition: String? = nil, time: String? = nil, memory: String? = nil, cpusPerTask: Int? = nil,
                maxArray: Int? = nil, setup: [String] = [], reportBinary: URL, jobName: String = "report",
                pollSeconds: Double = 2, resubmissions: Int = 2) {
        self.partition = partition
        self.time = time
        self.memory = memory
        self.cpusPerTask = cpusPerTask
        self.maxArray = maxArray
        self.setup = setup
        self.reportBinary = reportBinary
        self.jobName = jobName
        self.pollSeconds = pollSeconds
        self.resubmissions = resubmissions
    }

    /// The batch script of one array: task `i` runs `specs/i.json` into `cache`, its output in
    /// `logs/JOB_i.log`. With `array`, the script also names its tasks (for `sbatch` by hand).
    public func script(specs: URL, logs: URL, cache: URL, array: [Int]? = nil) -> String {
        var lines = ["#!/bin/bash", "# Written by report: array task i runs the experiment spec \(specs.path)/i.json into the cache \(cache.path).",
                     "#SBATCH --job-name=\(jobName)", "#SBATCH --output=\(logs.path)/%A_%a.log"]
        if let partition { lines.append("#SBATCH --partition=\(partition)") }
        if let time { lines.append("#SBATCH --time=\(time)") }
        if let memory { lines.append("#SBATCH --mem=\(memory)") }
        if let cpusPerTask { lines.append("#SBATCH --cpus-per-task=\(cpusPerTask)") }
        if let array { lines.append("#SBATCH --array=\(ArrayIndices.format(array))\(maxArray.map { "%\($0)" } ?? "")") }
        lines.append("set -e")
        lines += setup
        lines.append("exec \(Self.quoted(reportBinary.path)) task \(Self.quoted(specs.path))/\"$SLURM_ARRAY_TASK_ID\".json --cache \(Self.quoted(cache.path)) --quiet")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` as one single-quoted shell word.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
