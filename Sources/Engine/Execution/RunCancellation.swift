import Foundation

/// Stops a plan of experiments: once cancelled, runs that have not started do not start
/// (they are reported as cancelled), and the cache is never left half-written. Cache
/// writes go through `writing`, which holds a lock; `cancelAndWaitForWrites` takes that
/// lock, so when it returns no write is under way. Every write is a temporary file renamed
/// over the entry, so even a process killed outright leaves whole entries only.
public final class RunCancellation: @unchecked Sendable {
    /// The cancellation `report` stops on Ctrl-C (see `stopOnInterrupt`).
    public static let shared = RunCancellation()

    private let state = NSLock()
    private let writes = NSLock()
    private var cancelled = false
    private var interruptSource: DispatchSourceSignal?

    public init() {}

    public var isCancelled: Bool { state.withLock { cancelled } }

    /// Runs that have not started will not start.
    public func cancel() { state.withLock { cancelled = true } }

    /// Cancels and returns once no cache write is under way; the lock stays held, so no
    /// write starts afterwards (for a process about to exit).
    public func cancelAndWaitForWrites() {
        cancel()
        writes.lock()
    }

    /// Runs a cache write, never at the same time as `cancelAndWaitForWrites`.
    func writing<T>(_ body: () throws -> T) rethrows -> T {
        writes.lock()
        defer { writes.unlock() }
        return try body()
    }

    /// On SIGINT (Ctrl-C): cancels, waits for a cache write under way to finish, clears the
    /// progress line, says so on standard error and exits with status 130.
    public func stopOnInterrupt() {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [self] in
            cancelAndWaitForWrites()
            let clear = isatty(STDERR_FILENO) == 1 ? "\r\u{1B}[K" : ""
            FileHandle.standardError.write(Data("\(clear)report: interrupted; results finished so far are cached, no entry is half-written\n".utf8))
            exit(130)
        }
        source.resume()
        interruptSource = source
    }

    /// Leaves SIGINT to another handler from now on (the Slurm executor's, which cancels its
    /// job arrays before the render ends).
    public func handOverInterrupts() {
        interruptSource?.cancel()
        interruptSource = nil
    }
}
