import Foundation

/// A one-line progress display on standard error: units done of total, elapsed time and
/// ETA. Silent when standard error is not a terminal or when asked to be quiet.
public final class TerminalProgress: @unchecked Sendable {
    private let label: String
    private let total: Int
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false
    private let lock = NSLock()

    public init(label: String, total: Int, quiet: Bool = false) {
        self.label = label
        self.total = max(total, 1)
        self.enabled = !quiet && isatty(STDERR_FILENO) == 1
    }

    /// Updates the display (at most ten times a second).
    public func update(done: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done >= total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let elapsed = now.timeIntervalSince(start)
        let fraction = Double(min(done, total)) / Double(total)
        let eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : .nan
        let line = String(format: "\r%@  %d/%d (%3.0f%%)  elapsed %@  ETA %@",
                          label, min(done, total), total, 100 * fraction,
                          Self.duration(elapsed), eta.isFinite ? Self.duration(eta) : "--")
        FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
        drawn = true
    }

    /// Clears the line.
    public func finish() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    static func duration(_ seconds: Double) -> String {
        seconds < 60 ? String(format: "%.1fs", seconds) : String(format: "%dm%02ds", Int(seconds) / 60, Int(seconds) % 60)
    }
}
