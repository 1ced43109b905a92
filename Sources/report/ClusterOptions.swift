import ArgumentParser
import Engine
import Foundation

/// Where `report render` runs uncached experiments, and the Slurm job's settings
/// (shared by `render` and `plan --export`).
struct ClusterOptions: ParsableArguments {
    @Option(help: "Where uncached experiments run: local or slurm (one job array).")
    var executor = "local"

    @Option(help: "Slurm partition of the job array.")
    var partition: String?

    @Option(help: ArgumentHelp("Slurm time limit of each array task.", valueName: "HH:MM:SS"))
    var time: String?

    @Option(help: ArgumentHelp("Slurm memory of each array task, e.g. 4G.", valueName: "M"))
    var mem: String?

    @Option(help: "CPUs of each array task.")
    var cpusPerTask: Int?

    @Option(help: ArgumentHelp("Array tasks running at once.", valueName: "N"))
    var maxArray: Int?

    @Option(help: ArgumentHelp("A result cache every node can reach (default: OUT/.cache).", valueName: "DIR"))
    var sharedCache: String?

    @Option(help: ArgumentHelp("A shell line each array task runs first, e.g. 'module load openblas' (repeatable).", valueName: "line"))
    var setup: [String] = []

    @Option(help: ArgumentHelp("Resubmissions of a task that ended NODE_FAIL or PREEMPTED.", valueName: "N"))
    var resubmit = 2

    func validate() throws {
        guard executor == "local" || executor == "slurm" else { throw ValidationError("unknown executor '\(executor)'; available: local, slurm") }
        if let cpusPerTask, cpusPerTask < 1 { throw ValidationError("--cpus-per-task must be at least 1") }
        if let maxArray, maxArray < 1 { throw ValidationError("--max-array must be at least 1") }
        if resubmit < 0 { throw ValidationError("--resubmit must be at least 0") }
        if executor == "local", partition != nil || time != nil || mem != nil || cpusPerTask != nil || maxArray != nil || !setup.isEmpty {
            throw ValidationError("--partition, --time, --mem, --cpus-per-task, --max-array and --setup need --executor slurm")
        }
    }

    var cacheFolder: URL? {
        sharedCache.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
    }

    /// The job settings, with this executable as the tasks' `report`.
    var slurm: SlurmOptions {
        SlurmOptions(partition: partition, time: time, memory: mem, cpusPerTask: cpusPerTask, maxArray: maxArray, setup: setup,
                     reportBinary: Self.executable, resubmissions: resubmit)
    }

    /// The Slurm executor (Ctrl-C cancels its arrays), or nil for the local one.
    func makeExecutor(quiet: Bool) -> (any ExperimentExecutor)? {
        guard executor == "slurm" else { return nil }
        let interruption = Interruption.install()
        return SlurmExecutor(options: slurm, quiet: quiet, interrupted: { interruption.requested })
    }

    /// The running executable, as an absolute path.
    static var executable: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    }
}
