import ArgumentParser
import Engine
import Experiments
import Foundation

/// `report task SPEC --cache DIR`: what one Slurm array task runs; one experiment spec
/// written by `render --executor slurm` or `plan --export`, its result stored in the cache
/// atomically, skipped when the cache already has it.
struct TaskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task",
        abstract: "Run one experiment spec into a result cache (what a Slurm array task runs).")

    @Argument(help: ArgumentHelp("The experiment spec (specs/i.json).", valueName: "spec.json"))
    var spec: String

    @Option(help: ArgumentHelp("The result cache folder.", valueName: "DIR"))
    var cache: String

    @Flag(name: [.short, .long], help: "No progress display.")
    var quiet = false

    func run() throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: spec))
        } catch {
            throw ValidationError("cannot read '\(spec)': \(error.localizedDescription)")
        }
        let started = Date()
        let host = ProcessInfo.processInfo.hostName
        do {
            let parsed = try ExperimentSpec(data: data, file: spec)
            Console.info("\(parsed.id) (\(parsed.kind), key \(parsed.key)) on \(host)")
            let store = ResultCache(folder: URL(fileURLWithPath: cache, isDirectory: true))
            switch try ExperimentTask.run(parsed, file: spec, cache: store) {
            case .skipped:
                Console.info("\(parsed.id): already in the cache; skipped")
            case let .ran(seconds, stopped):
                Console.info(String(format: "%@: ran in %.3f s (%.3f s in all)", parsed.id, seconds, Date().timeIntervalSince(started)))
                if let stopped { Console.info("\(parsed.id): \(stopped)") }
            }
        } catch {
            Console.error("report task: \(error)")
            throw ExitCode(1)
        }
    }
}
