import LinearRNN

/// `markov_loss`: student impulse responses `M_k` and the exact expected loss for both loss sets.
enum MarkovLossEvaluation {
    static func evaluate(_ inputs: EvaluationInputs) throws -> JSONValue {
        let problem = try MatrixProblem(inputs)
        func responses(_ loss: LossSet) -> ImpulseResponses {
            ImpulseResponses(student: problem.student, teacher: problem.teacher,
                             setting: SequenceSetting(horizon: problem.horizon, alpha: problem.alpha, loss: loss))
        }
        let all = responses(.all)
        return .object([
            ("M", .array(all.student.map { .matrix($0) })),
            ("loss_all", .number(all.expectedLoss)),
            ("loss_final", .number(responses(.final).expectedLoss)),
        ])
    }
}

/// The explicit student, teacher and feedback matrices shared by the matrix-level kinds.
struct MatrixProblem {
    let alpha: Double
    let horizon: Int
    let student: RNNWeights
    let teacher: RNNWeights
    let feedback: Matrix

    init(_ inputs: EvaluationInputs) throws {
        alpha = try inputs.leak()
        horizon = try inputs.positiveInt("T")
        student = try Self.weights(inputs, suffix: "")
        teacher = try Self.weights(inputs, suffix: "_teacher")
        feedback = try inputs.matrix("F")
        guard teacher.inputSize == student.inputSize, teacher.outputSize == student.outputSize else {
            throw LocatedError("\(inputs.kind): teacher and student must have the same input and output sizes")
        }
        guard feedback.rows == student.hiddenSize, feedback.cols == student.outputSize else {
            throw LocatedError("\(inputs.kind): F must be N x n_out (\(student.hiddenSize) x \(student.outputSize)), got \(feedback.rows) x \(feedback.cols)")
        }
    }

    private static func weights(_ inputs: EvaluationInputs, suffix: String) throws -> RNNWeights {
        let w = try inputs.matrix("W" + suffix), b = try inputs.matrix("B" + suffix), c = try inputs.matrix("C" + suffix)
        guard w.rows == w.cols, b.rows == w.rows, c.cols == w.rows else {
            throw LocatedError("\(inputs.kind): W\(suffix) must be N x N, B\(suffix) N x n_in and C\(suffix) n_out x N; got \(w.rows)x\(w.cols), \(b.rows)x\(b.cols), \(c.rows)x\(c.cols)")
        }
        return RNNWeights(W: w, B: b, C: c)
    }
}
