import ArgumentParser
import Engine
import Foundation
import LinearRNN

/// The `report` command line: renders chapters, runs experiments and answers cross-checks.
@main
struct Report: ParsableCommand {
    /// Usage errors exit with status 2 (swift-argument-parser's default is 64); Ctrl-C stops
    /// with status 130 and leaves the cache whole.
    static func main() {
        BLASKernel.relaunchWithPreferredKernel()
        RunCancellation.shared.stopOnInterrupt()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data("report: error: \(message(for: error))\nSee 'report help' for usage.\n".utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Literate reports on learning rules in linear recurrent networks.",
        subcommands: [RenderCommand.self, WatchCommand.self, RunCommand.self, ListCommand.self, CleanCommand.self, EvalCommand.self, GalleryCommand.self, FigureCommand.self, PlanCommand.self, ImportCommand.self, TaskCommand.self])
}
