import Foundation
import LinearRNN

/// Runs independent jobs on all cores (OpenBLAS kept single-threaded inside each) and returns
/// their results in order.
public enum ParallelJobs {
    public static func run<T: Sendable>(_ count: Int, _ job: @Sendable @escaping (Int) throws -> T) throws -> [T] {
        LinearAlgebra.useSingleThreadedBLAS()
        let results = ResultSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            results.set(i, Result { try job(i) })
        }
        return try results.values()
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
