import LinearRNN

/// The saddle line and the extra fixed lines (SPEC 6-7.5): `saddle` (7.8 and RFLO's drive at
/// `Z`), `sigma_roots` (real roots of `sigma`) and `rflo_window` (7.7).
enum SaddleEvaluation {
    /// Optional inputs `K` (default 3) and `f` (default 0.7) choose the extra tBPTT horizon and
    /// the RFLO gain.
    static func saddle(_ inputs: EvaluationInputs) throws -> JSONValue {
        try ModeJSON.perCase(inputs) { item in
            let problem = try item.modeProblem()
            let point = try item.modePoint("point")
            let k = item.has("K") ? try item.positiveInt("K") : 3
            let f = try item.optionalDouble("f") ?? 0.7
            let lambda = problem.lambda(at: point)
            var rules: [ModeRule] = [.bptt, .truncatedBPTT(horizon: 1)]
            if k != 1 { rules.append(.truncatedBPTT(horizon: k)) }
            var fields: [(String, JSONValue)] = rules.map { rule in
                let terms = rule.saddleTerms(horizon: problem.horizon) ?? problem.horizon
                return (rule.name, .object([
                    ("eigenvalues", ModeJSON.eigenvalues(problem.saddleEigenvalues(of: rule, w: point.w) ?? [])),
                    ("sigma", .number(problem.responseSum(lambda: lambda, terms: problem.horizon))),
                    ("sigma_K", .number(problem.responseSum(lambda: lambda, terms: terms))),
                ]))
            }
            fields.append(("rflo_update_at_point", .object([
                ("f", .number(f)), ("update", ModeJSON.point(problem.direction(of: .rflo(feedback: f), at: point))),
            ])))
            return .object(fields)
        }
    }

    static func sigmaRoots(_ inputs: EvaluationInputs) throws -> JSONValue {
        try ModeJSON.perCase(inputs) { item in
            let problem = try item.modeProblem()
            return .object([("real_roots_lambda", .numbers(try problem.responseSumRealRoots(terms: problem.horizon)))])
        }
    }

    static func rfloWindow(_ inputs: EvaluationInputs) throws -> JSONValue {
        let alpha = try inputs.leakOrOne()
        let f = try inputs.double("f"), gamma = try inputs.double("gamma")
        guard f != 0, gamma != 0 else { throw LocatedError("rflo_window: inputs 'f' and 'gamma' must be non-zero") }
        let window = RFLOStableWindow(feedback: f, teacherLambda: (1 - alpha) + alpha * (try inputs.double("w_teacher")),
                                      teacherGamma: gamma, alpha: alpha,
                                      lagWeights: try inputs.lossSet().lagWeights(horizon: try inputs.positiveInt("T")))
        return .object([("b_trace", .number(window.traceBound)), ("b_det", .number(window.determinantBound))])
    }
}
