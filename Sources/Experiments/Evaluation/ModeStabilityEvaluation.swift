import LinearRNN

/// Stability at points of the optimum manifold (SPEC 7): `jacobian_optimum` (7.1),
/// `trace_det` (7.5-7.7), `bptt_closed_form` (7.4) and `k_sweep` (tBPTT-K rates, E9).
enum ModeStabilityEvaluation {
    static func jacobianOptimum(_ inputs: EvaluationInputs) throws -> JSONValue {
        try ModeJSON.perCase(inputs) { item in
            let problem = try item.modeProblem()
            let point = try item.modePoint("point")
            return .object(try item.algorithms().map { name, rule in
                let jacobian = problem.optimumJacobian(of: rule, at: point)
                return (name, .object([
                    ("jacobian", .matrix(jacobian)),
                    ("eigenvalues", ModeJSON.eigenvalues(try LinearAlgebra.eigenvalues(jacobian))),
                ]))
            })
        }
    }

    static func traceDeterminant(_ inputs: EvaluationInputs) throws -> JSONValue {
        try ModeJSON.perCase(inputs) { item in
            let lagWeights = try item.lossSet().lagWeights(horizon: try item.positiveInt("T"))
            let (trace, determinant) = ClosedFormStability.rfloTraceDeterminant(
                at: try item.modePoint(suffix: ""), feedback: try item.double("f"), alpha: try item.leakOrOne(),
                lagWeights: lagWeights)
            return .object([
                ("trace", .number(trace)), ("det", .number(determinant)),
                ("stable", .bool(ClosedFormStability.isStable(trace: trace, determinant: determinant))),
            ])
        }
    }

    static func bpttClosedForm(_ inputs: EvaluationInputs) throws -> JSONValue {
        try ModeJSON.perCase(inputs) { item in
            let lagWeights = try item.lossSet().lagWeights(horizon: try item.positiveInt("T"))
            let eigenvalues = ClosedFormStability.bpttEigenvalues(at: try item.modePoint(suffix: ""), alpha: try item.leakOrOne(),
                                                                  lagWeights: lagWeights)
            return .object([("eigenvalues", .numbers(eigenvalues))])
        }
    }

    static func truncationSweep(_ inputs: EvaluationInputs) throws -> JSONValue {
        let problem = try inputs.modeProblem()
        let sweep = try problem.truncationRateSweep(at: try inputs.modePoint("point"))
        return .object([("rates", .object(sweep.map { ("\($0.horizon)", .numbers([$0.rates.slow, $0.rates.fast])) }))])
    }
}
