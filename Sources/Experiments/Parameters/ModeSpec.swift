import LinearRNN

/// The per-mode description of an aligned problem shared by the mode-level experiment
/// kinds: `T`, `alpha`, `loss`, teacher modes, initial modes and RFLO gains (setup A of
/// SPEC 11 by default).
struct ModeSpec: Sendable {
    var problems: [ModeProblem]
    var initial: [ModePoint]
    var feedback: [Double]

    init(parameters p: ParameterMap, requireInitial: Bool = true) throws {
        let horizon = try p.int("T", allowed: "an integer from 2 to 10000", where: { $0 >= 2 && $0 <= 10_000 })
        let alpha = try p.double("alpha", default: 1, allowed: "a leak in (0, 1]", where: { $0 > 0 && $0 <= 1 })
        let loss = LossSet(rawValue: try p.choice("loss", LossSet.allCases.map(\.rawValue), default: "all"))!
        let teacher = try p.rows("teacher_modes", width: 3, limit: TaskSpec.maxModes, what: "modes (each one unit of N)") ?? TaskSpec.setupA.teacher
        let count = teacher.count
        let initial = try p.rows("initial_modes", width: 3) ?? Array(TaskSpec.setupA.initial.prefix(count))
        let feedback = try p.doubles("feedback_modes", count: count) ?? Array(TaskSpec.setupA.feedback.prefix(count))
        guard initial.count == count, feedback.count == count else {
            throw LocatedError("'initial_modes' and 'feedback_modes' need one entry per teacher mode (\(count))")
        }
        problems = teacher.map { ModeProblem(teacher: ModePoint($0), alpha: alpha, horizon: horizon, loss: loss) }
        self.initial = initial.map(ModePoint.init)
        self.feedback = feedback
    }

    /// The per-mode rules of one rule entry (RFLO takes each mode's gain).
    func rules(for spec: RuleSpec) -> [ModeRule] {
        switch spec.kind {
        case .bptt: return problems.map { _ in .bptt }
        case .tbptt: return problems.map { _ in .truncatedBPTT(horizon: spec.truncation) }
        case .rflo: return feedback.map { .rflo(feedback: $0) }
        }
    }

    func system(for spec: RuleSpec) -> MultiModeSystem {
        MultiModeSystem(modes: problems, rules: rules(for: spec))
    }
}

extension ModeSpec {
    /// The full-matrix sequence setting of these modes.
    var setting: SequenceSetting {
        SequenceSetting(horizon: problems[0].horizon, alpha: problems[0].alpha, loss: problems[0].loss)
    }

    /// The aligned full-matrix task (SPEC 5.1-5.2) of these modes in `bases`.
    func task(bases: AlignedBasesSpec) -> TeacherStudentTask {
        TeacherStudentTask.aligned(bases: bases.bases, teacherModes: problems.map(\.teacher), initialModes: initial,
                                   feedbackGains: feedback)
    }

    /// Full-matrix rules for comparison with the mode ODEs: `freeze_readout` is refused.
    static func fullMatrixRules(from p: ParameterMap) throws -> [RuleSpec] {
        let rules = try RuleSpec.list(from: p)
        if let frozen = rules.first(where: \.freezeReadout) {
            throw LocatedError("rule '\(frozen.label)': 'freeze_readout' applies to 'kind: train' only")
        }
        return rules
    }
}
