import Yams
import YAMLLimits

/// A YAML mapping of experiment parameters, read key by key with typed accessors. Every
/// error names the key, the value found and what is allowed, at the node's position; keys
/// that no accessor asked for are reported by `rejectUnknownKeys()`.
final class ParameterMap {
    private let pairs: [(key: String, value: Node, keyNode: Node)]
    private let mark: Mark?
    private let lineOffset: Int
    /// Dotted path of this mapping inside the experiment (`task`, `rules[1]`), for messages.
    let path: String
    private var consumed: Set<String> = []
    /// Every key an accessor asked for, present or not: the keys allowed here.
    private var asked: [String] = []

    init(node: Node, path: String, lineOffset: Int) throws {
        self.lineOffset = lineOffset
        self.path = path
        self.mark = node.mark
        guard let mapping = node.mapping else {
            throw ParameterMap.error(at: node, lineOffset: lineOffset,
                                     "\(path.isEmpty ? "the experiment" : "'\(path)'") must be a mapping of 'key: value' lines")
        }
        var pairs: [(String, Node, Node)] = []
        for (key, value) in mapping {
            guard let name = key.string else {
                throw ParameterMap.error(at: key, lineOffset: lineOffset, "keys must be plain names")
            }
            if pairs.contains(where: { $0.0 == name }) {
                throw ParameterMap.error(at: key, lineOffset: lineOffset, "duplicate key '\(path.isEmpty ? name : path + "." + name)'")
            }
            pairs.append((name, value, key))
        }
        self.pairs = pairs.map { (key: $0.0, value: $0.1, keyNode: $0.2) }
    }

    /// The YAML node of an experiment's text; an empty text is an error. `lineOffset` is
    /// added to YAML line numbers. Text nested deeper than `YAMLNesting.limit` is refused
    /// before it reaches Yams.
    static func compose(yaml: String, lineOffset: Int) throws -> Node {
        if let excess = YAMLNesting.excess(in: yaml) {
            throw LocatedError("\(excess)", line: excess.line + lineOffset, column: excess.column)
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw LocatedError(yamlError: error, lineOffset: lineOffset)
        }
        guard let node else { throw LocatedError("the experiment is empty; it needs at least 'kind:'", line: lineOffset + 1, column: 1) }
        return node
    }

