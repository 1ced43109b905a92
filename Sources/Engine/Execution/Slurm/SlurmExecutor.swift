import Experiments
import Foundation

/// Runs a book's uncached experiments as one Slurm job array. Each miss is written as an
/// experiment spec under `CACHE/.slurm/RUN/specs/i.json` (the cache folder is the one all
/// nodes share), the array is submitted once, its states are polled until every task has
/// ended, and the results are read back from the cache. A task that ended for the
/// cluster's reasons (NODE_FAIL, PREEMPTED) is submitted again, up to
/// `options.resubmissions` times; any other failure is reported with the task's job id,
/// state and the last lines of its log (the run's folder is kept then, and removed when
/// every task succeeded). When `interrupted()` turns true (Ctrl-C), the
/// arrays are cancelled; results already stored stay (each was written atomically).
public struct SlurmExecutor: ExperimentExecutor {
    public var options: SlurmOptions
    public var control: any SlurmControl
    public var effects: any Effects
    public var quiet: Bool
    /// Waits between polls (tests pass one that returns at once).
    public var sleep: @Sendable (Double) -> Void
    /// Whether the user asked to stop.
    public var interrupted: @Sendable () -> Bool

    /// Lines of a failed task's log shown in its report.
    static let logLines = 10
    /// Polls in a row in which Slurm reports no state for a task before it counts as ended
    /// (CANCELLED when it was still queued and never wrote a log, else UNKNOWN).
    static let unknownPolls = 3

    public init(options: SlurmOptions, control: any SlurmControl = SystemSlurm(), effects: any Effects = SystemEffects(),
                quiet: Bool = false, sleep: @escaping @Sendable (Double) -> Void = { Thread.sleep(forTimeInterval: $0) },
                interrupted: @escaping @Sendable () -> Bool = { false }) {
        self.options = options
        self.control = control
        self.effects = effects
        self.quiet = quiet
        self.sleep = sleep
        self.interrupted = interrupted
    }

    public func run(_ planned: [PlannedExperiment], cache: ResultCache) -> [ExperimentOutcome] {
        var outcomes: [ExperimentOutcome?] = Array(repeating: nil, count: planned.count)
        var tasks: [ExperimentSpec] = []
        var taskOf: [Int: Int] = [:], reasons: [Int: String] = [:], taskByKey: [String: Int] = [:]
        for (i, p) in planned.enumerated() {
            switch cache.lookup(id: p.id, key: p.cacheKey, kind: p.kind, parameters: p.parameters) {
            case let .hit(result, seconds):
                outcomes[i] = ExperimentOutcome(id: p.id, kind: p.kind, cacheKey: p.cacheKey, status: .reused, seconds: seconds,
                                                result: result, stopped: ExperimentFailure.first(in: result)?.description)
            case let .miss(reason):
                reasons[i] = reason
                if let t = taskByKey[p.cacheKey] { taskOf[i] = t; continue }
                taskByKey[p.cacheKey] = tasks.count
                taskOf[i] = tasks.count
                tasks.append(ExperimentSpec(p))
            }
        }
        if !tasks.isEmpty {
            let report = runArray(tasks, cache: cache)
            for (i, t) in taskOf {
                let p = planned[i]
                switch cache.lookup(id: p.id, key: p.cacheKey, kind: p.kind, parameters: p.parameters) {
                case let .hit(result, seconds):
                    outcomes[i] = ExperimentOutcome(id: p.id, kind: p.kind, cacheKey: p.cacheKey,
                                                    status: .ran(reason: "\(reasons[i]!); on Slurm as \(report.taskNames[t])"),
                                                    seconds: seconds, result: result, stopped: ExperimentFailure.first(in: result)?.description)
                case .miss:
                    outcomes[i] = ExperimentOutcome(id: p.id, kind: p.kind, cacheKey: p.cacheKey,
                                                    status: .failed(message: report.failures[t] ?? "the Slurm task \(report.taskNames[t]) left no result in the cache"),
                                                    seconds: 0, result: nil)
                }
            }
        }
        try? cache.updateIndex(Dictionary(planned.map { ($0.id, $0.cacheKey) }, uniquingKeysWith: { a, _ in a }))
        return outcomes.map { $0! }
    }

    /// What became of an array's tasks.
    struct ArrayReport {
        /// Per task, `JOB_INDEX` of its last submission (or `task i` when never submitted).
        var taskNames: [String]
        /// Per failed task, the sentence that says how it ended.
        var failures: [Int: String]
    }

