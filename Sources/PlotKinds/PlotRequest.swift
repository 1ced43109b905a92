import Experiments
import Foundation
import Plot

/// What a plot kind is asked to draw: the figure's option values by key and the results of
/// the book's experiments (with the reasons of those that failed).
public struct PlotRequest {
    /// Option values by key (`experiment`, `rules`, `panel`, ...), already checked against the
    /// options the kind allows.
    public let options: [String: String]
    public let results: [String: JSONValue]
    /// Experiments that failed, with the reason.
    public let failures: [String: String]

    /// The options every figure accepts, whatever its kind.
    public static let common = ["experiment", "plot", "alt", "width", "height", "title"]

    public init(options: [String: String], results: [String: JSONValue], failures: [String: String]) {
        self.options = options
        self.results = results
        self.failures = failures
    }

    func string(_ key: String) -> String? { options[key] }

    func required(_ key: String) throws -> String {
        guard let value = options[key] else { throw LocatedError("this figure needs the option ':\(key):'") }
        return value
    }

    /// One of `choices` (the first when the option is absent); anything else is reported as
    /// "':key:' is 'x'; it must be a, b or c".
    func choice(_ key: String, _ choices: [String]) throws -> String {
        guard let value = options[key] else { return choices[0] }
        guard choices.contains(value) else {
            let allowed = choices.dropLast().joined(separator: ", ") + " or " + choices.last!
            throw LocatedError("':\(key):' is '\(value)'; it must be \(allowed)", option: key)
        }
        return value
    }

    func scale(_ key: String) throws -> Scale {
        switch try choice(key, ["linear", "log", "symlog"]) {
        case "log": return .log
        case "symlog": return .symlog
        default: return .linear
        }
    }

    func list(_ key: String) -> [String]? {
        options[key].map(Self.split)
    }

    /// The items of a comma list, trimmed, without empty ones.
    static func split(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The result of experiment `id`, named by the option `key`; it must exist and have succeeded.
    func result(of id: String, option key: String) throws -> JSONValue {
        if let reason = failures[id] { throw LocatedError("experiment '\(id)' failed: \(reason)", option: key) }
        guard let result = results[id] else {
            throw LocatedError("unknown experiment '\(id)'; experiments: \(results.keys.sorted().joined(separator: ", "))", option: key)
        }
        return result
    }

    /// The typed result of the `:experiment:`, which must be of `R`'s kind, and its id.
    func experiment<R: ExperimentResult>(_ type: R.Type) throws -> (id: String, result: R) {
        let (id, json) = try experiment()
        return (id, try typed(type, json, id: id, option: "experiment"))
    }

    /// A result read as `R`; a result of another kind is reported at option `key`.
    func typed<R: ExperimentResult>(_ type: R.Type, _ json: JSONValue, id: String, option key: String) throws -> R {
        let found = json["kind"]?.stringValue ?? "unknown"
        guard found == R.kind else {
            throw LocatedError("this figure needs a '\(R.kind)' experiment; '\(id)' is a '\(found)' experiment", option: key)
        }
        do { return try JSONValueDecoder().decode(type, from: json) } catch {
            throw LocatedError("the results of '\(id)' do not read as a '\(R.kind)' result (\(error)); delete the cache and render again", option: key)
        }
    }

    /// The experiment's id and result.
    func experiment() throws -> (String, JSONValue) {
        let id = try required("experiment")
        return (id, try result(of: id, option: "experiment"))
    }

    /// Numbers at a path inside the experiment, with the problem reported at option `key`.
    func numbers(_ path: String, experiment: String, option key: String) throws -> [Double] {
        do {
            return try ResultPath("\(experiment).\(path)").numbers(in: results)
        } catch let e as LocatedError {
            throw LocatedError(e.message, option: key)
        }
    }

    /// Expands one `*` in a path over the keys of the object it stands for:
    /// `rules.*.loss` -> [("bptt", "rules.bptt.loss"), ...], restricted to `only` when given.
    func expand(_ pattern: String, experiment: String, option key: String, only: [String]? = nil) throws -> [(key: String, path: String)] {
        guard let star = Self.keyWildcard(in: pattern) else { return [("", pattern)] }
        let prefix = pattern[..<star.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: "."))
        let suffix = String(pattern[star.upperBound...])
        let object: JSONValue
        do {
            object = try ResultPath(prefix.isEmpty ? experiment : "\(experiment).\(prefix)").value(in: results)
        } catch let e as LocatedError { throw LocatedError(e.message, option: key) }
        // After a `[*]` the prefix is a list of objects with the same keys (sweep points).
        guard let keys = (object.objectValue ?? object.arrayValue?.first?.objectValue)?.map(\.0) else {
            throw LocatedError("'\(prefix)' is not an object; '*' can only stand for its keys", option: key)
        }
        let chosen = only ?? keys
        for k in chosen where !keys.contains(k) {
            throw LocatedError("'\(prefix)' has no key '\(k)'; keys: \(keys.joined(separator: ", "))", option: key)
        }
        return chosen.map { ($0, (prefix.isEmpty ? "" : prefix + ".") + $0 + suffix) }
    }

    /// The `*` of a path that stands for an object's keys (not the `[*]` of every list item).
    static func keyWildcard(in pattern: String) -> Range<String.Index>? {
        var searched = pattern.startIndex..<pattern.endIndex
        while let star = pattern.range(of: "*", range: searched) {
            if star.lowerBound == pattern.startIndex || pattern[pattern.index(before: star.lowerBound)] != "[" { return star }
            searched = star.upperBound..<pattern.endIndex
        }
        return nil
    }

    /// `pattern` with its key `*` replaced by `key`.
    static func substituting(_ key: String, in pattern: String) -> String {
        guard let star = keyWildcard(in: pattern) else { return pattern }
        return pattern.replacingCharacters(in: star, with: key)
    }
}
