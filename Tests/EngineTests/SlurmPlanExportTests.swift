import Engine
import Experiments
import Foundation
import Testing

/// `report plan --export` and `report import`: specs and a batch script out, results in,
/// each checked (key, kind, parameters, checksum) before it enters the cache.
@Suite struct SlurmPlanExportTests {
    let effects = InMemoryEffects()
    let export = URL(fileURLWithPath: "/export")
    var cache: ResultCache { SlurmExecutorTests.cache(effects) }

    func planned() throws -> [PlannedExperiment] {
        try effects.writeFileAtomically(SlurmExecutorTests.chapter, to: SlurmExecutorTests.root.appendingPathComponent("chapters/01-cluster.md"))
        let sources = try BookSources.collect(["chapters"], projectRoot: SlurmExecutorTests.root, effects: effects)
        return BookRenderer(sources: sources, cache: cache, options: .init(jobs: 1, quiet: true), effects: effects).plannedExperiments()
    }

    /// Runs every exported spec as an array task would, into the export's results folder.
    func runTasks(_ count: Int) throws {
        for i in 0..<count {
            let file = export.appendingPathComponent("specs/\(i).json")
            _ = try ExperimentTask.run(ExperimentSpec(data: effects.readFile(file), file: file.path), file: file.path,
                                       cache: ResultCache(folder: export.appendingPathComponent("results"), effects: effects))
        }
    }

    @Test func exportWritesSpecsAndAReadyScript() throws {
        let options = SlurmOptions(partition: "short", time: "00:10:00", memory: "2G", cpusPerTask: 1, maxArray: 2,
                                   setup: ["module load openblas"], reportBinary: URL(fileURLWithPath: "/opt/bin/report"))
        let exported = try PlanExport.export(planned(), cache: cache, to: export, options: options, effects: effects)
        #expect(exported.specs == 5 && exported.cached == 0)
        let script = try #require(effects.readText(exported.script))
        #expect(script == """
            #!/bin/bash
            # Written by report: array task i runs the experiment spec /export/specs/i.json into the cache /export/results.
            #SBATCH --job-name=report
            #SBATCH --output=/export/logs/%A_%a.log
            #SBATCH --partition=short
            #SBATCH --time=00:10:00
            #SBATCH --mem=2G
            #SBATCH --cpus-per-task=1
            #SBATCH --array=0-4%2
            set -e
            module load openblas
            exec '/opt/bin/report' task '/export/specs'/"$SLURM_ARRAY_TASK_ID".json --cache '/export/results' --quiet

            """)
        let spec = try ExperimentSpec(data: effects.readFile(export.appendingPathComponent("specs/1.json")), file: "1.json")
        #expect(spec.id == "lr.points[0]" && spec.kind == "train")
    }

    @Test func importAddsCheckedResultsByteForByte() throws {
        let plan = try planned()
        _ = try PlanExport.export(plan, cache: cache, to: export, options: SlurmOptions(reportBinary: URL(fileURLWithPath: "/r")), effects: effects)
        try runTasks(3)
        var imported = try PlanExport.importResults(from: export, into: cache, effects: effects)
        #expect(imported.added == ["modes", "lr.points[0]", "lr.points[1]"])
        #expect(imported.missing == ["lr.points[2]", "lr.points[3]"])
        #expect(imported.rejected.isEmpty)
        let key = plan[0].cacheKey
        #expect(try effects.readFile(cache.folder.appendingPathComponent("\(key).json")) == effects.readFile(export.appendingPathComponent("results/\(key).json")))
        try runTasks(5)
        imported = try PlanExport.importResults(from: export, into: cache, effects: effects)
        #expect(imported.added == ["lr.points[2]", "lr.points[3]"] && imported.present.count == 3)
    }

    @Test func importRefusesDamagedAndForeignResults() throws {
        let plan = try planned()
        _ = try PlanExport.export(plan, cache: cache, to: export, options: SlurmOptions(reportBinary: URL(fileURLWithPath: "/r")), effects: effects)
        try runTasks(2)
        let results = export.appendingPathComponent("results")
        // A damaged result, and a result of another experiment copied under this key.
        let damaged = results.appendingPathComponent("\(plan[0].cacheKey).json")
        try effects.writeFileAtomically(try #require(effects.readText(damaged)).replacingOccurrences(of: "[", with: "[1,", options: [], range: nil), to: damaged)
        try effects.writeFileAtomically(try effects.readFile(results.appendingPathComponent("\(plan[1].cacheKey).json")),
                                        to: results.appendingPathComponent("\(plan[2].cacheKey).json"))
        try effects.writeFileAtomically("{}", to: results.appendingPathComponent("0123456789abcdef0123456789abcdef.json"))
        let imported = try PlanExport.importResults(from: export, into: cache, effects: effects)
        #expect(imported.added == ["lr.points[0]"])
        #expect(imported.rejected.count == 3)
        #expect(imported.rejected.contains { $0.hasSuffix("\(plan[0].cacheKey).json: cache entry was damaged; recomputing") })
        #expect(imported.rejected.contains { $0.hasSuffix("\(plan[2].cacheKey).json: cache entry belongs to another experiment; recomputing") })
        #expect(imported.rejected.contains { $0.hasSuffix("0123456789abcdef0123456789abcdef.json: no spec of this export has this key") })
    }

    @Test func aTaskRefusesASpecWhoseKeyDoesNotMatch() throws {
        var spec = ExperimentSpec(try planned()[0])
        spec.parameters += "\n# edited"
        #expect(throws: ExperimentSpec.Problem.self) { try ExperimentTask.run(spec, file: "s.json", cache: cache) }
        #expect(throws: ExperimentSpec.Problem.self) { try ExperimentSpec(data: Data("{\"id\": 1}".utf8), file: "s.json") }
    }

    @Test func aTaskSkipsAnExperimentAlreadyInTheCache() throws {
        let spec = ExperimentSpec(try planned()[0])
        #expect(try ExperimentTask.run(spec, file: "s.json", cache: cache) != .skipped)
        #expect(try ExperimentTask.run(spec, file: "s.json", cache: cache) == .skipped)
    }
}