    func qualified(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    static func error(at node: Node?, lineOffset: Int, _ message: String) -> LocatedError {
        LocatedError(message, line: node?.mark.map { $0.line + lineOffset }, column: node?.mark?.column)
    }

    func error(at node: Node?, _ message: String) -> LocatedError {
        ParameterMap.error(at: node ?? nil, lineOffset: lineOffset, message)
    }

    func has(_ key: String) -> Bool { pairs.contains { $0.key == key } }

    /// An error at the first of `keys` (dotted paths such as `task.teacher_modes` are placed at
    /// their first part) that this mapping holds, else at the mapping.
    func keyError(_ keys: [String], _ message: String) -> LocatedError {
        let heads = keys.map { String($0.split(separator: ".").first ?? Substring($0)) }
        guard let node = heads.lazy.compactMap({ head in self.pairs.first { $0.key == head }?.keyNode }).first else {
            return LocatedError(message, line: mark.map { $0.line + lineOffset }, column: mark?.column)
        }
        return error(at: node, message)
    }

    /// The raw node for `key`, marking the key as used.
    func node(_ key: String) -> Node? {
        if !asked.contains(key) { asked.append(key) }
        guard let pair = pairs.first(where: { $0.key == key }) else { return nil }
        consumed.insert(key)
        return pair.value
    }

    private func missing(_ key: String, _ what: String) -> LocatedError {
        LocatedError("missing '\(qualified(key))': \(what)",
                        line: mark.map { $0.line + lineOffset }, column: mark?.column)
    }

    private func describe(_ node: Node) -> String {
        if let s = node.scalar?.string { return "'\(s)'" }
        if node.sequence != nil { return "a list" }
        return "a mapping"
    }

    func double(_ key: String, default value: Double? = nil, allowed: String = "a number",
                where valid: (Double) -> Bool = { $0.isFinite }) throws -> Double {
        guard let node = node(key) else {
            if let value { return value }
            throw missing(key, allowed)
        }
        guard node.scalar != nil, let x = node.float, x.isFinite, valid(x) else {
            throw error(at: node, "'\(qualified(key))' is \(describe(node)); it must be \(allowed)")
        }
        return x
    }

    func int(_ key: String, default value: Int? = nil, allowed: String = "an integer",
             where valid: (Int) -> Bool = { _ in true }) throws -> Int {
        guard let node = node(key) else {
            if let value { return value }
            throw missing(key, allowed)
        }
        guard node.scalar != nil, let n = node.int, valid(n) else {
            throw error(at: node, "'\(qualified(key))' is \(describe(node)); it must be \(allowed)")
        }
        return n
    }

    func bool(_ key: String, default value: Bool) throws -> Bool {
        guard let node = node(key) else { return value }
        guard node.scalar != nil, let b = node.bool else {
            throw error(at: node, "'\(qualified(key))' is \(describe(node)); it must be true or false")
        }
        return b
    }

    /// A string from a fixed set of choices.
    func choice(_ key: String, _ choices: [String], default value: String? = nil) throws -> String {
        let allowed = "one of " + choices.map { "'\($0)'" }.joined(separator: ", ")
        guard let node = node(key) else {
            if let value { return value }
            throw missing(key, allowed)
        }
        guard let s = node.scalar?.string, choices.contains(s) else {
            throw error(at: node, "'\(qualified(key))' is \(describe(node)); it must be \(allowed)")
        }
        return s
    }

    /// A name made of letters, digits, '_' and '-' (labels, ids).
    func identifier(_ key: String) throws -> String? {
        guard let node = node(key) else { return nil }
        guard let s = node.scalar?.string, !s.isEmpty,
              s.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" })
        else {
            throw error(at: node, "'\(qualified(key))' is \(describe(node)); it must be a name of letters, digits, '_' or '-'")
        }
        return s
    }

    /// The longest list a key may hold unless its accessor says otherwise: list lengths drive
    /// memory and work.
    static let maxListLength = 10_000

    private func checkLength(_ node: Node, _ key: String, _ count: Int, limit: Int, what: String = "items") throws {
        if count > limit {
            throw error(at: node, "'\(qualified(key))' lists \(count) \(what); at most \(limit) are allowed")
        }
    }

    func doubles(_ key: String, count: Int? = nil) throws -> [Double]? {
        guard let node = node(key) else { return nil }
        let allowed = count.map { "a list of \($0) numbers" } ?? "a list of numbers"
        guard let items = node.sequence, count == nil || items.count == count else {
            throw error(at: node, "'\(qualified(key))' is \(describe(node)) of the wrong size; it must be \(allowed)")
        }
        try checkLength(node, key, items.count, limit: Self.maxListLength)
        return try items.map { item in
            guard let x = item.float, x.isFinite else { throw error(at: item, "'\(qualified(key))' must be \(allowed); found \(describe(item))") }
            return x
        }
    }

    /// A list of at most `limit` number lists, each of length `width` (mode triples, matrices).
    func rows(_ key: String, width: Int, limit: Int = maxListLength, what: String = "rows") throws -> [[Double]]? {
        guard let node = node(key) else { return nil }
        guard let items = node.sequence, !items.isEmpty else {
            throw error(at: node, "'\(qualified(key))' must be a non-empty list of [\(width) numbers] rows")
        }
        try checkLength(node, key, items.count, limit: limit, what: what)
        return try items.map { row in
            guard let values = row.sequence, values.count == width else {
                throw error(at: row, "every row of '\(qualified(key))' must be a list of \(width) numbers")
            }
            return try values.map { v in
                guard let x = v.float, x.isFinite else { throw error(at: v, "'\(qualified(key))' holds \(describe(v)); numbers only") }
                return x
            }
        }
    }

    func map(_ key: String) throws -> ParameterMap? {
        guard let node = node(key) else { return nil }
        return try ParameterMap(node: node, path: qualified(key), lineOffset: lineOffset)
    }

    func list(_ key: String) throws -> [Node]? {
        guard let node = node(key) else { return nil }
        guard let items = node.sequence else { throw error(at: node, "'\(qualified(key))' must be a list") }
        try checkLength(node, key, items.count, limit: Self.maxListLength)
        return Array(items)
    }

    func submap(_ node: Node, path: String) throws -> ParameterMap {
        try ParameterMap(node: node, path: path, lineOffset: lineOffset)
    }

    /// Fails on the first key that no accessor read, naming the keys that are allowed here.
    func rejectUnknownKeys() throws {
        if let unknown = pairs.first(where: { !consumed.contains($0.key) }) {
            throw error(at: unknown.keyNode,
                        "unknown key '\(qualified(unknown.key))'; allowed here: \(asked.joined(separator: ", "))")
        }
    }
}

extension LocatedError {
    init(yamlError: YamlError, lineOffset: Int) {
        switch yamlError {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _):
            self.init("invalid YAML: \(problem)", line: mark.line + lineOffset, column: mark.column)
        default:
            self.init("invalid YAML: \(yamlError)")
        }
    }
}
