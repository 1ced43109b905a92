import LinearRNN

/// Per-mode learning dynamics (SPEC 5.3, 7.5, 8, 10): `ode_endpoint`, `limit_point`,
/// `plateau` and `excursion`.
enum ModeFlowEvaluation {
    /// The adaptive integrator used for endpoints and limit points.
    static let accurate = DormandPrince45(relativeTolerance: 1e-11, absoluteTolerance: 1e-13)

    /// Multi-mode state at `tau` for BPTT, tBPTT-1 and RFLO (per-mode gains `f`).
    static func odeEndpoint(_ inputs: EvaluationInputs) throws -> JSONValue {
        try ModeJSON.perCase(inputs) { item in
            let teachers = try item.modePoints("teacher"), starts = try item.modePoints("init")
            let gains = try item.doubles("f")
            guard teachers.count == starts.count, gains.count == teachers.count, !teachers.isEmpty else {
                throw LocatedError("ode_endpoint: '\(item.path).teacher', 'init' and 'f' must have the same non-zero number of modes")
            }
            let modes = try teachers.map { try item.modeProblem(teacher: $0) }
            let duration = try item.double("tau")
            let rules: [(String, [ModeRule])] = [
                ("bptt", modes.map { _ in .bptt }),
                ("tbptt", modes.map { _ in .truncatedBPTT(horizon: 1) }),
                ("rflo", gains.map { .rflo(feedback: $0) }),
            ]
            return .object(rules.map { name, modeRules in
                let system = MultiModeSystem(modes: modes, rules: modeRules)
                let start = MultiModeSystem.state(starts)
                let solution = accurate.integrate(system.field, from: start, duration: duration, output: .times([duration]),
                                                  guard: system.divergenceGuard(initialLoss: system.loss(start)))
                let end = solution.final.state
                return (name, .object([
                    ("theta", .array(system.points(end).map(ModeJSON.point))),
                    ("loss", .number(system.loss(end))),
                ] + ModeJSON.outcome(solution.outcome)))
            })
        }
    }

    static func limitPoint(_ inputs: EvaluationInputs) throws -> JSONValue {
        try ModeJSON.perCase(inputs) { item in
            let problem = try item.modeProblem(teacher: try item.modePoint("teacher"))
            let start = try item.modePoint("init"), duration = try item.double("tau")
            return .object(try item.algorithms().map { name, rule in
                let limit = try LimitPoint(problem: problem, rule: rule, start: start, duration: duration, integrator: accurate)
                return (name, .object([
                    ("limit", ModeJSON.point(limit.point)),
                    ("mu_slow", .number(limit.rates.slow)),
                    ("loss_end", .number(limit.loss)),
                ] + ModeJSON.outcome(limit.outcome)))
            })
        }
    }

    /// `t_half` from `(eps, w0, sign(b* c*) eps)` for BPTT, tBPTT-1 and RFLO (gain `f`);
    /// `null` when the loss never halves (or the run diverges).
    static func plateau(_ inputs: EvaluationInputs) throws -> JSONValue {
        try ModeJSON.perCase(inputs) { item in
            let teacher = try item.modePoint("teacher")
            let problem = try item.modeProblem(teacher: teacher)
            let w0 = try item.double("w0"), scales = try item.doubles("eps")
            let sign: Double = teacher.b * teacher.c < 0 ? -1 : 1
            let rules: [(String, ModeRule)] = [
                ("bptt", .bptt), ("tbptt", .truncatedBPTT(horizon: 1)), ("rflo", .rflo(feedback: try item.double("f"))),
            ]
            return .object([("t_half", .object(rules.map { name, rule in
                (name, .array(scales.map { eps in
                    let start = ModePoint(b: eps, w: w0, c: sign * eps)
                    return PlateauTime.halfSaddleLossTime(problem: problem, rule: rule, start: start).map(JSONValue.number) ?? .null
                }))
            }))])
        }
    }

    /// RFLO (gain `f`) from `init`: end state, initial, maximal and final loss.
    static func excursion(_ inputs: EvaluationInputs) throws -> JSONValue {
        let problem = try inputs.modeProblem(teacher: try inputs.modePoint("teacher"))
        let run = Excursion(problem: problem, rule: .rflo(feedback: try inputs.double("f")),
                            start: try inputs.modePoint("init"), duration: try inputs.double("tau"))
        return .object([
            ("theta_end", ModeJSON.point(run.end)),
            ("loss_initial", .number(run.initialLoss)),
            ("loss_max", .number(run.maximumLoss)),
            ("loss_end", .number(run.endLoss)),
        ] + ModeJSON.outcome(run.outcome))
    }
}
