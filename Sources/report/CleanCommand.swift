import ArgumentParser
import Foundation

/// `report clean`: removes what `report render` wrote (reports, results, the cache).
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean", abstract: "Remove rendered reports, results and the experiment cache from the output folder.")

    @Option(name: .customLong("out"), help: "Output folder.")
    var out = "output"

    func run() throws {
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return }
        var removed = 0
        for name in names where name == ".cache" || name == "results" || name.hasSuffix(".html") || name.hasSuffix(".pdf") {
            try manager.removeItem(at: folder.appendingPathComponent(name))
            removed += 1
        }
        print("removed \(removed) item\(removed == 1 ? "" : "s") from \(out)")
    }
}
