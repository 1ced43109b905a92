/// A path into experiment results: `exp-id.key.key[index]...`. The first segment names an
/// experiment; the rest walk its JSON result. Keys are letters, digits, `_` and `-`. `[*]`
/// takes every item of a list: the rest of the path is read in each, giving a list
/// (`sweep.points[*].rules.bptt.final_loss`).
public struct ResultPath: Sendable, Equatable, CustomStringConvertible {
    public enum Step: Sendable, Equatable {
        case key(String)
        case index(Int)
        /// `[*]`: every item of a list.
        case every
    }

    public let experiment: String
    public let steps: [Step]
    public let text: String

    public var description: String { text }

    /// Parses a path; the error says what is wrong and where in the path.
    public init(_ text: String) throws {
        self.text = text
        let chars = Array(text.trimmingCharacters(in: .whitespaces))
        var steps: [Step] = []
        var i = 0
        func name() -> String {
            var s = ""
            while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" || chars[i] == "-" { s.append(chars[i]); i += 1 }
            return s
        }
        let first = name()
        guard !first.isEmpty else { throw LocatedError("'\(text)' must start with an experiment id") }
        while i < chars.count {
            if chars[i] == "." {
                i += 1
                let key = name()
                guard !key.isEmpty else { throw LocatedError("'\(text)': expected a key after '.' at character \(i + 1)") }
                steps.append(.key(key))
            } else if chars[i] == "[" {
                i += 1
                if i + 1 < chars.count, chars[i] == "*", chars[i + 1] == "]" {
                    i += 2
                    steps.append(.every)
                    continue
                }
                let digits = name()
                guard let n = Int(digits), i < chars.count, chars[i] == "]" else {
                    throw LocatedError("'\(text)': expected '[number]' at character \(i + 1)")
                }
                i += 1
                steps.append(.index(n))
            } else {
                throw LocatedError("'\(text)': unexpected '\(chars[i])' at character \(i + 1)")
            }
        }
        self.experiment = first
        self.steps = steps
    }

    /// The value at this path, or an error naming the first step that does not exist and
    /// what exists there instead.
    public func value(in results: [String: JSONValue]) throws -> JSONValue {
        guard let current = results[experiment] else {
            throw LocatedError("unknown experiment '\(experiment)' in '\(text)'; experiments: \(results.keys.sorted().joined(separator: ", "))")
        }
        return try Self.walk(current, steps[...], walked: experiment)
    }

    private static func walk(_ start: JSONValue, _ steps: ArraySlice<Step>, walked walkedStart: String) throws -> JSONValue {
        var current = start
        var walked = walkedStart
        for (offset, step) in zip(steps.indices, steps) {
            switch step {
            case .every:
                guard let items = current.arrayValue else { throw LocatedError("'\(walked)' is not a list; cannot take [*]") }
                let rest = steps[(offset + 1)...]
                return .array(try items.indices.map { try walk(items[$0], rest, walked: walked + "[\($0)]") })
            case let .key(key):
                guard let next = current[key] else {
                    let available = current.objectValue?.map(\.0).joined(separator: ", ") ?? "none (not an object)"
                    throw LocatedError("'\(walked)' has no key '\(key)'; keys: \(available)")
                }
                current = next
                walked += ".\(key)"
            case let .index(n):
                guard let items = current.arrayValue else { throw LocatedError("'\(walked)' is not a list; cannot take [\(n)]") }
                guard n >= 0, n < items.count else { throw LocatedError("'\(walked)[\(n)]' is out of range; the list has \(items.count) items") }
                current = items[n]
                walked += "[\(n)]"
            }
        }
        return current
    }

    /// The number at this path.
    public func number(in results: [String: JSONValue]) throws -> Double {
        let value = try value(in: results)
        guard let x = value.doubleValue else {
            throw LocatedError("'\(text)' is not a number (it is \(value.kindDescription))")
        }
        return x
    }

    /// The numbers of a list at this path.
    public func numbers(in results: [String: JSONValue]) throws -> [Double] {
        let value = try value(in: results)
        guard let items = value.arrayValue else { throw LocatedError("'\(text)' is not a list of numbers") }
        return try items.map {
            if $0 == .null { return .nan }
            guard let x = $0.doubleValue else { throw LocatedError("'\(text)' holds \($0.kindDescription), not numbers") }
            return x
        }
    }
}


extension JSONValue {
    /// What kind of value this is, for messages: "a number", "a list", "null", ...
    public var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}
