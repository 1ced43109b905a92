import LinearRNN

/// `kind: truncation` (E9): tBPTT-K transverse rates at one point of `O` for `K = 1..T`
/// (`truncationRateSweep`) with BPTT's for comparison, and the check that tBPTT with `K = T`
/// gives BPTT's update at seeded random points.
struct TruncationExperiment: ExperimentKind {

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

    var estimate: WorkEstimate {
        // One rate per truncation K = 1..T, and the full-horizon truncation at random points.
        let t = Double(mode.problem.horizon)
        return WorkEstimate(operations: 100 * t * t * (1 + Double(randomPoints)), bytes: t * 4 * WorkEstimate.bytesPerNumber,
                            keys: ["T", "random_points"])
    }

    func compute(progress: @escaping @Sendable (Int) -> Void) throws -> TruncationResult {
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
        return TruncationResult(
            point: ModeCoordinates(point), horizons: sweep.map(\.horizon),
            slowRates: slow, fastRates: sweep.map(\.rates.fast),
            bpttSlowRate: bptt.slow, bpttFastRate: bptt.fast,
            peakHorizon: sweep[slow.firstIndex(of: slow.max()!)!].horizon,
            fullHorizonDifference: difference)
    }

    func summary(of result: TruncationResult) -> [String] {
        let slow = result.slowRates.map { Format.short($0) }.joined(separator: ", ")
        return ["truncation: tBPTT-K at (" + result.point.components.map { Format.short($0) }.joined(separator: ", ") + ")",
                "  mu_slow for K = 1..\(mode.problem.horizon): \(slow); BPTT \(Format.short(result.bpttSlowRate)); peak at K = \(result.peakHorizon)",
                "  K = T vs BPTT at \(randomPoints) random points: max relative difference \(Format.short(result.fullHorizonDifference))"]
    }
}

/// The result of `kind: truncation`: the tBPTT-K rates at `point` for `K = 1..T`, BPTT's,
/// the `K` of the slowest-rate peak and the largest relative difference of tBPTT-T from BPTT.
public struct TruncationResult: ExperimentResult {
    public static let kind = "truncation"
    public private(set) var kind = TruncationResult.kind
    public let point: ModeCoordinates
    public let horizons: [Int]
    public let slowRates: [Double]
    public let fastRates: [Double]
    public let bpttSlowRate: Double
    public let bpttFastRate: Double
    public let peakHorizon: Int
    public let fullHorizonDifference: Double

    enum CodingKeys: String, CodingKey {
        case kind, point
        case horizons = "K"
        case slowRates = "mu_slow", fastRates = "mu_fast"
        case bpttSlowRate = "bptt_mu_slow", bpttFastRate = "bptt_mu_fast"
        case peakHorizon = "peak_K"
        case fullHorizonDifference = "full_horizon_difference"
    }

    public var failure: ExperimentFailure? { nil }
}
