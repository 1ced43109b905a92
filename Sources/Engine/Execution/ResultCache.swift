import Experiments
import Foundation

/// Experiment results cached on disk under a content hash of (kind, parameters, core version).
/// Each entry carries a checksum of its result; a damaged entry is detected and recomputed.
/// An index remembers which hash each experiment id had, to explain why an experiment re-ran.
public struct ResultCache: Sendable {
    /// Bump when the learning core's numbers or result keys change, so old results are not reused.
    public static let coreVersion = "linear-rnn-2"

    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// The cache key of an experiment.
    public static func key(kind: String, parameters: String) -> String {
        ContentHash.hex("\(coreVersion)\n\(kind)\n\(parameters)")
    }

    public enum Lookup: Sendable, Equatable {
        case hit(JSONValue, seconds: Double)
        /// Why it must run: "not run before", "parameters or learning-core version changed",
        /// "cache entry was damaged; recomputing".
        case miss(reason: String)
    }

    public func lookup(id: String, key: String) -> Lookup {
        let url = entryURL(key)
        guard let data = try? Data(contentsOf: url) else {
            let previous = index()[id]
            return .miss(reason: previous == nil ? "not run before" : "parameters or learning-core version changed")
        }
        guard let entry = try? JSONValue.parse(data), let result = entry["result"],
              entry["checksum"]?.stringValue == ContentHash.hex(result.serialized()) else {
            return .miss(reason: "cache entry was damaged; recomputing")
        }
        return .hit(result, seconds: entry["seconds"]?.doubleValue ?? 0)
    }

    public func store(id: String, key: String, kind: String, result: JSONValue, seconds: Double) throws {
        let entry = JSONValue.object([
            ("key", .string(key)), ("kind", .string(kind)), ("seconds", .number(seconds)),
            ("checksum", .string(ContentHash.hex(result.serialized()))), ("result", result),
        ])
        try AtomicFile.write(entry.serialized(), to: entryURL(key))
    }

    /// Records which key each experiment id has now.
    public func updateIndex(_ keys: [String: String]) throws {
        var merged = index()
        for (id, key) in keys { merged[id] = key }
        let json = JSONValue.object(merged.keys.sorted().map { ($0, .string(merged[$0]!)) })
        try AtomicFile.write(json.serialized(pretty: true), to: folder.appendingPathComponent("index.json"))
    }

    public func index() -> [String: String] {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("index.json")),
              let pairs = try? JSONValue.parse(data).objectValue else { return [:] }
        var result: [String: String] = [:]
        for (id, value) in pairs { if let s = value.stringValue { result[id] = s } }
        return result
    }

    private func entryURL(_ key: String) -> URL { folder.appendingPathComponent("\(key).json") }
}
