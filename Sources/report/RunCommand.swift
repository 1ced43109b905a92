import ArgumentParser
import Engine
import Experiments
import Foundation

/// `report run EXPERIMENT.yaml`: runs one experiment and prints a summary or its JSON results.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run one experiment described by a YAML file.",
        discussion: "The YAML is exactly the body of a chapter's {experiment} directive; see docs/experiments.md. Kinds: \(ExperimentParser.supportedKinds.joined(separator: ", ")).")

    @Argument(help: "The experiment's YAML file.")
    var file: String

    @Flag(help: "Print the full results as JSON on standard output.")
    var json = false

    @Flag(name: [.short, .long], help: "No progress display.")
    var quiet = false

    func run() throws {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw ValidationError("cannot read '\(file)': \(error.localizedDescription)")
        }
        let experiment: any Experiment
        do {
            experiment = try ExperimentParser.parse(yaml: text)
        } catch let error as LocatedError {
            FileHandle.standardError.write(Data("\(error.formatted(file: file))\n".utf8))
            throw ExitCode(1)
        }
        let progress = TerminalProgress(label: file, total: experiment.workUnits, quiet: quiet)
        let result = try experiment.run { progress.update(done: $0) }
        progress.finish()
        if json {
            print(result.serialized(pretty: true))
        } else {
            experiment.summary(of: result).forEach { print($0) }
        }
        if let failure = ExperimentFailure.first(in: result) {
            FileHandle.standardError.write(Data("\(file): \(failure)\n".utf8))
            throw ExitCode(1)
        }
    }
}
