import Engine
import Experiments
import Foundation
import Testing

/// The Slurm executor against a fake cluster: the same result bytes as a local run, state
/// sequences, resubmission of cluster failures, failure reports and Ctrl-C.
@Suite struct SlurmExecutorTests {
    static let root = URL(fileURLWithPath: "/book")

    static let chapter = """
        # Cluster

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
        N: 6
        n_in: 2
        n_out: 2
        T: 4
        rules: [bptt]
        steps: 10
        sweep:
          eta: [0.01, 0.02]
        seeds: 2
        ```
        """

    /// A book of one experiment and a sweep of 4 runs, in memory, rendered with `executor`.
    static func render(_ effects: InMemoryEffects, executor: (any ExperimentExecutor)?) throws -> BookRenderer.Outcome {
        try effects.writeFileAtomically(chapter, to: root.appendingPathComponent("chapters/01-cluster.md"))
        let sources = try BookSources.collect(["chapters"], projectRoot: root, effects: effects)
        return BookRenderer(sources: sources, cache: cache(effects),
                            options: .init(jobs: 1, quiet: true, executor: executor), effects: effects).render()
    }

    static func cache(_ effects: InMemoryEffects) -> ResultCache {
        ResultCache(folder: root.appendingPathComponent("shared-cache"), effects: effects)
    }

    static func executor(_ slurm: FakeSlurm, resubmissions: Int = 2, interrupted: @escaping @Sendable () -> Bool = { false }) -> SlurmExecutor {
        SlurmExecutor(options: SlurmOptions(maxArray: 3, reportBinary: URL(fileURLWithPath: "/opt/report"), resubmissions: resubmissions),
                      control: slurm, effects: slurm.effects, quiet: true, sleep: { _ in }, interrupted: interrupted)
    }

