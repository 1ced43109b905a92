import Yams

/// An experiment with `sweep:` (and `zip:`) or `seeds:`: one ordinary experiment per point
/// of the sweep and per seed. Each run has its own YAML, so a book's runner caches each on
/// its own content hash; `run` runs them all in parallel (for `report run`). `combine` turns
/// the runs' results into the sweep's result: every run with its values and full result,
/// and per point a summary over its seeds of every number.
public struct Sweep: Experiment {
    public static let kind = "sweep"

    /// One run: a point of the sweep with one seed.
    public struct Run: Sendable {
        /// The index of its point.
        public let point: Int
        /// Its seed (nil when the sweep has no `seeds:`).
        public let seed: Int?
        /// The experiment's YAML for this run, without the sweep keys: its cache identity.
        public let parameters: String
        public let experiment: any Experiment
    }

    /// The kind of every run.
    public let runKind: String
    /// The swept parameters, dotted names in the order of `sweep:`.
    public let parameterNames: [String]
    public let zip: Bool
    public let seeds: [Int]
    /// The parameter `seeds:` sets (`seed`, `task_seed` or `data_seed`).
    public let seedKey: String
    /// Per point, the swept values in the order of `parameterNames`.
    public let pointValues: [[JSONValue]]
    /// Point-major: the runs of point 0 (one per seed), then point 1, ...
    public let runs: [Run]

    init(spec: SweepSpec, lineOffset: Int) throws {
        let points = spec.points
        var runs: [Run] = []
        var runKind: String?
        for (p, point) in points.enumerated() {
            for seed in spec.seeds.isEmpty ? [nil] : spec.seeds.map(Optional.some) {
                let node = try spec.mapping(point: point, seed: seed)
                let experiment: any Experiment
                do {
                    experiment = try ExperimentParser.parse(node: node, lineOffset: lineOffset)
                } catch let error as LocatedError where seed != nil && error.message.hasPrefix("unknown key '\(spec.seedKey)'") {
                    throw LocatedError("'seeds' sets '\(spec.seedKey)', which this kind does not take (its runs do not depend on a seed); remove 'seeds'",
                                       place: error.place)
                }
                runKind = type(of: experiment).kind
                runs.append(Run(point: p, seed: seed, parameters: try Yams.serialize(node: node), experiment: experiment))
            }
        }
        self.runKind = runKind ?? ""
        self.runs = runs
        parameterNames = spec.axes.map(\.name)
        zip = spec.zip
        seeds = spec.seeds
        seedKey = spec.seedKey
        pointValues = points.map { point in Swift.zip(spec.axes, point).map { JSONValue(yaml: $0.values[$1]) } }
    }

    public var workUnits: Int { runs.reduce(0) { $0 + $1.experiment.workUnits } }

    /// Runs every run in parallel and combines the results.
    public func run(progress: @escaping @Sendable (Int) -> Void) throws -> JSONValue {
        let counter = ProgressCounter(progress)
        // The runs keep the cores busy; each runs its own jobs serially.
        let results = try ParallelJobs.run(runs.count) { [runs] i in
            try ParallelJobs.serially { try runs[i].experiment.run { _ in counter.advance() } }
        }
        return combine(results)
    }

