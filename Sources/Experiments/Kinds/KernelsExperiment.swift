import LinearRNN

/// `kind: kernels` (E10): what each rule's credit captures as the leak varies. For each
/// `alpha`, a single mode with the fixed teacher response `lambda*`, `gamma*` (teacher
/// `(1/alpha, (lambda* - 1 + alpha)/alpha, gamma*)`): the credit kernels of `b` and `w` vs the
/// lag `k` at the teacher (SPEC 5.3, from `ModeProblem.credit` divided by the rule's gain
/// factor), RFLO with `f = c` vs tBPTT-1 at a check point, and per rule the loss curve from a
/// start, the limit point and its rates (`LimitPoint`).
struct KernelsExperiment: ExperimentKind {
    static let kind = "kernels"

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

    /// The mode of leak `alpha` whose teacher has response `gamma* lambda*^k`.
    func problem(alpha: Double) -> ModeProblem {
        let teacher = ModePoint(b: 1 / alpha, w: (teacherLambda - 1 + alpha) / alpha, c: teacherGamma)
        return ModeProblem(teacher: teacher, alpha: alpha, horizon: horizon, loss: loss)
    }

    func run(progress: @escaping @Sendable (Int) -> Void) throws -> JSONValue {
        let counter = ProgressCounter(progress)
        let runs = try ParallelJobs.run(alphas.count * rules.count) { [self] job in
            defer { counter.advance() }
            let problem = problem(alpha: alphas[job / rules.count])
            let rule = rules[job % rules.count].rule
            let limit = try LimitPoint(problem: problem, rule: rule, start: start, duration: duration, integrator: integrator)
            let solution = ModeTrajectory.adaptive(problem: problem, rule: rule, start: start, duration: duration,
                                                   records: records, integrator: integrator)
            return JSONValue.object(ModeTrajectory.json(problem: problem, solution: solution).filter { ["tau", "loss", "diverged"].contains($0.0) } + [
                ("limit_point", .point(limit.point)),
                ("mu_slow", .number(limit.rates.slow)), ("mu_fast", .number(limit.rates.fast)),
            ])
        }
        let perAlpha = alphas.enumerated().map { a, alpha in
            alphaJSON(alpha, runs: Array(runs[(a * rules.count)..<((a + 1) * rules.count)]))
        }
        return .object([
            ("kind", .string(Self.kind)),
            ("lag", .numbers((0..<horizon).map(Double.init))),
            ("alphas", .array(perAlpha)),
        ])
    }

    private func alphaJSON(_ alpha: Double, runs: [JSONValue]) -> JSONValue {
        let problem = problem(alpha: alpha), teacher = problem.teacher
        let kernels = rules.map { spec -> (String, JSONValue) in
            let credit = problem.credit(of: spec.rule, at: teacher)
            let gain = spec.feedback ?? teacher.c
            return (spec.label, .object([("b", .numbers(credit.b.map { $0 / (alpha * gain) })),
                                         ("w", .numbers(credit.w.map { $0 / (alpha * alpha * gain * teacher.b) }))]))
        }
        let rflo = problem.direction(of: .rflo(feedback: checkPoint.c), at: checkPoint)
        let truncated = problem.direction(of: .truncatedBPTT(horizon: 1), at: checkPoint)
        return .object([
            ("alpha", .number(alpha)),
            ("teacher", .point(teacher)),
            ("kernels", .object(kernels)),
            ("rflo_vs_tbptt", .number((rflo - truncated).maxAbs / max(truncated.maxAbs, 1e-300))),
            ("rules", .object(zip(rules, runs).map { ($0.label, $1) })),
        ])
    }

    func summary(of result: JSONValue) -> [String] {
        var lines = ["kernels: T = \(horizon), lambda* = \(teacherLambda), gamma* = \(teacherGamma), from (\(start.b), \(start.w), \(start.c))"]
        for entry in result["alphas"]?.arrayValue ?? [] {
            let rates = (entry["rules"]?.objectValue ?? []).map { "\($0.0) \(Format.short($0.1["mu_slow"]?.doubleValue))" }.joined(separator: ", ")
            lines.append("  alpha = \(Format.short(entry["alpha"]?.doubleValue)): limit-point mu_slow \(rates); RFLO (f = c) vs tBPTT-1 differ by \(Format.short(entry["rflo_vs_tbptt"]?.doubleValue))")
        }
        return lines
    }
}
