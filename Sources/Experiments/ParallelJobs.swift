import Foundation
import LinearRNN

/// Runs independent jobs on all cores (OpenBLAS kept single-threaded inside each) and returns
/// their results in order. Inside `serially` (a job of a plan that already keeps the cores
/// busy with other jobs) they run one after another on the calling thread instead.
public enum ParallelJobs {
    private static let serialKey = "ParallelJobs.serial"

    public static func run<T: Sendable>(_ count: Int, _ job: @Sendable @escaping (Int) throws -> T) throws -> [T] {
        LinearAlgebra.useSingleThreadedBLAS()
        if Thread.current.threadDictionary[serialKey] != nil { return try (0..<count).map(job) }
        let results = ResultSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            results.set(i, Result { try job(i) })
        }
        return try results.values()
    }

    /// Runs `body` with every `run` inside it (on this thread) serial: a plan running several
    /// experiments at once gives each one core, so `jobs` experiments use `jobs` cores.
    public static func serially<T>(_ body: () throws -> T) rethrows -> T {
        let dictionary = Thread.current.threadDictionary
        let outer = dictionary[serialKey]
        dictionary[serialKey] = true
        defer { dictionary[serialKey] = outer }
        return try body()
    }
}

/// Thread-safe result slots for `ParallelJobs`.
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var slots: [Result<T, Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: Result<T, Error>) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    func values() throws -> [T] { try slots.map { try $0!.get() } }
}

/// Counts finished work units across threads and forwards the total.
public final class ProgressCounter: @unchecked Sendable {
    private var done = 0
    private let lock = NSLock()
    private let report: @Sendable (Int) -> Void

    public init(_ report: @escaping @Sendable (Int) -> Void) { self.report = report }

    public func advance(by units: Int = 1) {
        lock.lock()
        done += units
        let total = done
        lock.unlock()
        report(total)
    }
}
