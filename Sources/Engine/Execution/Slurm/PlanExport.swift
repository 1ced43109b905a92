import Experiments
import Foundation

/// A plan's uncached experiments written for someone who submits by hand
/// (`report plan --export DIR`), and the results brought back (`report import DIR`).
///
/// `DIR/specs/i.json` are the specs, `DIR/array.sbatch` the ready batch script (its tasks
/// write into `DIR/results`, a cache folder of their own, and log to `DIR/logs`).
public enum PlanExport {
    /// What an export wrote.
    public struct Exported: Sendable {
        public var specs: Int
        /// Experiments already in the cache, not exported.
        public var cached: Int
        public var script: URL
    }

    /// Writes the specs of `planned`'s experiments missing from `cache` and the batch script.
    public static func export(_ planned: [PlannedExperiment], cache: ResultCache, to folder: URL,
                              options: SlurmOptions, effects: any Effects) throws -> Exported {
        var seen = Set<String>()
        let missing = planned.filter { p in
            if case .hit = cache.lookup(id: p.id, key: p.cacheKey, kind: p.kind, parameters: p.parameters) { return false }
            return seen.insert(p.cacheKey).inserted
        }
        let specs = folder.appendingPathComponent("specs"), logs = folder.appendingPathComponent("logs")
        for (i, p) in missing.enumerated() {
            try effects.writeFileAtomically(ExperimentSpec(p).serialized, to: specs.appendingPathComponent("\(i).json"))
        }
        try effects.writeFileAtomically(Data(), to: logs.appendingPathComponent(".keep"))
        try effects.writeFileAtomically(Data(), to: folder.appendingPathComponent("results/.keep"))
        let script = folder.appendingPathComponent("array.sbatch")
        try effects.writeFileAtomically(options.script(specs: specs, logs: logs, cache: folder.appendingPathComponent("results"),
                                                       array: missing.isEmpty ? nil : Array(missing.indices)), to: script)
        return Exported(specs: missing.count, cached: planned.count - missing.count, script: script)
    }

    /// What an import did.
    public struct Imported: Sendable {
        /// Ids of the results added to the cache.
        public var added: [String] = []
        /// Ids whose result the cache already had.
        public var present: [String] = []
        /// Ids with no result in `DIR/results` yet.
        public var missing: [String] = []
        /// Files refused, with the reason.
        public var rejected: [String] = []
    }

    /// Adds the results under `folder/results` that belong to a spec of `folder/specs` and
    /// pass the cache's checks (key, kind, parameters and checksum) to `cache`, byte for byte.
    public static func importResults(from folder: URL, into cache: ResultCache, effects: any Effects) throws -> Imported {
        let specFolder = folder.appendingPathComponent("specs"), resultFolder = folder.appendingPathComponent("results")
        guard effects.isFolder(specFolder) else {
            throw ExperimentSpec.Problem(description: "\(folder.path) has no specs/ folder; it was not written by report plan --export")
        }
        let exported = ResultCache(folder: resultFolder, effects: effects)
        var imported = Imported()
        var keys = Set<String>()
        for name in try effects.listFolder(specFolder).filter({ $0.hasSuffix(".json") }).sorted() {
            let file = specFolder.appendingPathComponent(name)
            let spec: ExperimentSpec
            do {
                spec = try ExperimentSpec(data: try effects.readFile(file), file: file.path)
                try spec.checkKey(file: file.path)
            } catch {
                imported.rejected.append("\(file.path): \(error)")
                continue
            }
            keys.insert(spec.key)
            if case .hit = cache.lookup(id: spec.id, key: spec.key, kind: spec.kind, parameters: spec.parameters) {
                imported.present.append(spec.id)
                continue
            }
            let entry = resultFolder.appendingPathComponent("\(spec.key).json")
            switch exported.lookup(id: spec.id, key: spec.key, kind: spec.kind, parameters: spec.parameters) {
            case .hit:
                try effects.writeFileAtomically(try effects.readFile(entry), to: cache.folder.appendingPathComponent("\(spec.key).json"))
                imported.added.append(spec.id)
            case let .miss(reason):
                if effects.fileExists(entry) { imported.rejected.append("\(entry.path): \(reason)") } else { imported.missing.append(spec.id) }
            }
        }
        for name in (try? effects.listFolder(resultFolder)) ?? [] where name.hasSuffix(".json") && !name.hasPrefix(".") && name != "index.json" {
            if !keys.contains(String(name.dropLast(5))) {
                imported.rejected.append("\(resultFolder.appendingPathComponent(name).path): no spec of this export has this key")
            }
        }
        return imported
    }
}
