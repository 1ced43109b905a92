/// A teacher, an initial student and a feedback matrix for one training problem: either the
/// data-aligned task of SPEC 5 (with its bases, so modes can be read off) or a random,
/// non-aligned one (setup LR of SPEC 11).
public struct TeacherStudentTask: Sendable {
    public let teacher: RNNWeights
    public let initialStudent: RNNWeights
    /// RFLO's fixed feedback matrix `F` (N x n_out).
    public let feedback: Matrix
    /// Present for an aligned task.
    public let bases: AlignedBases?

    public init(teacher: RNNWeights, initialStudent: RNNWeights, feedback: Matrix, bases: AlignedBases? = nil) {
        self.teacher = teacher
        self.initialStudent = initialStudent
        self.feedback = feedback
        self.bases = bases
    }

    /// Student, teacher and feedback aligned in `bases`, with the given mode values.
    public static func aligned(bases: AlignedBases, teacherModes: [ModePoint], initialModes: [ModePoint],
                               feedbackGains: [Double]) -> TeacherStudentTask {
        TeacherStudentTask(teacher: bases.weights(modes: teacherModes),
                           initialStudent: bases.weights(modes: initialModes),
                           feedback: bases.feedback(gains: feedbackGains), bases: bases)
    }

    /// Setup LR: teacher `W* = r X / rho(X)` with `X_ij ~ N(0, 1/N)`, `B*_ij ~ N(0, 1/n_in)`,
    /// `C*_ij ~ N(0, 1/N)`; student `W0 = s Y`, `Y_ij ~ N(0, 1/N)`, `B0`, `C0` like the teacher's;
    /// `F_ij ~ N(0, 1/N)`. Drawn in that order from `random`.
    public static func random(hiddenSize n: Int, inputSize: Int, outputSize: Int, teacherRadius: Double,
                              studentScale: Double, random: inout RandomSource) throws -> TeacherStudentTask {
        let hiddenDeviation = (1 / Double(n)).squareRoot(), inputDeviation = (1 / Double(inputSize)).squareRoot()
        let x = random.normalMatrix(rows: n, cols: n, standardDeviation: hiddenDeviation)
        let radius = try LinearAlgebra.spectralRadius(x)
        let teacher = RNNWeights(
            W: x.scaled(by: teacherRadius / radius),
            B: random.normalMatrix(rows: n, cols: inputSize, standardDeviation: inputDeviation),
            C: random.normalMatrix(rows: outputSize, cols: n, standardDeviation: hiddenDeviation))
        let student = RNNWeights(
            W: random.normalMatrix(rows: n, cols: n, standardDeviation: hiddenDeviation).scaled(by: studentScale),
            B: random.normalMatrix(rows: n, cols: inputSize, standardDeviation: inputDeviation),
            C: random.normalMatrix(rows: outputSize, cols: n, standardDeviation: hiddenDeviation))
        let feedback = random.normalMatrix(rows: n, cols: outputSize, standardDeviation: hiddenDeviation)
        return TeacherStudentTask(teacher: teacher, initialStudent: student, feedback: feedback)
    }
}
