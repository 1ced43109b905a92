import ArgumentParser
import Engine
import Foundation

/// `report plan --export DIR`: the book's uncached experiments as spec files and a ready
/// `sbatch` script, for submitting by hand; `report import DIR` brings the results back.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Write the uncached experiments as specs and a ready sbatch script.",
        discussion: "Writes DIR/specs/i.json (one per uncached experiment or sweep run) and DIR/array.sbatch, whose tasks write their results into DIR/results; submit it with `sbatch DIR/array.sbatch`, then `report import DIR`.")

    @OptionGroup var book: BookOptions
    @OptionGroup var cluster: ClusterOptions

    @Option(help: ArgumentHelp("The folder to write.", valueName: "DIR"))
    var export: String

    func run() throws {
        var build = book.build()
        let jobOptions = try cluster.filled(from: book.projectClusterSettings())
        build = ReportBuild(with(build.request) { $0.cacheFolder = jobOptions.cacheFolder })
        let renderer = try book.renderer(of: build)
        let folder = URL(fileURLWithPath: export, isDirectory: true).standardizedFileURL
        let exported: PlanExport.Exported
        do {
            exported = try PlanExport.export(renderer.plannedExperiments(), cache: renderer.cache, to: folder,
                                             options: jobOptions.slurm(), effects: SystemEffects())
        } catch {
            Console.error("report plan: cannot write \(folder.path) (\(FileProblem.reason(error)))")
            throw ExitCode(1)
        }
        Console.info("exported \(exported.specs) experiment spec\(exported.specs == 1 ? "" : "s") (\(exported.cached) already cached) to \(book.display(folder))")
        if exported.specs > 0 {
            Console.info("submit: sbatch \(book.display(exported.script)); then: report import \(book.display(folder))")
        }
    }
}

/// `value` changed by `change`.
func with<T>(_ value: T, _ change: (inout T) -> Void) -> T {
    var copy = value
    change(&copy)
    return copy
}
