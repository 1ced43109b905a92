import Yams

/// The `sweep:`, `zip:` and `seeds:` keys of an experiment: which parameters take which
/// values, how the lists combine into points (cartesian product, or paired with `zip: true`)
/// and how many times each point runs. Expands the experiment's YAML into one mapping per
/// run whose swept values are the nodes of the sweep lists, so a mistake in a value is
/// reported where the value is written.
struct SweepSpec {
    /// The keys that make an experiment a sweep.
    static let keys = ["sweep", "zip", "seeds"]

    /// One swept parameter: its dotted name, the key node (for positions) and its values.
    struct Axis {
        let name: String
        let path: [String]
        let keyNode: Node
        let values: [Node]
    }

    let axes: [Axis]
    let zip: Bool
    /// The seeds of every point; empty when `seeds:` is absent (each point runs once).
    let seeds: [Int]
    /// The parameter `seeds:` sets: `seed`, or the one of `task_seed` and `data_seed` the
    /// experiment leaves free.
    let seedKey: String
    private let seedsKeyNode: Node?
    private let seedsNode: Node?
    /// The experiment without the sweep keys.
    private let base: [(Node, Node)]
    private let lineOffset: Int

    /// The sweep of a top-level mapping, or nil when it has none of the sweep keys. When
    /// `kindReadsSeeds` (`sampled_vs_ode`, whose own `seeds:` lists its stochastic runs),
    /// `seeds:` belongs to the experiment and is kept in every run.
    static func read(_ node: Node, lineOffset: Int, kindReadsSeeds: Bool) throws -> SweepSpec? {
        let keys = kindReadsSeeds ? keys.filter { $0 != "seeds" } : keys
        guard let mapping = node.mapping, mapping.contains(where: { keys.contains($0.key.string ?? "") }) else { return nil }
        return try SweepSpec(mapping: mapping, keys: keys, lineOffset: lineOffset)
    }

    private init(mapping: Node.Mapping, keys: [String], lineOffset: Int) throws {
        self.lineOffset = lineOffset
        func error(_ node: Node?, _ message: String) -> LocatedError {
            LocatedError(message, line: node?.mark.map { $0.line + lineOffset }, column: node?.mark?.column)
        }
        let pairs = mapping.map { ($0.key, $0.value) }
        func entry(_ key: String) -> (key: Node, value: Node)? {
            pairs.first { $0.0.string == key }.map { (key: $0.0, value: $0.1) }
        }
        let base = pairs.filter { !keys.contains($0.0.string ?? "") }
        self.base = base

        var axes: [Axis] = []
        if let (_, value) = entry("sweep") {
            guard let items = value.mapping, !items.isEmpty else {
                throw error(value, "'sweep' must map parameter names to lists of values, e.g. 'sweep: {eta: [0.01, 0.1]}'")
            }
            for (nameNode, list) in items {
                guard let name = nameNode.string else { throw error(nameNode, "'sweep' keys must be parameter names") }
                let path = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                guard path.allSatisfy(Self.isName) else {
                    throw error(nameNode, "'sweep.\(name)' is not a parameter name; use names such as 'eta' or dotted ones such as 'task.teacher_radius'")
                }
                guard !["kind", "sweep", "zip", "seeds"].contains(path[0]) else {
                    throw error(nameNode, "'\(name)' cannot be swept")
                }
                if let other = axes.first(where: { $0.path.starts(with: path) || path.starts(with: $0.path) }) {
                    throw error(nameNode, "'sweep.\(name)' overlaps 'sweep.\(other.name)'; sweep each parameter once")
                }
                guard let values = list.sequence else {
                    throw error(list, "'sweep.\(name)' must be a list of values, e.g. [0.01, 0.1]")
                }
                guard !values.isEmpty else { throw error(list, "'sweep.\(name)' is an empty list; give at least one value") }
                axes.append(Axis(name: name, path: path, keyNode: nameNode, values: Array(values)))
            }
        }
        self.axes = axes

        if let (key, value) = entry("zip") {
            guard let flag = value.bool else { throw error(value, "'zip' is '\(value.string ?? "a list")'; it must be true or false") }
            guard !axes.isEmpty else { throw error(key, "'zip' needs a 'sweep' whose lists it pairs") }
            if flag, let first = axes.first, let other = axes.first(where: { $0.values.count != first.values.count }) {
                throw error(other.keyNode, "with 'zip: true' every list pairs with the others: 'sweep.\(other.name)' has \(other.values.count) values but 'sweep.\(first.name)' has \(first.values.count)")
            }
            zip = flag
        } else {
            zip = false
        }

        if keys.contains("seeds"), let (key, value) = entry("seeds") {
            seedsKeyNode = key
            seedsNode = value
            if let count = value.int, value.scalar != nil {
                guard count >= 1, count <= 1000 else { throw error(value, "'seeds' is \(count); a count of seeds is from 1 to 1000") }
                seeds = Array(0..<count)
            } else if let items = value.sequence, !items.isEmpty {
                let list = try items.map { item in
                    guard let s = item.int, s >= 0 else { throw error(item, "'seeds' must list integers >= 0; found '\(item.string ?? "a list")'") }
                    return s
                }
                if let duplicate = list.enumerated().first(where: { list[..<$0.offset].contains($0.element) }) {
                    throw error(items[duplicate.offset], "'seeds' lists \(duplicate.element) twice")
                }
                seeds = list
            } else {
                throw error(value, "'seeds' must be a count (e.g. 'seeds: 5' for seeds 0 to 4) or a non-empty list of integers >= 0")
            }
            let fixed = ["seed", "task_seed", "data_seed"].filter { (name: String) in base.contains { $0.0.string == name } }
            switch fixed {
            case []: seedKey = "seed"
            case ["task_seed"]: seedKey = "data_seed"
            case ["data_seed"]: seedKey = "task_seed"
            default:
                throw error(key, "'seeds' sets the seed of every run; remove '\(fixed.joined(separator: "' and '"))' or leave one of 'task_seed' and 'data_seed' free")
            }
            if let axis = axes.first(where: { ["seed", "task_seed", "data_seed"].contains($0.path[0]) }) {
                throw error(axis.keyNode, "'sweep.\(axis.name)' and 'seeds' both set seeds; use one of them")
            }
        } else {
            seedsKeyNode = nil
            seedsNode = nil
            seeds = []
            seedKey = "seed"
        }
    }

