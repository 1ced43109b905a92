import Experiments
import Foundation

/// Experiment results cached on disk under a content hash of (kind, parameters, core version).
/// Each entry carries its key, kind and parameters and a checksum of its result: a damaged
/// entry, an entry copied or renamed from another experiment, and an entry that is a
/// symbolic link are all refused and recomputed. An index remembers which hash each
/// experiment id had, to explain why an experiment re-ran.
public struct ResultCache: Sendable {
    /// Bump when the learning core's numbers or result keys change, so old results are not reused.
    public static let coreVersion = "linear-rnn-3"

    public let folder: URL
    /// How entries and the index are read and written.
    public let effects: any Effects

    public init(folder: URL, effects: any Effects = SystemEffects()) {
        self.folder = folder
        self.effects = effects
    }

    /// The cache key of an experiment.
    public static func key(kind: String, parameters: String) -> String {
        ContentHash.hex("\(coreVersion)\n\(kind)\n\(parameters)")
    }

    public enum Lookup: Sendable, Equatable {
        case hit(JSONValue, seconds: Double)
        /// Why it must run: "not run before", "parameters or learning-core version changed",
        /// "cache entry was damaged; recomputing", ...
        case miss(reason: String)
    }

    /// The cached result of the experiment `id` of `kind` with `parameters`, whose key is `key`.
    public func lookup(id: String, key: String, kind: String, parameters: String) -> Lookup {
        let url = entryURL(key)
        guard let data = try? effects.readFile(url) else {
            let previous = index()[id]
            return .miss(reason: previous == nil ? "not run before" : "parameters or learning-core version changed")
        }
        guard effects.realPath(url).path == effects.realPath(folder).appendingPathComponent(url.lastPathComponent).path else {
            return .miss(reason: "cache entry is a symbolic link, which the cache does not follow; recomputing")
        }
        guard let entry = try? JSONValue.parse(data), let result = entry["result"],
              entry["checksum"]?.stringValue == ContentHash.hex(result.serialized()) else {
            return .miss(reason: "cache entry was damaged; recomputing")
        }
        guard entry["key"]?.stringValue == key, entry["kind"]?.stringValue == kind,
              entry["parameters"]?.stringValue == parameters else {
            return .miss(reason: "cache entry belongs to another experiment; recomputing")
        }
        return .hit(result, seconds: entry["seconds"]?.doubleValue ?? 0)
    }

    public func store(id: String, key: String, kind: String, parameters: String, result: JSONValue, seconds: Double) throws {
        let entry = JSONValue.object([
            ("key", .string(key)), ("kind", .string(kind)), ("parameters", .string(parameters)), ("seconds", .number(seconds)),
            ("checksum", .string(ContentHash.hex(result.serialized()))), ("result", result),
        ])
        try effects.writeFileAtomically(entry.serialized(), to: entryURL(key))
    }

    /// Records which key each experiment id has now.
    public func updateIndex(_ keys: [String: String]) throws {
        var merged = index()
        for (id, key) in keys { merged[id] = key }
        let json = JSONValue.object(merged.keys.sorted().map { ($0, .string(merged[$0]!)) })
        try effects.writeFileAtomically(json.serialized(pretty: true), to: folder.appendingPathComponent("index.json"))
    }

    public func index() -> [String: String] {
        guard let data = try? effects.readFile(folder.appendingPathComponent("index.json")),
              let pairs = try? JSONValue.parse(data).objectValue else { return [:] }
        var result: [String: String] = [:]
        for (id, value) in pairs { if let s = value.stringValue { result[id] = s } }
        return result
    }

    private func entryURL(_ key: String) -> URL { folder.appendingPathComponent("\(key).json") }
}
