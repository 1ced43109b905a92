import LinearRNN

/// `kind: excursion` (E7): runs each rule from one start with the adaptive integrator
/// (SPEC 10) and records the trajectory, the loss excursion (`Excursion`: largest loss over
/// finely spaced samples), the end state and, for RFLO, the sign of `f c` at the end.
struct ExcursionExperiment: ExperimentKind {
    let mode: SingleModeSpec
    let rules: [ModeRuleSpec]
    let start: ModePoint
    let duration: Double
    let records: Int
    let samples: Int
    let integrator: DormandPrince45

    init(parameters p: ParameterMap) throws {
        mode = try SingleModeSpec(parameters: p)
        rules = try ModeRuleSpec.list(from: p, defaultFeedback: try p.double("f", default: 1, allowed: "a feedback gain != 0", where: { $0 != 0 }))
        start = ModePoint(try p.doubles("start", count: 3) ?? [-0.999, 0.799, -1.0])
        duration = try p.double("tau", default: 5, allowed: "a time > 0", where: { $0 > 0 && $0 <= 1e5 })
        records = try p.int("records", default: 500, allowed: "an integer from 1 to 100000", where: { $0 >= 1 && $0 <= 100_000 })
        samples = try p.int("samples", default: 20_000, allowed: "an integer from 1 to 10000000", where: { $0 >= 1 && $0 <= 10_000_000 })
        integrator = DormandPrince45(
            relativeTolerance: try p.double("rtol", default: 1e-10, allowed: "a tolerance > 0", where: { $0 > 0 }),
            absoluteTolerance: try p.double("atol", default: 1e-12, allowed: "a tolerance > 0", where: { $0 > 0 }))
    }

    var workUnits: Int { rules.count }

    var estimate: WorkEstimate {
        // Two integrations per rule: the recorded trajectory and the sampled excursion.
        .modeODE(runs: Double(rules.count), steps: 2 * WorkEstimate.odeSteps(tau: duration) + Double(samples),
                 horizon: mode.problem.horizon, records: Double(records + samples), keys: ["tau", "samples", "T", "rules"])
    }

    func compute(progress: @escaping @Sendable (Int) -> Void) throws -> ExcursionResult {
        let counter = ProgressCounter(progress)
        let perRule = try ParallelJobs.run(rules.count) { [self] i in
            defer { counter.advance() }
            return ruleRun(rules[i])
        }
        let box = max(3, start.maxAbs * 1.5)
        return ExcursionResult(start: ModeCoordinates(start), tauEnd: duration, optimum: mode.optimumBranches(bLimit: box, cLimit: box),
                               rules: Keyed(zip(rules, perRule).map { ($0.label, $1) }))
    }

    private func ruleRun(_ spec: ModeRuleSpec) -> ExcursionResult.Rule {
        let problem = mode.problem
        let excursion = Excursion(problem: problem, rule: spec.rule, start: start, duration: duration,
                                  samples: samples, integrator: integrator)
        let path = ModeTrajectory.record(problem: problem, solution: ModeTrajectory.adaptive(
            problem: problem, rule: spec.rule, start: start, duration: duration, records: records, integrator: integrator))
        return ExcursionResult.Rule(
            tau: path.tau, b: path.b, w: path.w, c: path.c, loss: path.loss,
            initialLoss: excursion.initialLoss, maxLoss: excursion.maximumLoss,
            lossRatio: excursion.maximumLoss / excursion.initialLoss,
            final: ModeCoordinates(excursion.end), finalLoss: excursion.endLoss,
            finalFC: spec.feedback.map { $0 * excursion.end.c }, moved: (excursion.end - start).maxAbs,
            diverged: TimeDivergence(excursion.outcome))
    }

    func summary(of result: ExcursionResult) -> [String] {
        var lines = ["excursion: from (\(start.b), \(start.w), \(start.c)) to tau = \(duration)"]
        for (label, r) in result.rules.entries {
            let final = r.final.components.map { Format.short($0) }.joined(separator: ", ")
            var line = "  \(label): loss \(Format.short(r.initialLoss)) -> max \(Format.short(r.maxLoss)) (x \(Format.short(r.lossRatio))) -> \(Format.short(r.finalLoss)); final (\(final))"
            if let fc = r.finalFC { line += ", fc = \(Format.short(fc))" }
            if let diverged = r.diverged { line += "; DIVERGED: \(diverged.reason)" }
            lines.append(line)
        }
        return lines
    }
}

/// The result of `kind: excursion`: per rule the path from `start`, the loss excursion and
/// the end state.
public struct ExcursionResult: ExperimentResult {
    /// One rule's run.
    public struct Rule: Codable, Sendable {
        public let tau: [Double]
        public let b: [Double]
        public let w: [Double]
        public let c: [Double]
        public let loss: [Double]
        public let initialLoss: Double
        public let maxLoss: Double
        public let lossRatio: Double
        public let final: ModeCoordinates
        public let finalLoss: Double
        /// `f c` at the end, for RFLO.
        public let finalFC: Double?
        public let moved: Double
        public let diverged: TimeDivergence?

        enum CodingKeys: String, CodingKey {
            case tau, b, w, c, loss
            case initialLoss = "initial_loss", maxLoss = "max_loss", lossRatio = "loss_ratio"
            case final, finalLoss = "final_loss", finalFC = "final_fc", moved, diverged
        }
    }

    public static let kind = "excursion"
    public private(set) var kind = ExcursionResult.kind
    public let start: ModeCoordinates
    public let tauEnd: Double
    public let optimum: OptimumBranches
    public let rules: Keyed<Rule>

    enum CodingKeys: String, CodingKey {
        case kind, start, tauEnd = "tau_end", optimum, rules
    }

    public var failure: ExperimentFailure? { ExperimentFailure.first(in: rules) { $0.diverged } }
}
