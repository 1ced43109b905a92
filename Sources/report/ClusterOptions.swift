import ArgumentParser
import Engine
import Foundation

/// The Slurm job's settings, shared by `render --executor slurm` and `plan --export`.
struct ClusterOptions: ParsableArguments {
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

    func validate() throws {
        if let cpusPerTask, cpusPerTask < 1 { throw ValidationError("--cpus-per-task must be at least 1") }
        if let maxArray, maxArray < 1 { throw ValidationError("--max-array must be at least 1") }
    }

    /// These options, with each one the command line left out taken from a project file's
    /// `cluster:` settings (`partition: short`, `max-array: 8`, `setup: [module load x]`).
    func filled(from settings: [String: String]) throws -> ClusterOptions {
        func number(_ key: String) throws -> Int? {
            guard let text = settings[key] else { return nil }
            guard let value = Int(text), value >= 1 else {
                throw ValidationError("the project file's cluster: \(key) must be a whole number of at least 1, got '\(text)'")
            }
            return value
        }
        var filled = self
        filled.partition = partition ?? settings["partition"]
        filled.time = time ?? settings["time"]
        filled.mem = mem ?? settings["mem"]
        filled.cpusPerTask = try cpusPerTask ?? number("cpus-per-task")
        filled.maxArray = try maxArray ?? number("max-array")
        filled.sharedCache = sharedCache ?? settings["shared-cache"]
        if setup.isEmpty, let lines = settings["setup"] { filled.setup = lines.components(separatedBy: "\n") }
        return filled
    }

    /// Whether a job setting was given (they need `--executor slurm` in a render).
    var setsJob: Bool {
        partition != nil || time != nil || mem != nil || cpusPerTask != nil || maxArray != nil || !setup.isEmpty
    }

    var cacheFolder: URL? {
        sharedCache.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
    }

    /// The job settings, with this executable as the tasks' `report`.
    func slurm(resubmissions: Int = 0) -> SlurmOptions {
        SlurmOptions(partition: partition, time: time, memory: mem, cpusPerTask: cpusPerTask, maxArray: maxArray, setup: setup,
                     reportBinary: Self.executable, resubmissions: resubmissions)
    }

    /// The running executable, as an absolute path.
    static var executable: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    }
}
