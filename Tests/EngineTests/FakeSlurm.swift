import Engine
import Experiments
import Foundation

/// A Slurm cluster in memory for the executor's tests. Each submission's tasks go through
/// the states `states(submission, task)` gives, one per poll (the last one repeats); a task
/// that reaches COMPLETED runs its spec into the cache then, exactly as `report task` does,
/// one that reaches another ended state writes `log` into its log file, and one that reaches
/// ``gone`` is no longer reported.
final class FakeSlurm: SlurmControl, @unchecked Sendable {
    struct Submission {
        var job: String
        var indices: [Int]
        var script: URL
        var maxParallel: Int?
        var polls = 0
    }

    /// A state meaning: Slurm no longer reports the task.
    static let gone = SlurmTaskState("GONE")

    let effects: InMemoryEffects
    let states: @Sendable (_ submission: Int, _ task: Int) -> [SlurmTaskState]
    let log: String
    private let lock = NSLock()
    private(set) var submissions: [Submission] = []
    private(set) var cancelled: [String] = []
    private var ran: Set<String> = []

    init(effects: InMemoryEffects, log: String = "step 1\nstep 2\nerror: out of luck",
         states: @escaping @Sendable (_ submission: Int, _ task: Int) -> [SlurmTaskState] = { _, _ in [.pending, .running, .completed] }) {
        self.effects = effects
        self.states = states
        self.log = log
    }

    func submit(script: URL, indices: [Int], maxParallel: Int?) throws -> String {
        lock.withLock {
            let job = "\(100 + submissions.count)"
            submissions.append(Submission(job: job, indices: indices, script: script, maxParallel: maxParallel))
            return job
        }
    }

    func taskStates(job: String) throws -> [Int: SlurmTaskState] {
        let (number, submission) = lock.withLock { () -> (Int, Submission) in
            let n = submissions.firstIndex { $0.job == job }!
            submissions[n].polls += 1
            return (n, submissions[n])
        }
        let folder = submission.script.deletingLastPathComponent()
        var result: [Int: SlurmTaskState] = [:]
        for i in submission.indices {
            let sequence = states(number, i)
            let state = sequence[min(submission.polls - 1, sequence.count - 1)]
            guard state != Self.gone else { continue }
            result[i] = state
            guard state.isFinished, lock.withLock({ ran.insert("\(job)_\(i)").inserted }) else { continue }
            if state == .completed {
                let file = folder.appendingPathComponent("specs/\(i).json")
                let spec = try ExperimentSpec(data: effects.readFile(file), file: file.path)
                let cache = ResultCache(folder: folder.deletingLastPathComponent().deletingLastPathComponent(), effects: effects)
                _ = try ExperimentTask.run(spec, file: file.path, cache: cache)
            } else {
                try effects.writeFileAtomically(log, to: folder.appendingPathComponent("logs/\(job)_\(i).log"))
            }
        }
        return result
    }

    func cancel(job: String) throws {
        lock.withLock { cancelled.append(job) }
    }
}
