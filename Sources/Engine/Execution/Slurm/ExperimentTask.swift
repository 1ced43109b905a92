import Experiments
import Foundation

/// One experiment spec run into a cache: what a Slurm array task does (`report task`). An
/// experiment whose result is already in the cache (another render finished it) is skipped;
/// a new result is stored atomically (a temporary file in the cache folder, then a rename),
/// so a task killed half-way leaves no partial entry.
public enum ExperimentTask {
    /// What the task did.
    public enum Outcome: Sendable, Equatable {
        case skipped
        /// Ran and stored; `stopped` names a rule that stopped early.
        case ran(seconds: Double, stopped: String?)
    }

    /// Runs `spec` (read from `file`) unless `cache` has its result. Throws a spec problem,
    /// the experiment's error, or the cache's write error.
    public static func run(_ spec: ExperimentSpec, file: String, cache: ResultCache,
                           progress: @escaping @Sendable (Int) -> Void = { _ in }) throws -> Outcome {
        try spec.checkKey(file: file)
        if case .hit = cache.lookup(id: spec.id, key: spec.key, kind: spec.kind, parameters: spec.parameters) { return .skipped }
        let experiment = try ExperimentParser.parse(yaml: spec.parameters)
        guard type(of: experiment).kind == spec.kind else {
            throw ExperimentSpec.Problem(description: "\(file): the parameters are of kind '\(type(of: experiment).kind)', the spec says '\(spec.kind)'")
        }
        let start = Date()
        let result = try experiment.run(progress: progress)
        let seconds = Date().timeIntervalSince(start)
        try cache.store(id: spec.id, key: spec.key, kind: spec.kind, parameters: spec.parameters, result: result, seconds: seconds)
        return .ran(seconds: seconds, stopped: ExperimentFailure.first(in: result)?.description)
    }
}