    @Test func resultsOnSlurmHaveTheBytesOfALocalRun() throws {
        let local = InMemoryEffects()
        let here = try Self.render(local, executor: nil)
        let remote = InMemoryEffects()
        let slurm = FakeSlurm(effects: remote)
        let there = try Self.render(remote, executor: Self.executor(slurm))
        #expect(there.errors.isEmpty)
        #expect(slurm.submissions.count == 1)
        #expect(slurm.submissions[0].indices == [0, 1, 2, 3, 4])
        #expect(slurm.submissions[0].maxParallel == 3)
        #expect(Set(here.results.keys) == ["modes", "lr"])
        for (id, result) in here.results { #expect(there.results[id]?.serialized() == result.serialized(), "\(id)") }
        for e in here.experiments {
            let entry = { (effects: InMemoryEffects) in try JSONValue.parse(effects.readFile(Self.cache(effects).folder.appendingPathComponent("\(e.cacheKey).json"))) }
            let (a, b) = (try entry(local), try entry(remote))
            for field in ["key", "kind", "parameters", "checksum", "result"] { #expect(a[field]?.serialized() == b[field]?.serialized(), "\(e.id) \(field)") }
        }
        #expect(there.experiments.allSatisfy { if case let .ran(reason) = $0.status { return reason.contains("on Slurm as 100_") } else { return false } })
        #expect(!remote.paths.contains { $0.contains("/.slurm/") }, "the job's specs and logs are removed when every task succeeded")
        // A local render afterwards reuses everything the cluster computed.
        let again = try Self.render(remote, executor: nil)
        #expect(again.experiments.allSatisfy { $0.status == .reused })
    }

    @Test func nothingIsSubmittedWhenEverythingIsCached() throws {
        let effects = InMemoryEffects()
        _ = try Self.render(effects, executor: nil)
        let slurm = FakeSlurm(effects: effects)
        let outcome = try Self.render(effects, executor: Self.executor(slurm))
        #expect(slurm.submissions.isEmpty)
        #expect(outcome.experiments.allSatisfy { $0.status == .reused })
    }

    @Test func failedTasksAreReportedWithJobStateAndLog() throws {
        let effects = InMemoryEffects()
        let ends: [SlurmTaskState] = [.completed, .failed, .timeout, .outOfMemory, .cancelled]
        let slurm = FakeSlurm(effects: effects) { _, task in [.pending, .running, ends[task]] }
        let outcome = try Self.render(effects, executor: Self.executor(slurm))
        let failures = Dictionary(uniqueKeysWithValues: outcome.experiments.compactMap { o in o.status.failure.map { (o.id, $0) } })
        #expect(failures["modes"] == nil)
        #expect(failures["lr.points[0]"]?.hasPrefix("Slurm job 100_1 ended FAILED; last lines of /book/shared-cache/.slurm/") == true)
        #expect(failures["lr.points[0]"]?.hasSuffix("/logs/100_1.log:\n    step 1\n    step 2\n    error: out of luck") == true)
        #expect(failures["lr.points[1]"]?.hasPrefix("Slurm job 100_2 ended TIMEOUT") == true)
        #expect(failures["lr.points[2]"]?.hasPrefix("Slurm job 100_3 ended OUT_OF_MEMORY") == true)
        #expect(failures["lr.points[3]"]?.hasPrefix("Slurm job 100_4 ended CANCELLED") == true)
        #expect(outcome.errors.contains { $0.message.hasPrefix("experiment 'lr' failed: ") && $0.message.contains("(and 3 other runs): Slurm job 100_1 ended FAILED") })
        // Nothing is resubmitted for the experiment's own failures; a second render runs only what is missing.
        #expect(slurm.submissions.count == 1)
        let second = FakeSlurm(effects: effects)
        let again = try Self.render(effects, executor: Self.executor(second))
        #expect(second.submissions.map(\.indices) == [[0, 1, 2, 3]])
        #expect(again.errors.isEmpty)
    }

    @Test func nodeFailuresAndPreemptionsAreResubmittedUpToTheLimit() throws {
        let effects = InMemoryEffects()
        // Task 1 fails its node once, task 2 is preempted every time.
        let slurm = FakeSlurm(effects: effects) { submission, task in
            switch task {
            case 1: return submission == 0 ? [.running, .nodeFail] : [.completed]
            case 2: return [.pending, .preempted]
            default: return [.completed]
            }
        }
        let outcome = try Self.render(effects, executor: Self.executor(slurm, resubmissions: 2))
        #expect(slurm.submissions.map(\.indices) == [[0, 1, 2, 3, 4], [1, 2], [2]])
        let byID = Dictionary(uniqueKeysWithValues: outcome.experiments.map { ($0.id, $0.status) })
        #expect(byID["lr.points[0]"]?.failure == nil)
        #expect(byID["lr.points[1]"]?.failure?.contains("ended PREEMPTED after 3 submissions") == true)
    }

    @Test func ctrlCCancelsTheArrayAndKeepsFinishedResults() throws {
        let effects = InMemoryEffects()
        let polls = Counter()
        let slurm = FakeSlurm(effects: effects) { _, task in task == 0 ? [.completed] : [.running] }
        let outcome = try Self.render(effects, executor: Self.executor(slurm, interrupted: { polls.next() > 2 }))
        #expect(slurm.cancelled == ["100"])
        let byID = Dictionary(uniqueKeysWithValues: outcome.experiments.map { ($0.id, $0.status) })
        #expect(byID["modes"]?.failure == nil)
        #expect(byID["lr.points[3]"]?.failure?.hasPrefix("cancelled (interrupted); Slurm job 100_4 was cancelled with scancel") == true)
        // The cache holds whole entries only: the finished one, the index and the job's files.
        let cacheFiles = effects.paths.filter { $0.hasPrefix("/book/shared-cache/") && !$0.contains("/.slurm/") }
        #expect(cacheFiles.count == 2)
    }

    @Test func aTaskSlurmForgetsIsCancelledWhenItNeverStartedAndUnknownOtherwise() throws {
        let effects = InMemoryEffects()
        let slurm = FakeSlurm(effects: effects) { _, task in task == 0 ? [.running, FakeSlurm.gone] : [.pending, FakeSlurm.gone] }
        let outcome = try Self.render(effects, executor: Self.executor(slurm))
        let byID = Dictionary(uniqueKeysWithValues: outcome.experiments.map { ($0.id, $0.status) })
        #expect(byID["modes"]?.failure?.hasPrefix("Slurm job 100_0 is no longer known to Slurm and left no result in the cache") == true)
        #expect(byID["lr.points[0]"]?.failure?.hasPrefix("Slurm job 100_1 ended CANCELLED; no log at") == true)
    }
}

/// Counts calls, from any thread.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.withLock { value += 1; return value } }
}
