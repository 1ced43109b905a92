import Experiments
import Foundation

/// One experiment of a book, ready to run.
public struct PlannedExperiment: Sendable {
    public var id: String
    public var kind: String
    /// The YAML body (after parameter substitution).
    public var parameters: String
    public var experiment: any Experiment

    public init(id: String, kind: String, parameters: String, experiment: any Experiment) {
        self.id = id
        self.kind = kind
        self.parameters = parameters
        self.experiment = experiment
    }

    public var cacheKey: String { ResultCache.key(kind: kind, parameters: parameters) }
}

/// What happened to one experiment in a run.
public struct ExperimentOutcome: Sendable {
    public enum Status: Sendable, Equatable {
        case reused
        case ran(reason: String)
        case failed(message: String)

        /// The message of a failed run, nil otherwise.
        public var failure: String? {
            if case let .failed(message) = self { return message }
            return nil
        }
    }

    public var id: String
    public var kind: String
    /// The result's cache key (its entry is `KEY.json` in the cache folder).
    public var cacheKey: String
    public var status: Status
    /// Compute time (the original run's time when reused).
    public var seconds: Double
    public var result: JSONValue?
    /// Why a new result could not be stored in the cache (it will run again next time).
    public var cacheWarning: String? = nil
    /// A rule whose run stopped early (diverged), as a sentence. The result still stands:
    /// the other rules' values stay usable, and the stopped rule's curve ends where it stopped.
    public var stopped: String? = nil
}

/// Runs a book's experiments: reuses cached results, runs the others in parallel on up to
/// `jobs` workers with one progress line for the whole plan, and stores new results
/// atomically. Once `cancellation` is cancelled, runs not yet started are reported as
/// cancelled and leave no cache entry.
public struct ExperimentRunner: Sendable {
    public var cache: ResultCache
    public var jobs: Int
    public var quiet: Bool
    public var cancellation: RunCancellation

    public init(cache: ResultCache, jobs: Int, quiet: Bool, cancellation: RunCancellation = .shared) {
        self.cache = cache
        self.jobs = max(1, jobs)
        self.quiet = quiet
        self.cancellation = cancellation
    }

    /// The status of a run that did not start because the plan was cancelled.
    public static let cancelledMessage = "cancelled before it ran"

    public func run(_ planned: [PlannedExperiment]) -> [ExperimentOutcome] {
        var outcomes: [ExperimentOutcome?] = Array(repeating: nil, count: planned.count)
        var misses: [(Int, String)] = []
        for (i, p) in planned.enumerated() {
            switch cache.lookup(id: p.id, key: p.cacheKey, kind: p.kind, parameters: p.parameters) {
            case let .hit(result, seconds):
                outcomes[i] = ExperimentOutcome(id: p.id, kind: p.kind, cacheKey: p.cacheKey, status: .reused, seconds: seconds, result: result,
                                                stopped: ExperimentFailure.first(in: result)?.description)
            case let .miss(reason):
                misses.append((i, reason))
            }
        }
        let totalUnits = misses.reduce(0) { $0 + planned[$1.0].experiment.workUnits }
        let progress = TerminalProgress(label: "running", total: totalUnits, runs: misses.count, quiet: quiet)
        let counter = ProgressCounter { progress.update(done: $0) }
        let slots = DispatchSemaphore(value: jobs)
        let cache = self.cache, cancellation = self.cancellation
        let pending = misses
        let finished = (try? ParallelJobs.run(pending.count) { j -> ExperimentOutcome in
            slots.wait()
            defer { slots.signal() }
            let (i, reason) = pending[j]
            let p = planned[i]
            guard !cancellation.isCancelled else {
                return ExperimentOutcome(id: p.id, kind: p.kind, cacheKey: p.cacheKey, status: .failed(message: Self.cancelledMessage),
                                         seconds: 0, result: nil)
            }
            defer { progress.finishRun() }
            let start = Date()
            do {
                // With several experiments to run they share the cores, one core each.
                let run = { try p.experiment.run { _ in counter.advance() } }
                let result = try pending.count > 1 ? ParallelJobs.serially(run) : run()
                let seconds = Date().timeIntervalSince(start)
                var cacheWarning: String?
                do {
                    try cancellation.writing {
                        try cache.store(id: p.id, key: p.cacheKey, kind: p.kind, parameters: p.parameters, result: result, seconds: seconds)
                    }
                } catch {
                    cacheWarning = "experiment '\(p.id)' ran but its result was not cached (\(error.localizedDescription)); it will run again next time"
                }
                return ExperimentOutcome(id: p.id, kind: p.kind, cacheKey: p.cacheKey, status: .ran(reason: reason), seconds: seconds, result: result,
                                         cacheWarning: cacheWarning, stopped: ExperimentFailure.first(in: result)?.description)
            } catch {
                return ExperimentOutcome(id: p.id, kind: p.kind, cacheKey: p.cacheKey, status: .failed(message: "\(error)"),
                                         seconds: Date().timeIntervalSince(start), result: nil)
            }
        }) ?? []
        progress.finish()
        for (j, outcome) in finished.enumerated() { outcomes[pending[j].0] = outcome }
        let indexed = planned.indices.filter { outcomes[$0]?.status.failure != Self.cancelledMessage }
        if !indexed.isEmpty {
            try? cancellation.writing {
                try cache.updateIndex(Dictionary(indexed.map { (planned[$0].id, planned[$0].cacheKey) }, uniquingKeysWith: { a, _ in a }))
            }
        }
        return outcomes.map { $0! }
    }
}
