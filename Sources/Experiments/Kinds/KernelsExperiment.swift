import LinearRNN

/// `kind: kernels` (E10): what each rule's credit captures as the leak varies. For each
/// `alpha`, a single mode with the fixed teacher response `lambda*`, `gamma*` (teacher
/// `(1/alpha, (lambda* - 1 + alpha)/alpha, gamma*)`): the credit kernels of `b` and `w` vs the
/// lag `k` at the teacher (SPEC 5.3, from `ModeProblem.credit` divided by the rule's gain
/// factor), RFLO with `f = c` vs tBPTT-1 at a check point, and per rule the loss curve from a
/// start, the limit point and its rates (`LimitPoint`).
struct KernelsExperiment: ExperimentKind {
    let horizon: Int
    let loss: LossSet
    let alphas: [Double]
    let teacherLambda: Double
    let teacherGamma: Double
    let rules: [ModeRuleSpec]
    let start: ModePoint
    let duration: Double
    let records: Int
    let checkPoint: ModePoint
    let integrator = DormandPrince45(relativeTolerance: 1e-11, absoluteTolerance: 1e-13)

    init(parameters p: ParameterMap) throws {
        horizon = try p.int("T", allowed: "an integer from 2 to 10000", where: { $0 >= 2 && $0 <= 10_000 })
        loss = LossSet(rawValue: try p.choice("loss", LossSet.allCases.map(\.rawValue), default: "all"))!
        alphas = try p.doubles("alphas") ?? [1, 0.5, 0.25]
        guard !alphas.isEmpty, alphas.allSatisfy({ $0 > 0 && $0 <= 1 }) else {
            throw p.error(at: p.node("alphas"), "'alphas' must be a non-empty list of leaks in (0, 1]")
        }
        teacherLambda = try p.double("teacher_lambda", default: 0.8, allowed: "a number in (-1, 1)", where: { abs($0) < 1 })
        teacherGamma = try p.double("teacher_gamma", default: 1, allowed: "a number != 0", where: { $0 != 0 && $0.isFinite })
        rules = try ModeRuleSpec.list(from: p, defaultFeedback: try p.double("f", default: 1, allowed: "a feedback gain != 0", where: { $0 != 0 }))
        start = ModePoint(try p.doubles("start", count: 3) ?? [0.05, 0, 0.05])
        duration = try p.double("tau", default: 20, allowed: "a time > 0", where: { $0 > 0 && $0 <= 1e5 })
        records = try p.int("records", default: 300, allowed: "an integer from 1 to 100000", where: { $0 >= 1 && $0 <= 100_000 })
        checkPoint = ModePoint(try p.doubles("check_point", count: 3) ?? [0.3, 0.1, 0.5])
    }

    var workUnits: Int { alphas.count * rules.count }

    var estimate: WorkEstimate {
        .modeODE(runs: Double(alphas.count * rules.count), steps: 2 * WorkEstimate.odeSteps(tau: duration), horizon: horizon,
                 records: Double(records), keys: ["tau", "alphas", "T", "rules"])
    }

    /// The mode of leak `alpha` whose teacher has response `gamma* lambda*^k`.
    func problem(alpha: Double) -> ModeProblem {
        let teacher = ModePoint(b: 1 / alpha, w: (teacherLambda - 1 + alpha) / alpha, c: teacherGamma)
        return ModeProblem(teacher: teacher, alpha: alpha, horizon: horizon, loss: loss)
    }

