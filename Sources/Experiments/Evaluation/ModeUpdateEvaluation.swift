import LinearRNN

/// `mode_update`: per-mode descent directions (SPEC 5.6-5.8) of BPTT, tBPTT-1, tBPTT-K and
/// RFLO, and the per-mode loss (5.4), for single modes.
enum ModeUpdateEvaluation {
    static func evaluate(_ inputs: EvaluationInputs) throws -> JSONValue {
        try ModeJSON.perCase(inputs) { item in
            let problem = try item.modeProblem()
            let point = try item.modePoint(suffix: "")
            var rules: [ModeRule] = [.bptt, .truncatedBPTT(horizon: 1)]
            let k = try item.positiveInt("K")
            if k != 1 { rules.append(.truncatedBPTT(horizon: k)) }
            var fields: [(String, JSONValue)] = [("loss", .number(problem.loss(at: point)))]
            fields += rules.map { ($0.name, ModeJSON.point(problem.direction(of: $0, at: point))) }
            fields.append(("rflo", ModeJSON.point(problem.direction(of: .rflo(feedback: try item.double("f")), at: point))))
            return .object(fields)
        }
    }
}
