import ArgumentParser
import Engine
import Foundation

/// `report clean`: removes what `report render` wrote (reports, results, the cache), as its
/// manifest lists it, and nothing else.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean", abstract: "Remove rendered reports, figures, results and the experiment cache from the output folder.")

    @Option(name: .customLong("out"), help: "Output folder.")
    var out = "output"

    func run() throws {
        let manifest = OutputManifest(folder: URL(fileURLWithPath: out, isDirectory: true))
        guard !manifest.paths().isEmpty else {
            print("nothing to remove: \(out) has no \(OutputManifest.fileName) listing files that report render wrote")
            return
        }
        let removed = try manifest.clean()
        print("removed \(removed) file\(removed == 1 ? "" : "s") from \(out)")
    }
}
