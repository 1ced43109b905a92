/// Where a book's experiments run: on this machine (``LocalExecutor``) or as one Slurm job
/// array (``SlurmExecutor``). Either way every result goes through the same content-addressed
/// cache, so the same experiment gives the same bytes wherever it ran.
public protocol ExperimentExecutor: Sendable {
    /// One outcome per planned experiment, in order: reused from `cache`, or run and stored
    /// in it, or failed with the reason.
    func run(_ planned: [PlannedExperiment], cache: ResultCache) -> [ExperimentOutcome]
}

/// Runs the experiments on this machine, on up to `jobs` workers (``ExperimentRunner``).
public struct LocalExecutor: ExperimentExecutor {
    public var jobs: Int
    public var quiet: Bool

    public init(jobs: Int, quiet: Bool) {
        self.jobs = jobs
        self.quiet = quiet
    }

    public func run(_ planned: [PlannedExperiment], cache: ResultCache) -> [ExperimentOutcome] {
        ExperimentRunner(cache: cache, jobs: jobs, quiet: quiet).run(planned)
    }
}
