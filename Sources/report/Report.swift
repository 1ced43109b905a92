import ArgumentParser

/// The `report` command line: renders chapters, runs experiments and answers cross-checks.
@main
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Literate reports on learning rules in linear recurrent networks.",
        subcommands: [RunCommand.self, EvalCommand.self, GalleryCommand.self])
}
