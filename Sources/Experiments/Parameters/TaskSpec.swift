import LinearRNN

/// The `task:` block of a `train` experiment: a random (non-aligned) teacher, setup LR of
/// SPEC 11, or a data-aligned one given by its mode values.
enum TaskSpec: Sendable {
    case random(teacherRadius: Double, studentScale: Double)
    case aligned(bases: AlignedBasesSpec, teacher: [ModePoint], initial: [ModePoint], feedback: [Double])

    /// The most modes an aligned task may have: its N, bounded like a random task's.
    static let maxModes = 4096

    /// Setup A of SPEC 11.
    static let setupA = (
        teacher: [[1, 0.8, 1], [1, 0.4, -0.7], [0.6, -0.6, 1]],
        initial: [[0.05, 0, 0.04], [0.05, 0, -0.03], [0.05, 0, 0.03]],
        feedback: [1, -0.5, 0.3])

    /// Reads `task:`; `sizes` are the experiment's `(N, n_in, n_out)` when given.
    static func read(_ map: ParameterMap?) throws -> TaskSpec {
        guard let map else { return .random(teacherRadius: 0.9, studentScale: 0.5) }
        let teacher = try map.choice("teacher", ["random", "aligned"], default: "random")
        let spec: TaskSpec
        if teacher == "random" {
            spec = .random(
                teacherRadius: try map.double("teacher_radius", default: 0.9, allowed: "a spectral radius in (0, 1)", where: { $0 > 0 && $0 < 1 }),
                studentScale: try map.double("student_scale", default: 0.5, allowed: "a number >= 0", where: { $0 >= 0 }))
        } else {
            let teacherModes = try map.rows("teacher_modes", width: 3, limit: TaskSpec.maxModes, what: "modes (each one unit of N)") ?? setupA.teacher
            let count = teacherModes.count
            let initial = try map.rows("initial_modes", width: 3) ?? Array(setupA.initial.prefix(count))
            let feedback = try map.doubles("feedback_modes", count: count) ?? Array(setupA.feedback.prefix(count))
            guard initial.count == count, feedback.count == count else {
                throw LocatedError("'\(map.qualified("initial_modes"))' and '\(map.qualified("feedback_modes"))' need one entry per teacher mode (\(count))")
            }
            spec = .aligned(bases: try AlignedBasesSpec.read(try map.map("bases"), modes: count),
                            teacher: teacherModes.map(ModePoint.init), initial: initial.map(ModePoint.init), feedback: feedback)
        }
        try map.rejectUnknownKeys()
        return spec
    }

    /// The number of modes of an aligned task (its N = n_in = n_out).
    var modeCount: Int? {
        if case let .aligned(_, teacher, _, _) = self { return teacher.count }
        return nil
    }

    func build(hiddenSize: Int, inputSize: Int, outputSize: Int, seed: UInt64) throws -> TeacherStudentTask {
        switch self {
        case let .random(radius, scale):
            var random = RandomSource.derived(seed: seed, stream: 1)
            return try TeacherStudentTask.random(hiddenSize: hiddenSize, inputSize: inputSize, outputSize: outputSize,
                                                 teacherRadius: radius, studentScale: scale, random: &random)
        case let .aligned(bases, teacher, initial, feedback):
            return TeacherStudentTask.aligned(bases: bases.bases, teacherModes: teacher, initialModes: initial,
                                              feedbackGains: feedback)
        }
    }
}

/// Householder vectors for the aligned bases `U`, `V`, `P`; setup A's by default.
struct AlignedBasesSpec: Sendable {
    var u: [Double], v: [Double], p: [Double]

    var bases: AlignedBases { AlignedBases(householderU: u, v: v, p: p) }

    static func read(_ map: ParameterMap?, modes: Int) throws -> AlignedBasesSpec {
        let defaults = modes == 3 ? [[1, 2, 3], [1, -1, 0.5], [0.3, 1, -2]] : defaultVectors(modes: modes)
        guard let map else { return AlignedBasesSpec(u: defaults[0], v: defaults[1], p: defaults[2]) }
        let spec = AlignedBasesSpec(u: try map.doubles("U", count: modes) ?? defaults[0],
                                    v: try map.doubles("V", count: modes) ?? defaults[1],
                                    p: try map.doubles("P", count: modes) ?? defaults[2])
        for (name, vector) in [("U", spec.u), ("V", spec.v), ("P", spec.p)] where vector.allSatisfy({ $0 == 0 }) {
            throw LocatedError("'\(map.qualified(name))' must not be the zero vector (it defines a Householder reflection)")
        }
        try map.rejectUnknownKeys()
        return spec
    }

    /// Householder vectors for sizes other than setup A's 3: `(1, 2, ..., n)`, alternating
    /// signs, and a shifted ramp.
    private static func defaultVectors(modes: Int) -> [[Double]] {
        let ramp: [Double] = (0..<modes).map { Double($0) + 1 }
        let alternating: [Double] = ramp.enumerated().map { $0.offset % 2 == 0 ? $0.element : -$0.element }
        let shifted: [Double] = ramp.map { $0 + 0.5 }
        return [ramp, alternating, shifted]
    }
}