    /// The sweep's result from the results of `runs`, in the same order:
    ///
    /// `{"kind": "sweep", "of": kind, "parameters": [names], "zip": bool, "seeds": [...],
    /// "values": {name: [one per point]}, "points": [one per run: {"sweep": {"point": p,
    /// "seed": s, "values": {...}}, ...the run's result}], "summary": [one per point:
    /// {"values": {...}, "runs": [indices into points], "count": n, "mean": {...}, "sd": ...}]}`.
    /// Dotted names become nested objects (`task.teacher_radius` -> `{"task": {"teacher_radius": ...}}`).
    public func combine(_ results: [JSONValue]) -> JSONValue {
        let valuesByPoint = pointValues.map(nested)
        let points: [JSONValue] = Swift.zip(runs, results).map { run, result in
            var sweep: [(String, JSONValue)] = [("point", .number(Double(run.point)))]
            if let seed = run.seed { sweep.append(("seed", .number(Double(seed)))) }
            sweep.append(("values", valuesByPoint[run.point]))
            return .object([("sweep", .object(sweep))] + (result.objectValue ?? [("result", result)]))
        }
        let summary: [JSONValue] = pointValues.indices.map { p in
            let members = runs.indices.filter { runs[$0].point == p }
            let stats = SweepSummary.summarize(members.map { results[$0] })
            return .object([("values", valuesByPoint[p]), ("runs", .array(members.map { .number(Double($0)) }))]
                           + (stats.objectValue ?? []))
        }
        let columns = parameterNames.indices.map { i in JSONValue.array(pointValues.map { $0[i] }) }
        return .object([
            ("kind", .string(Self.kind)), ("of", .string(runKind)),
            ("parameters", .array(parameterNames.map(JSONValue.string))), ("zip", .bool(zip)),
            ("seeds", .array(seeds.map { .number(Double($0)) })), ("seed_key", .string(seedKey)),
            ("values", nested(columns)), ("points", .array(points)), ("summary", .array(summary)),
        ])
    }

    /// One value per swept name, as nested objects.
    private func nested(_ values: [JSONValue]) -> JSONValue {
        var root = JSONValue.object([])
        for (name, value) in Swift.zip(parameterNames, values) {
            root = root.setting(name.split(separator: ".").map(String.init)[...], to: value)
        }
        return root
    }

    /// `point 2 (eta = 0.1, seed 1)`: which run `index` of `runs` is.
    public func describe(run index: Int) -> String {
        let run = runs[index]
        var parts = Swift.zip(parameterNames, pointValues[run.point]).map { "\($0) = \($1.serialized())" }
        if let seed = run.seed { parts.append("\(seedKey) \(seed)") }
        return "point \(run.point)" + (parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))")
    }

    public func summary(of result: JSONValue) -> [String] {
        let points = pointValues.count
        var lines = ["sweep of \(runKind): \(points) point\(points == 1 ? "" : "s")"
                     + (parameterNames.isEmpty ? "" : " over " + parameterNames.joined(separator: zip ? " zipped with " : " x "))
                     + (seeds.isEmpty ? "" : ", \(seeds.count) seed\(seeds.count == 1 ? "" : "s") each (\(seedKey))")]
        for (p, values) in pointValues.enumerated() {
            let label = Swift.zip(parameterNames, values).map { "\($0) = \($1.serialized())" }.joined(separator: ", ")
            lines.append("  point \(p)\(label.isEmpty ? "" : ": " + label)" + (seeds.count > 1 ? " (the run of \(seedKey) \(seeds[0]))" : ""))
            if let run = runs.firstIndex(where: { $0.point == p }), let points = result["points"]?.arrayValue, run < points.count {
                lines += runs[run].experiment.summary(of: points[run]).map { "    " + $0 }
            }
        }
        return lines
    }
}

extension JSONValue {
    /// A YAML value as JSON: integers and floats as numbers, booleans, null, strings, lists
    /// and mappings.
    init(yaml node: Node) {
        switch node {
        case let .scalar(scalar):
            let node = Node.scalar(scalar)
            if scalar.style == .plain || scalar.style == .any {
                if node.null != nil { self = .null; return }
                if let b = node.bool { self = .bool(b); return }
                if let i = node.int { self = .number(Double(i)); return }
                if let x = node.float { self = .number(x); return }
            }
            self = .string(scalar.string)
        case let .sequence(items):
            self = .array(items.map { JSONValue(yaml: $0) })
        case let .mapping(pairs):
            self = .object(pairs.map { ($0.key.string ?? "", JSONValue(yaml: $0.value)) })
        }
    }

    /// This object with `value` at the key path, creating objects on the way.
    func setting(_ path: ArraySlice<String>, to value: JSONValue) -> JSONValue {
        guard let key = path.first else { return value }
        var pairs = objectValue ?? []
        if let i = pairs.firstIndex(where: { $0.0 == key }) {
            pairs[i].1 = pairs[i].1.setting(path.dropFirst(), to: value)
        } else {
            pairs.append((key, JSONValue.object([]).setting(path.dropFirst(), to: value)))
        }
        return .object(pairs)
    }
}
