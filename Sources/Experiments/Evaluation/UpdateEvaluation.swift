import LinearRNN

/// `population_update` and `sequence_update`: the descent directions of BPTT, tBPTT-1,
/// tBPTT-K and RFLO, in closed form or averaged over explicit input sequences.
enum UpdateEvaluation {
    static func population(_ inputs: EvaluationInputs) throws -> JSONValue {
        let (problem, setting, rules) = try setup(inputs)
        return .object(rules.map { rule in
            (rule.name, directionJSON(rule.expectedDirection(weights: problem.student, teacher: problem.teacher, setting: setting)))
        })
    }

    static func sequence(_ inputs: EvaluationInputs) throws -> JSONValue {
        let (problem, setting, rules) = try setup(inputs)
        let sequences: [[[Double]]] = try inputs.list("X").map { sequence in
            guard let steps = sequence.arrayValue else { throw LocatedError("sequence_update: 'inputs.X' must be a list of sequences") }
            return try steps.map { step in
                guard let xs = step.arrayValue?.compactMap(\.doubleValue), xs.count == problem.student.inputSize else {
                    throw LocatedError("sequence_update: every x_t in 'inputs.X' must be a list of \(problem.student.inputSize) numbers")
                }
                return xs
            }
        }
        guard !sequences.isEmpty, sequences.allSatisfy({ $0.count == setting.horizon }) else {
            throw LocatedError("sequence_update: 'inputs.X' must hold at least one sequence of T = \(setting.horizon) steps")
        }
        let batch = SequenceBatch(sequences: sequences)
        let targets = ForwardPass(weights: problem.teacher, batch: batch, setting: setting).outputs
        return .object(rules.map { rule in
            (rule.name, directionJSON(rule.sampledDirection(weights: problem.student, batch: batch,
                                                            targets: targets, setting: setting).direction))
        })
    }

    private static func setup(_ inputs: EvaluationInputs) throws -> (MatrixProblem, SequenceSetting, [any LearningRule]) {
        let problem = try MatrixProblem(inputs)
        let setting = SequenceSetting(horizon: problem.horizon, alpha: problem.alpha, loss: try inputs.lossSet())
        var rules: [any LearningRule] = [BPTT(), TruncatedBPTT(horizon: 1)]
        if inputs.has("K") {
            let k = try inputs.positiveInt("K")
            if k != 1 { rules.append(TruncatedBPTT(horizon: k)) }
        }
        rules.append(RFLO(feedback: problem.feedback))
        return (problem, setting, rules)
    }

    static func directionJSON(_ d: Direction) -> JSONValue {
        .object([("dW", .matrix(d.dW)), ("dB", .matrix(d.dB)), ("dC", .matrix(d.dC))])
    }
}