    private static func isName(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }

    /// The value index of every axis, one entry per point: the cartesian product (the last
    /// parameter varying fastest) or, with `zip`, the i-th value of every list.
    var points: [[Int]] {
        if axes.isEmpty { return [[]] }
        if zip { return (0..<axes[0].values.count).map { i in axes.map { _ in i } } }
        var result: [[Int]] = [[]]
        for axis in axes {
            result = result.flatMap { prefix in axis.values.indices.map { prefix + [$0] } }
        }
        return result
    }

    /// The experiment's mapping for one point and seed: the base with every swept value set
    /// (creating nested mappings for dotted names) and the seed.
    func mapping(point: [Int], seed: Int?) throws -> Node {
        var node = Node.mapping(Node.Mapping(base, .implicit, .block))
        for (axis, index) in Swift.zip(axes, point) {
            node = try setting(axis.path[...], to: axis.values[index], in: node, axis: axis)
        }
        if let seed, let keyNode = seedsKeyNode {
            let key = Node.scalar(Node.Scalar(seedKey, .implicit, .plain, keyNode.mark))
            let value = Node.scalar(Node.Scalar(String(seed), .implicit, .plain, seedsNode?.mark))
            node = try setting([seedKey][...], to: value, in: node, keyNode: key, axisName: "seeds")
        }
        return node
    }

    private func setting(_ path: ArraySlice<String>, to value: Node, in node: Node, axis: Axis) throws -> Node {
        let key = Node.scalar(Node.Scalar(path.first!, .implicit, .plain, axis.keyNode.mark))
        return try setting(path, to: value, in: node, keyNode: key, axisName: "sweep.\(axis.name)")
    }

    private func setting(_ path: ArraySlice<String>, to value: Node, in node: Node, keyNode: Node, axisName: String) throws -> Node {
        guard var mapping = node.mapping else {
            throw LocatedError("'\(axisName)' sets a key inside a value that is not a mapping",
                               line: keyNode.mark.map { $0.line + lineOffset }, column: keyNode.mark?.column)
        }
        let name = path.first!
        var pairs = mapping.map { ($0.key, $0.value) }
        let rest = path.dropFirst()
        if let i = pairs.firstIndex(where: { $0.0.string == name }) {
            pairs[i].1 = rest.isEmpty ? value : try setting(rest, to: value, in: pairs[i].1, keyNode: keyNode, axisName: axisName)
        } else {
            let key = Node.scalar(Node.Scalar(name, .implicit, .plain, keyNode.mark))
            let empty = Node.mapping(Node.Mapping([], .implicit, .block, keyNode.mark))
            pairs.append((key, rest.isEmpty ? value : try setting(rest, to: value, in: empty, keyNode: keyNode, axisName: axisName)))
        }
        mapping = Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark)
        return .mapping(mapping)
    }
}
