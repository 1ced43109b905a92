import LinearRNN

/// `kind: excursion` (E7): runs each rule from one start with the adaptive integrator
/// (SPEC 10) and records the trajectory, the loss excursion (`Excursion`: largest loss over
/// finely spaced samples), the end state and, for RFLO, the sign of `f c` at the end.
struct ExcursionExperiment: ExperimentKind {
    static let kind = "excursion"

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

    func run(progress: @escaping @Sendable (Int) -> Void) throws -> JSONValue {
        let counter = ProgressCounter(progress)
        let perRule = try ParallelJobs.run(rules.count) { [self] i in
            defer { counter.advance() }
            return ruleJSON(rules[i])
        }
        let box = max(3, start.maxAbs * 1.5)
        return .object([
            ("kind", .string(Self.kind)),
            ("start", .point(start)), ("tau_end", .number(duration)),
            ("optimum", mode.optimumBranchesJSON(bLimit: box, cLimit: box)),
            ("rules", .object(zip(rules, perRule).map { ($0.label, $1) })),
        ])
    }

    private func ruleJSON(_ spec: ModeRuleSpec) -> JSONValue {
        let problem = mode.problem
        let excursion = Excursion(problem: problem, rule: spec.rule, start: start, duration: duration,
                                  samples: samples, integrator: integrator)
        let solution = ModeTrajectory.adaptive(problem: problem, rule: spec.rule, start: start, duration: duration,
                                               records: records, integrator: integrator)
        var diverged = JSONValue.null
        if case let .diverged(time, reason) = excursion.outcome {
            diverged = .object([("tau", .number(time)), ("reason", .string(reason))])
        }
        return .object(ModeTrajectory.json(problem: problem, solution: solution).filter { !["final", "final_loss", "diverged"].contains($0.0) } + [
            ("initial_loss", .number(excursion.initialLoss)),
            ("max_loss", .number(excursion.maximumLoss)),
            ("loss_ratio", .number(excursion.maximumLoss / excursion.initialLoss)),
            ("final", .point(excursion.end)),
            ("final_loss", .number(excursion.endLoss)),
            ("final_fc", .optional(spec.feedback.map { $0 * excursion.end.c })),
            ("moved", .number((excursion.end - start).maxAbs)),
            ("diverged", diverged),
        ])
    }

    func summary(of result: JSONValue) -> [String] {
        var lines = ["excursion: from (\(start.b), \(start.w), \(start.c)) to tau = \(duration)"]
        for (label, r) in result["rules"]?.objectValue ?? [] {
            let final = (r["final"]?.arrayValue ?? []).map { Format.short($0.doubleValue) }.joined(separator: ", ")
            var line = "  \(label): loss \(Format.short(r["initial_loss"]?.doubleValue)) -> max \(Format.short(r["max_loss"]?.doubleValue)) (x \(Format.short(r["loss_ratio"]?.doubleValue))) -> \(Format.short(r["final_loss"]?.doubleValue)); final (\(final))"
            if let fc = r["final_fc"]?.doubleValue { line += ", fc = \(Format.short(fc))" }
            if let reason = r["diverged"]?["reason"]?.stringValue { line += "; DIVERGED: \(reason)" }
            lines.append(line)
        }
        return lines
    }
}