    func compute(progress: @escaping @Sendable (Int) -> Void) throws -> KernelsResult {
        let counter = ProgressCounter(progress)
        let runs = try ParallelJobs.run(alphas.count * rules.count) { [self] job in
            defer { counter.advance() }
            let problem = problem(alpha: alphas[job / rules.count])
            let rule = rules[job % rules.count].rule
            let limit = try LimitPoint(problem: problem, rule: rule, start: start, duration: duration, integrator: integrator)
            let path = ModeTrajectory.record(problem: problem, solution: ModeTrajectory.adaptive(
                problem: problem, rule: rule, start: start, duration: duration, records: records, integrator: integrator))
            return KernelsResult.Run(tau: path.tau, loss: path.loss, diverged: path.diverged, limitPoint: ModeCoordinates(limit.point),
                                     slowRate: limit.rates.slow, fastRate: limit.rates.fast)
        }
        let perAlpha = alphas.enumerated().map { a, alpha in
            alphaResult(alpha, runs: Array(runs[(a * rules.count)..<((a + 1) * rules.count)]))
        }
        return KernelsResult(lag: Array(0..<horizon), alphas: perAlpha)
    }

    private func alphaResult(_ alpha: Double, runs: [KernelsResult.Run]) -> KernelsResult.Leak {
        let problem = problem(alpha: alpha), teacher = problem.teacher
        let kernels = rules.map { spec -> (String, KernelsResult.Kernel) in
            let credit = problem.credit(of: spec.rule, at: teacher)
            let gain = spec.feedback ?? teacher.c
            return (spec.label, KernelsResult.Kernel(b: credit.b.map { $0 / (alpha * gain) },
                                                     w: credit.w.map { $0 / (alpha * alpha * gain * teacher.b) }))
        }
        let rflo = problem.direction(of: .rflo(feedback: checkPoint.c), at: checkPoint)
        let truncated = problem.direction(of: .truncatedBPTT(horizon: 1), at: checkPoint)
        return KernelsResult.Leak(alpha: alpha, teacher: ModeCoordinates(teacher), kernels: Keyed(kernels),
                                  rfloVsTBPTT: (rflo - truncated).maxAbs / max(truncated.maxAbs, 1e-300),
                                  rules: Keyed(zip(rules, runs).map { ($0.label, $1) }))
    }

    func summary(of result: KernelsResult) -> [String] {
        var lines = ["kernels: T = \(horizon), lambda* = \(teacherLambda), gamma* = \(teacherGamma), from (\(start.b), \(start.w), \(start.c))"]
        for entry in result.alphas {
            let rates = entry.rules.entries.map { "\($0.key) \(Format.short($0.value.slowRate))" }.joined(separator: ", ")
            lines.append("  alpha = \(Format.short(entry.alpha)): limit-point mu_slow \(rates); RFLO (f = c) vs tBPTT-1 differ by \(Format.short(entry.rfloVsTBPTT))")
        }
        return lines
    }
}

/// The result of `kind: kernels`: per leak `alpha` the credit kernels of each rule vs the
/// lag, RFLO (`f = c`) vs tBPTT-1, and each rule's run to its limit point.
public struct KernelsResult: ExperimentResult {
    /// The credit kernels of `b` and `w` vs the lag.
    public struct Kernel: Codable, Sendable {
        public let b: [Double]
        public let w: [Double]
    }

    /// One rule's run from the start and the rates at its limit point.
    public struct Run: Codable, Sendable {
        public let tau: [Double]
        public let loss: [Double]
        public let diverged: TimeDivergence?
        public let limitPoint: ModeCoordinates
        public let slowRate: Double
        public let fastRate: Double

        enum CodingKeys: String, CodingKey {
            case tau, loss, diverged, limitPoint = "limit_point", slowRate = "mu_slow", fastRate = "mu_fast"
        }
    }

    /// Everything at one leak.
    public struct Leak: Codable, Sendable {
        public let alpha: Double
        public let teacher: ModeCoordinates
        public let kernels: Keyed<Kernel>
        public let rfloVsTBPTT: Double
        public let rules: Keyed<Run>

        enum CodingKeys: String, CodingKey {
            case alpha, teacher, kernels, rfloVsTBPTT = "rflo_vs_tbptt", rules
        }
    }

    public static let kind = "kernels"
    public private(set) var kind = KernelsResult.kind
    public let lag: [Int]
    public let alphas: [Leak]

    public var failure: ExperimentFailure? { alphas.lazy.compactMap { ExperimentFailure.first(in: $0.rules) { $0.diverged } }.first }
}
