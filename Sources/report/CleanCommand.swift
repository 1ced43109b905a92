import ArgumentParser
import Engine
import Foundation

/// `report clean`: removes what `report render` wrote (reports, results, the cache).
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean", abstract: "Remove rendered reports, results and the experiment cache from the output folder.")

    @Option(name: .customLong("out"), help: "Output folder.")
    var out = "output"

    func run() throws {
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        let effects = SystemEffects()
        guard let names = try? effects.listFolder(folder) else { return }
        var removed = 0
        for name in names where name == ".cache" || name == "results" || name.hasSuffix(".html") || name.hasSuffix(".pdf") {
            try effects.remove(folder.appendingPathComponent(name))
            removed += 1
        }
        print("removed \(removed) item\(removed == 1 ? "" : "s") from \(out)")
    }
}
