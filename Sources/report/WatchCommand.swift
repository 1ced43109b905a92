import ArgumentParser
import Engine
import Foundation

/// `report watch`: renders, then renders again whenever a chapter or the bibliography
/// changes. Experiments whose parameters did not change are reused from the cache. A chapter
/// that is missing for a moment is reported once and the watch goes on.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch", abstract: "Re-render whenever a chapter or the bibliography changes (Ctrl-C to stop).")

    @OptionGroup var book: BookOptions

    @Option(help: "Output formats, comma-separated: html.")
    var format = "html"

    @Option(help: "Seconds between checks for changes.")
    var interval = 0.5

    func run() throws {
        var watch = BookWatch(build: book.build(formats: try RenderCommand.formats(format)))
        watch.run(report: { step in
            switch step {
            case let .rendered(result, files):
                Console.printBuild(result, quiet: book.quiet, display: book.display)
                Console.info("watching \(files) file\(files == 1 ? "" : "s") for changes")
            case let .problem(message):
                Console.error("\(message); still watching")
            case .unchanged:
                break
            }
        }, wait: {
            Thread.sleep(forTimeInterval: max(interval, 0.05))
            return true
        })
    }
}
