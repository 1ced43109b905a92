import LinearRNN

/// `kind: truncation` (E9): tBPTT-K transverse rates at one point of `O` for `K = 1..T`
/// (`truncationRateSweep`) with BPTT's for comparison, and the check that tBPTT with `K = T`
/// gives BPTT's update at seeded random points.
struct TruncationExperiment: Experiment {
    static let kind = "truncation"

    let mode: SingleModeSpec
    let point: ModePoint
    let randomPoints: Int
    let seed: UInt64

    init(parameters p: ParameterMap) throws {
        mode = try SingleModeSpec(parameters: p)
        let b = try p.double("b", default: mode.balancedPoint.b, allowed: "a number != 0", where: { $0 != 0 && $0.isFinite })
        point = mode.optimumPoint(b: b)
        randomPoints = try p.int("random_points", default: 20, allowed: "an integer from 0 to 100000", where: { $0 >= 0 && $0 <= 100_000 })
        seed = UInt64(try p.int("seed", default: 0, allowed: "an integer >= 0", where: { $0 >= 0 }))
    }

    var workUnits: Int { 1 }

    func run(progress: @escaping @Sendable (Int) -> Void) throws -> JSONValue {
        let problem = mode.problem
        let sweep = try problem.truncationRateSweep(at: point)
        let bptt = try problem.transverseRates(of: .bptt, at: point)
        var random = RandomSource(seed: seed)
        var difference = 0.0
        for _ in 0..<randomPoints {
            let p = ModePoint(b: random.uniform(in: -3, 3), w: random.uniform(in: -1.5, 1.5), c: random.uniform(in: -3, 3))
            let exact = problem.direction(of: .bptt, at: p)
            let truncated = problem.direction(of: .truncatedBPTT(horizon: problem.horizon), at: p)
            difference = max(difference, (truncated - exact).maxAbs / max(exact.maxAbs, 1e-300))
        }
        let slow = sweep.map(\.rates.slow)
        progress(1)
        return .object([
            ("kind", .string(Self.kind)),
            ("point", .point(point)),
            ("K", .numbers(sweep.map { Double($0.horizon) })),
            ("mu_slow", .numbers(slow)), ("mu_fast", .numbers(sweep.map(\.rates.fast))),
            ("bptt_mu_slow", .number(bptt.slow)), ("bptt_mu_fast", .number(bptt.fast)),
            ("peak_K", .number(Double(sweep[slow.firstIndex(of: slow.max()!)!].horizon))),
            ("full_horizon_difference", .number(difference)),
        ])
    }

    func summary(of result: JSONValue) -> [String] {
        let slow = (result["mu_slow"]?.arrayValue ?? []).map { Format.short($0.doubleValue) }.joined(separator: ", ")
        return ["truncation: tBPTT-K at (" + (result["point"]?.arrayValue ?? []).map { Format.short($0.doubleValue) }.joined(separator: ", ") + ")",
                "  mu_slow for K = 1..\(mode.problem.horizon): \(slow); BPTT \(Format.short(result["bptt_mu_slow"]?.doubleValue)); peak at K = \(Int(result["peak_K"]?.doubleValue ?? 0))",
                "  K = T vs BPTT at \(randomPoints) random points: max relative difference \(Format.short(result["full_horizon_difference"]?.doubleValue))"]
    }
}
