import ArgumentParser
import Engine
import Foundation

/// `report import DIR`: the results of an exported plan (`DIR/results`) checked against its
/// specs (key, kind, parameters, checksum) and added to the cache.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the finished results of an exported plan to the cache.",
        discussion: "Exit status 1 when a result file was refused.")

    @Argument(help: ArgumentHelp("A folder written by report plan --export.", valueName: "DIR"))
    var folder: String

    @Option(name: .customLong("out"), help: "Output folder whose cache (OUT/.cache) receives the results.")
    var out = "output"

    @Option(help: ArgumentHelp("The cache folder to add to (instead of OUT/.cache).", valueName: "DIR"))
    var sharedCache: String?

    func run() throws {
        let cacheFolder = sharedCache.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? URL(fileURLWithPath: out, isDirectory: true).appendingPathComponent(".cache")
        let imported: PlanExport.Imported
        do {
            imported = try PlanExport.importResults(from: URL(fileURLWithPath: folder, isDirectory: true),
                                                    into: ResultCache(folder: cacheFolder), effects: SystemEffects())
        } catch {
            Console.error("report import: \(error)")
            throw ExitCode(1)
        }
        imported.rejected.forEach { Console.error("refused \($0)") }
        Console.info("imported \(imported.added.count) result\(imported.added.count == 1 ? "" : "s"); \(imported.present.count) already cached; \(imported.missing.count) not finished yet"
                     + (imported.missing.isEmpty ? "" : " (\(imported.missing.prefix(5).joined(separator: ", "))\(imported.missing.count > 5 ? ", ..." : ""))"))
        if !imported.rejected.isEmpty { throw ExitCode(1) }
    }
}
