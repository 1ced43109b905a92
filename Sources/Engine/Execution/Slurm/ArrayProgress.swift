import Foundation

/// The one-line display of a job array on standard error: queued, running, done and failed
/// tasks, elapsed time and an ETA from the finished tasks. Silent when standard error is
/// not a terminal or when asked to be quiet.
final class ArrayProgress: @unchecked Sendable {
    /// Counts of one poll.
    struct Counts: Equatable {
        var queued = 0, running = 0, done = 0, failed = 0
    }

    private let enabled: Bool
    private let start: Date
    private var drawn = false

    init(quiet: Bool, start: Date) {
        enabled = !quiet && isatty(STDERR_FILENO) == 1
        self.start = start
    }

    /// `slurm job 12: 3 queued, 2 running, 5 done, 0 failed  elapsed 12.0s  ETA 24.0s`.
    static func line(job: String, counts: Counts, elapsed: Double) -> String {
        let finished = counts.done + counts.failed
        let remaining = counts.queued + counts.running
        let eta = finished > 0 ? elapsed / Double(finished) * Double(remaining) : .nan
        return "slurm job \(job): \(counts.queued) queued, \(counts.running) running, \(counts.done) done, \(counts.failed) failed"
            + "  elapsed \(TerminalProgress.duration(elapsed))  ETA \(eta.isFinite ? TerminalProgress.duration(eta) : "--")"
    }

    func update(job: String, counts: Counts, now: Date) {
        guard enabled else { return }
        FileHandle.standardError.write(Data(("\r" + Self.line(job: job, counts: counts, elapsed: now.timeIntervalSince(start)) + "\u{1B}[K").utf8))
        drawn = true
    }

    func finish() {
        if enabled && drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
