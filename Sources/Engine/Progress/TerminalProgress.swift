import Foundation

/// One progress line on standard error for a whole plan: runs finished of total, the share
/// of the work done, elapsed time and ETA. Silent when standard error is not a terminal or
/// when asked to be quiet.
public final class TerminalProgress: @unchecked Sendable {
    private let label: String
    private let total: Int
    private let runs: Int
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false
    private var done = 0
    private var finishedRuns = 0
    private let lock = NSLock()

    /// `total` units of work in `runs` runs (0: a single run, shown without a run count).
    public init(label: String, total: Int, runs: Int = 0, quiet: Bool = false) {
        self.label = label
        self.total = max(total, 1)
        self.runs = runs
        self.enabled = !quiet && isatty(STDERR_FILENO) == 1
    }

    /// Updates the display with the units done (at most ten times a second).
    public func update(done: Int) {
        guard enabled else { return }
        lock.withLock {
            self.done = done
            draw(force: done >= total)
        }
    }

    /// Counts one run as finished.
    public func finishRun() {
        guard enabled else { return }
        lock.withLock {
            finishedRuns += 1
            draw(force: finishedRuns == runs)
        }
    }

    /// Clears the line.
    public func finish() {
        guard enabled else { return }
        lock.withLock {
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }

    private func draw(force: Bool) {
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let line = Self.line(label: label, done: done, total: total, finishedRuns: finishedRuns, runs: runs,
                             elapsed: now.timeIntervalSince(start))
        FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
        drawn = true
    }

    /// "running 3/72 runs  41%  elapsed 12.0s  ETA 17.3s": the ETA from the share of the
    /// work done so far ("--" before any is done).
    static func line(label: String, done: Int, total: Int, finishedRuns: Int, runs: Int, elapsed: Double) -> String {
        let fraction = Double(min(max(done, 0), total)) / Double(max(total, 1))
        let eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : .nan
        let count = runs > 0 ? " \(min(finishedRuns, runs))/\(runs) run\(runs == 1 ? "" : "s")" : ""
        return String(format: "%@%@  %3.0f%%  elapsed %@  ETA %@", label, count, 100 * fraction,
                      duration(elapsed), eta.isFinite ? duration(eta) : "--")
    }

    static func duration(_ seconds: Double) -> String {
        seconds < 60 ? String(format: "%.1fs", seconds) : String(format: "%dm%02ds", Int(seconds) / 60, Int(seconds) % 60)
    }
}
