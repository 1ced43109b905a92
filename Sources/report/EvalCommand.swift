import ArgumentParser
import Experiments
import Foundation

/// `report eval`: one reference-values entry on stdin, its outputs on stdout.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Compute one reference-values entry read from standard input.",
        discussion: """
            Reads {"kind": K, "inputs": {...}} (an entry of reference-values.json) and prints \
            {"outputs": {...}} with the same keys. Kinds: \(ReferenceEvaluator.supportedKinds.joined(separator: ", ")).
            """)

    @Flag(help: "Indent the JSON output.")
    var pretty = false

    func run() throws {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        do {
            let result = try ReferenceEvaluator.evaluate(json: data)
            print(result.serialized(pretty: pretty))
        } catch let error as LocatedError {
            FileHandle.standardError.write(Data("report eval: error: \(error.message)\n".utf8))
            throw ExitCode(1)
        }
    }
}
