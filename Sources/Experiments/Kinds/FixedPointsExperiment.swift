import LinearRNN

/// `kind: fixed_points` (E4b): for each rule, the fixed points of the per-mode update found
/// by damped Newton from seeded uniform starts (SPEC 6.2, 10), classified as `O`, `Z` or an
/// extra line; the real roots of `sigma` and `sigma_K`; and the update at `(0, w, 0)`.
struct FixedPointsExperiment: ExperimentKind {
    let mode: SingleModeSpec
    let rules: [ModeRuleSpec]
    let starts: Int
    let seed: UInt64
    let probes: [Double]

    init(parameters p: ParameterMap) throws {
        mode = try SingleModeSpec(parameters: p)
        rules = try ModeRuleSpec.list(from: p, defaultFeedback: try p.double("f", default: 1, allowed: "a feedback gain != 0", where: { $0 != 0 }))
        starts = try p.int("starts", default: 400, allowed: "an integer from 1 to 100000", where: { $0 >= 1 && $0 <= 100_000 })
        seed = UInt64(try p.int("seed", default: 0, allowed: "an integer >= 0", where: { $0 >= 0 }))
        probes = try p.doubles("probe_w") ?? [0, 0.5, -0.5]
    }

    var workUnits: Int { rules.count }

    var estimate: WorkEstimate {
        // Each start: up to 100 Newton iterations, each a residual and a 3-column Jacobian.
        .modeODE(runs: Double(rules.count), steps: Double(starts) * 100, stages: 8, horizon: mode.problem.horizon,
                 records: Double(starts), keys: ["starts", "T", "rules"])
    }

    func compute(progress: @escaping @Sendable (Int) -> Void) throws -> FixedPointsResult {
        let counter = ProgressCounter(progress)
        let problem = mode.problem
        let sigmaRoots = try problem.responseSumRealRoots(terms: problem.horizon)
        let perRule = try ParallelJobs.run(rules.count) { [rules, starts, seed, probes] i in
            defer { counter.advance() }
            let rule = rules[i].rule
            let census = try FixedPointCensus(problem: problem, rule: rule, starts: starts, seed: seed)
            let points = census.fixedPoints
            func names(_ p: FixedPoint) -> String {
                switch p.set { case .optimum: "O"; case .saddleLine: "Z"; case .line: "line" }
            }
            var roots = sigmaRoots
            if let terms = rule.saddleTerms(horizon: problem.horizon), terms < problem.horizon {
                roots += try problem.responseSumRealRoots(terms: terms)
            }
            let lineDistances = census.lineLambdas.map { lambda in roots.map { abs($0 - lambda) }.min() ?? .infinity }
            let counts = ["O", "Z", "line"].map { name in (name, points.filter { names($0) == name }.count) }
            return FixedPointsResult.Rule(
                starts: starts, rootsFound: points.count, counts: Keyed(counts),
                b: points.map(\.point.b), w: points.map(\.point.w), c: points.map(\.point.c),
                set: points.map(names), lambda: points.map { problem.lambda(at: $0.point) },
                stability: points.map(\.stability.rawValue), lineLambdas: census.lineLambdas,
                maxLineRootDistance: lineDistances.max(),
                updateAtZ: probes.map { ModeCoordinates(problem.direction(of: rule, at: ModePoint(b: 0, w: $0, c: 0))) })
        }
        return FixedPointsResult(sigmaRoots: sigmaRoots, probeW: probes, rules: Keyed(zip(rules, perRule).map { ($0.label, $1) }))
    }

    func summary(of result: FixedPointsResult) -> [String] {
        let roots = result.sigmaRoots.map { Format.short($0) }.joined(separator: ", ")
        var lines = ["fixed_points: \(starts) starts per rule; real roots of sigma: \(roots)"]
        for (label, r) in result.rules.entries {
            let counts = r.counts.entries.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            let lambdas = Set(r.lineLambdas.map { Format.short($0) }).sorted().joined(separator: ", ")
            lines.append("  \(label): \(counts)" + (lambdas.isEmpty ? "" : "; line lambdas \(lambdas)"))
        }
        return lines
    }
}

/// The result of `kind: fixed_points`: the real roots of `sigma`, and per rule the fixed
/// points found with their set (`O`, `Z`, `line`), `lambda` and stability.
public struct FixedPointsResult: ExperimentResult {
    /// One rule's census.
    public struct Rule: Codable, Sendable {
        public let starts: Int
        public let rootsFound: Int
        /// Fixed points per set: `O`, `Z`, `line`.
        public let counts: Keyed<Int>
        public let b: [Double]
        public let w: [Double]
        public let c: [Double]
        public let set: [String]
        public let lambda: [Double]
        public let stability: [String]
        public let lineLambdas: [Double]
        public let maxLineRootDistance: Double?
        /// The update at `(0, w, 0)` per `probe_w`.
        public let updateAtZ: [ModeCoordinates]

        enum CodingKeys: String, CodingKey {
            case starts, rootsFound = "roots_found", counts, b, w, c, set, lambda, stability
            case lineLambdas = "line_lambdas", maxLineRootDistance = "max_line_root_distance", updateAtZ = "update_at_Z"
        }
    }

    public static let kind = "fixed_points"
    public private(set) var kind = FixedPointsResult.kind
    public let sigmaRoots: [Double]
    public let probeW: [Double]
    public let rules: Keyed<Rule>

    enum CodingKeys: String, CodingKey {
        case kind, sigmaRoots = "sigma_roots", probeW = "probe_w", rules
    }

    public var failure: ExperimentFailure? { nil }
}
