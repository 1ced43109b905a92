import LinearRNN

/// `kind: flow_field` (E4a): the per-mode vector field (SPEC 5.6-5.8) of each rule on a grid
/// of the `(b, c)` plane at fixed `w`, with the hyperbola `alpha c b = gamma*` (the optimum
/// manifold `O` when `w = w*`) and each rule's update on the saddle line at `(0, w, 0)`.
struct FlowFieldExperiment: ExperimentKind {
    let mode: SingleModeSpec
    let rules: [ModeRuleSpec]
    let w: Double
    let bRange: [Double]
    let cRange: [Double]
    let gridSize: Int

    init(parameters p: ParameterMap) throws {
        mode = try SingleModeSpec(parameters: p)
        rules = try ModeRuleSpec.list(from: p, defaultFeedback: try p.double("f", default: 1, allowed: "a feedback gain != 0", where: { $0 != 0 }))
        w = try p.double("w", default: mode.problem.teacher.w)
        bRange = try Self.range(p, "b_range")
        cRange = try Self.range(p, "c_range")
        gridSize = try p.int("grid", default: 21, allowed: "an integer from 2 to 1000", where: { $0 >= 2 && $0 <= 1000 })
    }

    /// A `[low, high]` pair with `low < high`; `[-2, 2]` by default.
    static func range(_ p: ParameterMap, _ key: String) throws -> [Double] {
        let r = try p.doubles(key, count: 2) ?? [-2, 2]
        guard r[0] < r[1] else { throw p.error(at: p.node(key), "'\(p.qualified(key))' must be [low, high] with low < high") }
        return r
    }

    var workUnits: Int { rules.count }

    var estimate: WorkEstimate {
        .modeODE(runs: Double(rules.count), steps: Double(gridSize * gridSize), stages: 1, horizon: mode.problem.horizon,
                 records: Double(gridSize * gridSize), keys: ["grid", "T", "rules"])
    }

    func compute(progress: @escaping @Sendable (Int) -> Void) throws -> FlowFieldResult {
        let counter = ProgressCounter(progress)
        let grid = { (r: [Double]) in (0..<gridSize).map { r[0] + (r[1] - r[0]) * Double($0) / Double(gridSize - 1) } }
        let bs = grid(bRange), cs = grid(cRange)
        let problem = mode.problem
        let fields = try ParallelJobs.run(rules.count) { [rules, w] i in
            defer { counter.advance() }
            let rule = rules[i].rule
            let directions = cs.map { c in bs.map { b in problem.direction(of: rule, at: ModePoint(b: b, w: w, c: c)) } }
            func component(_ value: (ModePoint) -> Double) -> [[Double]] { directions.map { $0.map(value) } }
            return FlowFieldResult.Rule(db: component(\.b), dw: component(\.w), dc: component(\.c),
                                        updateAtZ: ModeCoordinates(problem.direction(of: rule, at: ModePoint(b: 0, w: w, c: 0))))
        }
        let limit = { (r: [Double]) in max(abs(r[0]), abs(r[1])) }
        return FlowFieldResult(
            w: w, optimumInPlane: abs(problem.lambda(at: ModePoint(b: 0, w: w, c: 0)) - problem.teacherLambda) < 1e-12,
            b: bs, c: cs, optimum: mode.optimumBranches(bLimit: limit(bRange), cLimit: limit(cRange)),
            rules: Keyed(zip(rules, fields).map { ($0.label, $1) }))
    }

    func summary(of result: FlowFieldResult) -> [String] {
        var lines = ["flow_field: \(gridSize) x \(gridSize) grid of (b, c) at w = \(w)"]
        for (label, r) in result.rules.entries {
            let z = r.updateAtZ.components.map { Format.short($0) }.joined(separator: ", ")
            lines.append("  \(label): update at (0, \(w), 0) = (\(z))")
        }
        return lines
    }
}

/// The result of `kind: flow_field`: each rule's update on the `(b, c)` grid at fixed `w`.
public struct FlowFieldResult: ExperimentResult {
    /// One rule's field; `db[i][j]` is at `(b[j], c[i])`.
    public struct Rule: Codable, Sendable {
        public let db: [[Double]]
        public let dw: [[Double]]
        public let dc: [[Double]]
        public let updateAtZ: ModeCoordinates

        enum CodingKeys: String, CodingKey {
            case db, dw, dc, updateAtZ = "update_at_Z"
        }
    }

    public static let kind = "flow_field"
    public private(set) var kind = FlowFieldResult.kind
    public let w: Double
    /// Whether the plane's `w` puts the optimum manifold in it.
    public let optimumInPlane: Bool
    public let b: [Double]
    public let c: [Double]
    public let optimum: OptimumBranches
    public let rules: Keyed<Rule>

    enum CodingKeys: String, CodingKey {
        case kind, w, optimumInPlane = "optimum_in_plane", b, c, optimum, rules
    }

    public var failure: ExperimentFailure? { nil }
}