    /// Writes the specs and the batch script, submits them as one array and waits for it.
    func runArray(_ tasks: [ExperimentSpec], cache: ResultCache) -> ArrayReport {
        let stamp = String(format: "%.0f-%d", effects.now().timeIntervalSince1970 * 1000, ProcessInfo.processInfo.processIdentifier)
        let work = cache.folder.appendingPathComponent(".slurm/\(stamp)")
        let specs = work.appendingPathComponent("specs"), logs = work.appendingPathComponent("logs")
        let script = work.appendingPathComponent("array.sbatch")
        var names = tasks.indices.map { "task \($0)" }
        do {
            for (i, spec) in tasks.enumerated() {
                try effects.writeFileAtomically(spec.serialized, to: specs.appendingPathComponent("\(i).json"))
            }
            try effects.writeFileAtomically(Data(), to: logs.appendingPathComponent(".keep"))
            try effects.writeFileAtomically(options.script(specs: specs, logs: logs, cache: cache.folder), to: script)
        } catch {
            let message = "cannot write the Slurm job's files under \(work.path) (\(FileProblem.reason(error))); check that the shared cache folder is writable"
            return ArrayReport(taskNames: names, failures: Dictionary(uniqueKeysWithValues: tasks.indices.map { ($0, message) }))
        }
        var jobOf: [Int: String] = [:], state: [Int: SlurmTaskState] = [:], unseen: [Int: Int] = [:]
        var submissions = Array(repeating: 0, count: tasks.count)
        var failures: [Int: String] = [:]
        var latestJob = ""
        func submit(_ indices: [Int]) -> Bool {
            do {
                let job = try control.submit(script: script, indices: indices, maxParallel: options.maxArray)
                latestJob = job
                for i in indices {
                    jobOf[i] = job; state[i] = .pending; unseen[i] = 0; submissions[i] += 1
                    names[i] = "\(job)_\(i)"
                }
                return true
            } catch {
                for i in indices {
                    state[i] = .failed
                    failures[i] = "cannot submit to Slurm: \(error)"
                }
                return false
            }
        }
        let progress = ArrayProgress(quiet: quiet, start: effects.now())
        defer { progress.finish() }
        guard submit(Array(tasks.indices)) else { return ArrayReport(taskNames: names, failures: failures) }
        var pollProblem: String?
        while true {
            if interrupted() {
                for job in Set(jobOf.values) { try? control.cancel(job: job) }
                for i in tasks.indices where !(state[i]?.isFinished ?? true) {
                    state[i] = .cancelled
                    failures[i] = "cancelled (interrupted); Slurm job \(names[i]) was cancelled with scancel"
                }
                break
            }
            for job in Set(tasks.indices.filter { !state[$0]!.isFinished }.compactMap { jobOf[$0] }) {
                let polled: [Int: SlurmTaskState]
                do {
                    polled = try control.taskStates(job: job)
                    pollProblem = nil
                } catch {
                    pollProblem = "\(error)"
                    continue
                }
                for (i, j) in jobOf where j == job && !(state[i]?.isFinished ?? false) {
                    if let s = polled[i] {
                        state[i] = s
                        unseen[i] = 0
                    } else if stored(tasks[i], in: cache) {
                        state[i] = .completed
                    } else {
                        unseen[i, default: 0] += 1
                        // A queued task that leaves the queue without a log never started:
                        // it was cancelled (without accounting, Slurm keeps no record of it).
                        let neverStarted = state[i]!.isQueued && !effects.fileExists(logs.appendingPathComponent("\(names[i]).log"))
                        if unseen[i]! >= Self.unknownPolls { state[i] = neverStarted ? .cancelled : .unknown }
                    }
                }
            }
            let retry = tasks.indices.filter { state[$0]!.isClusterFailure && submissions[$0] <= options.resubmissions && !stored(tasks[$0], in: cache) }
            if !retry.isEmpty { _ = submit(retry) }
            var counts = ArrayProgress.Counts()
            for i in tasks.indices {
                let s = state[i]!
                if s.isQueued { counts.queued += 1 } else if s.isRunning { counts.running += 1 }
                else if s == .completed { counts.done += 1 } else { counts.failed += 1 }
            }
            progress.update(job: latestJob, counts: counts, now: effects.now())
            if counts.queued + counts.running == 0 { break }
            sleep(options.pollSeconds)
        }
        for i in tasks.indices where failures[i] == nil && !stored(tasks[i], in: cache) {
            let s = state[i]!
            let resubmitted = submissions[i] > 1 ? " after \(submissions[i]) submissions" : ""
            var message = s == .completed
                ? "Slurm job \(names[i]) ended COMPLETED but left no result in the cache"
                : s == .unknown
                ? "Slurm job \(names[i]) is no longer known to Slurm and left no result in the cache\(pollProblem.map { " (\($0))" } ?? "")"
                : "Slurm job \(names[i]) ended \(s.name)\(resubmitted)"
            let log = logs.appendingPathComponent("\(names[i]).log")
            if let text = effects.readText(log) {
                let tail = text.split(separator: "\n", omittingEmptySubsequences: true).suffix(Self.logLines)
                message += tail.isEmpty ? "; its log \(log.path) is empty" : "; last lines of \(log.path):\n" + tail.map { "    \($0)" }.joined(separator: "\n")
            } else {
                message += "; no log at \(log.path)"
            }
            failures[i] = message
        }
        // The specs and logs are kept only while a failure refers to them.
        if failures.isEmpty { try? effects.remove(work) }
        return ArrayReport(taskNames: names, failures: failures)
    }

    private func stored(_ spec: ExperimentSpec, in cache: ResultCache) -> Bool {
        if case .hit = cache.lookup(id: spec.id, key: spec.key, kind: spec.kind, parameters: spec.parameters) { return true }
        return false
    }
}
