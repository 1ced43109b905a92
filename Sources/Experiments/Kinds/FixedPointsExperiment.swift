import LinearRNN

/// `kind: fixed_points` (E4b): for each rule, the fixed points of the per-mode update found
/// by damped Newton from seeded uniform starts (SPEC 6.2, 10), classified as `O`, `Z` or an
/// extra line; the real roots of `sigma` and `sigma_K`; and the update at `(0, w, 0)`.
struct FixedPointsExperiment: ExperimentKind {
    static let kind = "fixed_points"

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

    func run(progress: @escaping @Sendable (Int) -> Void) throws -> JSONValue {
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
            let counts = ["O", "Z", "line"].map { name in (name, JSONValue.number(Double(points.filter { names($0) == name }.count))) }
            return JSONValue.object([
                ("starts", .number(Double(starts))),
                ("roots_found", .number(Double(points.count))),
                ("counts", .object(counts)),
                ("b", .numbers(points.map(\.point.b))), ("w", .numbers(points.map(\.point.w))), ("c", .numbers(points.map(\.point.c))),
                ("set", .array(points.map { .string(names($0)) })),
                ("lambda", .numbers(points.map { problem.lambda(at: $0.point) })),
                ("stability", .array(points.map { .string($0.stability.rawValue) })),
                ("line_lambdas", .numbers(census.lineLambdas)),
                ("max_line_root_distance", .optional(lineDistances.max())),
                ("update_at_Z", .array(probes.map { .point(problem.direction(of: rule, at: ModePoint(b: 0, w: $0, c: 0))) })),
            ])
        }
        return .object([
            ("kind", .string(Self.kind)),
            ("sigma_roots", .numbers(sigmaRoots)),
            ("probe_w", .numbers(probes)),
            ("rules", .object(zip(rules, perRule).map { ($0.label, $1) })),
        ])
    }

    func summary(of result: JSONValue) -> [String] {
        let roots = (result["sigma_roots"]?.arrayValue ?? []).map { Format.short($0.doubleValue) }.joined(separator: ", ")
        var lines = ["fixed_points: \(starts) starts per rule; real roots of sigma: \(roots)"]
        for (label, r) in result["rules"]?.objectValue ?? [] {
            let counts = (r["counts"]?.objectValue ?? []).map { "\($0.0) \(Int($0.1.doubleValue ?? 0))" }.joined(separator: ", ")
            let lambdas = Set((r["line_lambdas"]?.arrayValue ?? []).compactMap(\.doubleValue).map { Format.short($0) }).sorted().joined(separator: ", ")
            lines.append("  \(label): \(counts)" + (lambdas.isEmpty ? "" : "; line lambdas \(lambdas)"))
        }
        return lines
    }
}
