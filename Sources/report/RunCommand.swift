import ArgumentParser
import Engine
import Experiments
import Foundation

/// `report run EXPERIMENT.yaml` or `report run CHAPTER.md#id`: runs one experiment (its
/// `{{key}}` parameters from the chapter's front matter and `-P`) and prints a summary or
/// its JSON results.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run one experiment described by a YAML file or declared in a chapter.",
        discussion: "The YAML is exactly the body of a chapter's {experiment} directive; see docs/experiments.md. CHAPTER.md#id runs that chapter's experiment id with the chapter's parameters. Kinds: \(ExperimentParser.supportedKinds.joined(separator: ", ")).")

    @Argument(help: ArgumentHelp("The experiment's YAML file, or a chapter and an experiment id.", valueName: "file.yaml|chapter.md#id"))
    var file: String

    @Option(name: .customShort("P"), help: ArgumentHelp("Set a parameter used as {{key}} in the experiment.", valueName: "key=value"))
    var parameters: [String] = []

    @Flag(help: "Print the full results as JSON on standard output.")
    var json = false

    @Flag(name: [.short, .long], help: "No progress display.")
    var quiet = false

    func validate() throws {
        for p in parameters where !p.contains("=") { throw ValidationError("-P expects key=value, got '\(p)'") }
    }

    func run() throws {
        let hash = file.lastIndex(of: "#")
        let path = hash.map { String(file[..<$0]) } ?? file
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ValidationError("cannot read '\(path)': \(error.localizedDescription)")
        }
        var values: [String: String] = [:]
        for p in parameters {
            let parts = p.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            values[String(parts[0])] = String(parts[1])
        }
        let source: ChapterExperiment
        do {
            source = try ChapterExperiment(text: text, file: path, id: hash.map { String(file[file.index(after: $0)...]) }, parameters: values)
        } catch let problem as ChapterExperiment.Problem {
            throw ValidationError(problem.description)
        }
        let experiment: any Experiment
        do {
            experiment = try ExperimentParser.parse(yaml: source.yaml, lineOffset: source.lineOffset)
        } catch let error as LocatedError {
            FileHandle.standardError.write(Data("\(error.formatted(file: path))\n".utf8))
            throw ExitCode(1)
        }
        let progress = TerminalProgress(label: file, total: experiment.workUnits, quiet: quiet)
        let result = try experiment.run { progress.update(done: $0) }
        progress.finish()
        if json {
            print(result.serialized(pretty: true))
        } else {
            if !source.parameterNote.isEmpty { print("parameters: \(source.parameterNote)") }
            experiment.summary(of: result).forEach { print($0) }
        }
        if let failure = ExperimentFailure.first(in: result) {
            FileHandle.standardError.write(Data("\(file): \(failure)\n".utf8))
            throw ExitCode(1)
        }
    }
}
