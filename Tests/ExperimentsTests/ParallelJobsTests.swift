import Experiments
import Foundation
import Testing

/// Jobs run in parallel, except inside `ParallelJobs.serially` (an experiment of a plan
/// that already runs several at once), where they run in order on the calling thread.
struct ParallelJobsTests {
    /// Records the order in which jobs start.
    final class Order: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var started: [Int] = []
        func start(_ i: Int) { lock.withLock { started.append(i) } }
    }

    @Test func insideSeriallyJobsRunInOrderOnTheCallingThread() throws {
        let order = Order()
        let caller = pthread_self()
        let onCaller = try ParallelJobs.serially {
            try ParallelJobs.run(64) { i -> Bool in
                order.start(i)
                return pthread_equal(pthread_self(), caller) != 0
            }
        }
        #expect(onCaller.allSatisfy { $0 })
        #expect(order.started == Array(0..<64))
        // Outside, results still come back in order.
        #expect(try ParallelJobs.run(64) { $0 * 2 } == (0..<64).map { $0 * 2 })
    }
}
