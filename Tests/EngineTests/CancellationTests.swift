@testable import Engine
import Experiments
import Foundation
import Testing

/// A cancelled plan starts no more runs and leaves whole cache entries only: the run that
/// finished is cached and reused, the cancelled ones have no entry and no temporary file.
struct CancellationTests {
    /// An experiment that cancels the plan while it runs.
    struct Cancelling: Experiment {
        static let kind = "cancelling"
        let cancellation: RunCancellation
        let value: Double
        var workUnits: Int { 1 }
        func run(progress: @escaping @Sendable (Int) -> Void) throws -> JSONValue {
            cancellation.cancel()
            progress(1)
            return .object([("kind", .string(Self.kind)), ("x", .number(value))])
        }
        func summary(of result: JSONValue) -> [String] { [] }
    }

    static func plan(_ cancellation: RunCancellation) -> [PlannedExperiment] {
        (0..<4).map { i in
            PlannedExperiment(id: "e\(i)", kind: Cancelling.kind, parameters: "x: \(i)",
                              experiment: Cancelling(cancellation: cancellation, value: Double(i)))
        }
    }

    @Test func aCancelledPlanLeavesOnlyWholeEntries() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cancel-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ResultCache(folder: folder)
        let cancellation = RunCancellation()
        let outcomes = ExperimentRunner(cache: cache, jobs: 1, quiet: true, cancellation: cancellation).run(Self.plan(cancellation))
        let ran = outcomes.filter { if case .ran = $0.status { return true } else { return false } }
        #expect(ran.count == 1)
        #expect(outcomes.filter { $0.status.failure == ExperimentRunner.cancelledMessage }.count == 3)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["\(ran[0].cacheKey).json", "index.json"].sorted())
        #expect(cache.index() == [ran[0].id: ran[0].cacheKey])

        // The next run reuses the finished one and runs the others.
        let again = ExperimentRunner(cache: cache, jobs: 1, quiet: true, cancellation: RunCancellation()).run(Self.plan(RunCancellation()))
        #expect(again.filter { $0.status == .reused }.map(\.id) == [ran[0].id])
        #expect(again.filter { $0.status == .ran(reason: "not run before") }.count == 3)
    }

    @Test func aPlanCancelledBeforeItStartsWritesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cancel-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cancellation = RunCancellation()
        cancellation.cancel()
        let outcomes = ExperimentRunner(cache: ResultCache(folder: folder), jobs: 2, quiet: true, cancellation: cancellation)
            .run(Self.plan(cancellation))
        #expect(outcomes.allSatisfy { $0.status.failure == ExperimentRunner.cancelledMessage })
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}

/// The progress line of a plan: runs finished, share of the work, elapsed time and ETA.
struct ProgressLineTests {
    @Test func theLineShowsRunsShareElapsedAndETA() {
        #expect(TerminalProgress.line(label: "running", done: 250, total: 1000, finishedRuns: 18, runs: 72, elapsed: 10)
                    == "running 18/72 runs   25%  elapsed 10.0s  ETA 30.0s")
        #expect(TerminalProgress.line(label: "running", done: 0, total: 1000, finishedRuns: 0, runs: 1, elapsed: 0.5)
                    == "running 0/1 run    0%  elapsed 0.5s  ETA --")
        #expect(TerminalProgress.line(label: "e.yaml", done: 50, total: 100, finishedRuns: 0, runs: 0, elapsed: 90)
                    == "e.yaml   50%  elapsed 1m30s  ETA 1m30s")
    }
}
