import Foundation

/// The state Slurm reports for one array task (`PENDING`, `RUNNING`, `COMPLETED`, `FAILED`,
/// `TIMEOUT`, `OUT_OF_MEMORY`, `NODE_FAIL`, `PREEMPTED`, `CANCELLED`, ...).
public struct SlurmTaskState: Sendable, Hashable, CustomStringConvertible {
    /// Upper case, the first word only (`CANCELLED by 0` is `CANCELLED`).
    public let name: String

    public init(_ text: String) {
        name = String(text.split(separator: " ").first ?? "UNKNOWN").uppercased()
    }

    public static let pending = SlurmTaskState("PENDING")
    public static let running = SlurmTaskState("RUNNING")
    public static let completed = SlurmTaskState("COMPLETED")
    public static let failed = SlurmTaskState("FAILED")
    public static let timeout = SlurmTaskState("TIMEOUT")
    public static let outOfMemory = SlurmTaskState("OUT_OF_MEMORY")
    public static let nodeFail = SlurmTaskState("NODE_FAIL")
    public static let preempted = SlurmTaskState("PREEMPTED")
    public static let cancelled = SlurmTaskState("CANCELLED")
    /// Slurm no longer knows the task and its result is not in the cache.
    public static let unknown = SlurmTaskState("UNKNOWN")

    private static let waiting: Set<String> = ["PENDING", "CONFIGURING", "REQUEUED", "REQUEUE_HOLD", "REQUEUE_FED", "RESV_DEL_HOLD", "SUSPENDED", "STOPPED"]
    private static let active: Set<String> = ["RUNNING", "COMPLETING", "RESIZING", "SIGNALING", "STAGE_OUT"]

    /// Not started yet.
    public var isQueued: Bool { Self.waiting.contains(name) }
    public var isRunning: Bool { Self.active.contains(name) }
    /// Ended, one way or another.
    public var isFinished: Bool { !isQueued && !isRunning }
    /// Ended for the cluster's reasons, not the experiment's: worth submitting again.
    public var isClusterFailure: Bool { ["NODE_FAIL", "PREEMPTED", "BOOT_FAIL"].contains(name) }

    public var description: String { name }
}

/// Why Slurm could not be asked something, with the command and what it printed.
public struct SlurmProblem: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}

/// The Slurm commands a render uses, behind a protocol so submission, polling,
/// resubmission and failure reports are tested with a fake cluster. ``SystemSlurm`` runs
/// `sbatch`, `scontrol`, `sacct` and `scancel`.
public protocol SlurmControl: Sendable {
    /// Submits `script` as a job array of the task `indices`, at most `maxParallel` running
    /// at once; returns the array's job id.
    func submit(script: URL, indices: [Int], maxParallel: Int?) throws -> String
    /// The state of each task of the array `job` that Slurm still knows, by task index.
    func taskStates(job: String) throws -> [Int: SlurmTaskState]
    /// Cancels every task of the array `job` that has not ended.
    func cancel(job: String) throws
}

/// Array task indices as Slurm writes them: `0-3,7,9-10`.
public enum ArrayIndices {
    public static func format(_ indices: [Int]) -> String {
        var parts: [String] = []
        var sorted = Array(Set(indices)).sorted()[...]
        while let first = sorted.first {
            var last = first
            sorted = sorted.dropFirst()
            while sorted.first == last + 1 { last += 1; sorted = sorted.dropFirst() }
            parts.append(first == last ? "\(first)" : "\(first)-\(last)")
        }
        return parts.joined(separator: ",")
    }

    /// The indices of `0-3,7` or `2-5%2` (the `%` limit ignored); nil when malformed.
    public static func parse(_ text: String) -> [Int]? {
        let list = text.split(separator: "%").first.map(String.init) ?? ""
        var indices: [Int] = []
        for part in list.split(separator: ",") {
            let bounds = part.split(separator: "-", maxSplits: 1)
            guard let low = Int(bounds[0]) else { return nil }
            let step = bounds.count > 1 ? bounds[1].split(separator: ":") : []
            guard bounds.count == 1 || (step.first.flatMap { Int($0) }.map { $0 >= low } ?? false) else { return nil }
            let high = bounds.count > 1 ? Int(step[0])! : low
            let stride = step.count > 1 ? max(1, Int(step[1]) ?? 1) : 1
            indices += Swift.stride(from: low, through: high, by: stride)
        }
        return indices
    }
}
