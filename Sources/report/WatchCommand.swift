import ArgumentParser
import Engine
import Foundation

/// `report watch`: renders, then renders again whenever a chapter or the bibliography
/// changes. Experiments whose parameters did not change are reused from the cache.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch", abstract: "Re-render whenever a chapter or the bibliography changes (Ctrl-C to stop).")

    @OptionGroup var book: BookOptions

    @Option(help: "Output formats, comma-separated: html.")
    var format = "html"

    @Option(help: "Seconds between checks for changes.")
    var interval = 0.5

    func run() throws {
        let build = book.build(formats: try RenderCommand.formats(format))
        var lastStamp: [String: Date] = [:]
        while true {
            let renderer = try book.renderer(of: build)
            var files = renderer.sources.chapterFiles
            if let bib = renderer.sources.bibliography { files.append(bib) }
            let stamp = Dictionary(uniqueKeysWithValues: files.map { url in
                (url.path, build.effects.modificationDate(url) ?? .distantPast)
            })
            if stamp != lastStamp {
                lastStamp = stamp
                Console.printBuild(try build.run(renderer), quiet: book.quiet, display: book.display)
                Console.info("watching \(files.count) file\(files.count == 1 ? "" : "s") for changes")
            }
            Thread.sleep(forTimeInterval: max(interval, 0.05))
        }
    }
}
