import Experiments
import Foundation

/// One experiment written to a file for another process (a Slurm array task, or someone
/// submitting by hand) to run: its id, kind, parameters (the YAML it runs) and cache key.
/// The file is JSON: `{"format": "report-experiment-spec-1", "id": ..., "kind": ...,
/// "key": ..., "parameters": ...}`.
public struct ExperimentSpec: Sendable, Equatable {
    public static let format = "report-experiment-spec-1"

    public var id: String
    public var kind: String
    public var key: String
    public var parameters: String

    public init(id: String, kind: String, key: String, parameters: String) {
        self.id = id
        self.kind = kind
        self.key = key
        self.parameters = parameters
    }

    public init(_ planned: PlannedExperiment) {
        self.init(id: planned.id, kind: planned.kind, key: planned.cacheKey, parameters: planned.parameters)
    }

    /// Why a spec file cannot be used, as a sentence.
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    public var serialized: String {
        JSONValue.object([("format", .string(Self.format)), ("id", .string(id)), ("kind", .string(kind)),
                          ("key", .string(key)), ("parameters", .string(parameters))]).serialized(pretty: true)
    }

    /// The spec in `data`; throws a ``Problem`` naming `file` when it is not a spec.
    public init(data: Data, file: String) throws {
        guard let json = try? JSONValue.parse(data) else { throw Problem(description: "\(file): not a JSON experiment spec") }
        guard json["format"]?.stringValue == Self.format else {
            throw Problem(description: "\(file): not an experiment spec of this report (expected \"format\": \"\(Self.format)\")")
        }
        func field(_ name: String) throws -> String {
            guard let value = json[name]?.stringValue else { throw Problem(description: "\(file): the spec has no \"\(name)\" string") }
            return value
        }
        self.init(id: try field("id"), kind: try field("kind"), key: try field("key"), parameters: try field("parameters"))
    }

    /// Throws unless the key is this report's key of the kind and parameters (a spec written
    /// by a report of another learning-core version, or edited by hand, is refused).
    public func checkKey(file: String) throws {
        guard key == ResultCache.key(kind: kind, parameters: parameters) else {
            throw Problem(description: "\(file): the spec's key does not match its kind and parameters (written by another version of report, or edited); export the plan again")
        }
    }
}
