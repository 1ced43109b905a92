/// Several independent aligned modes, each with its own teacher and rule (for RFLO its own
/// feedback gain `f`). The state is the flat list `[b_1, w_1, c_1, b_2, w_2, c_2, ...]`; the
/// total loss is the sum of the per-mode losses (SPEC 5.4).
public struct MultiModeSystem: Sendable {
    public let modes: [ModeProblem]
    public let rules: [ModeRule]

    public init(modes: [ModeProblem], rules: [ModeRule]) {
        precondition(modes.count == rules.count && !modes.isEmpty, "one rule per mode, at least one mode")
        self.modes = modes
        self.rules = rules
    }

    /// A single mode under one rule.
    public init(mode: ModeProblem, rule: ModeRule) { self.init(modes: [mode], rules: [rule]) }

    /// The per-mode points of a flat state.
    public func points(_ state: [Double]) -> [ModePoint] {
        precondition(state.count == 3 * modes.count, "state must hold (b, w, c) for each of \(modes.count) modes")
        return modes.indices.map { ModePoint(Array(state[(3 * $0)..<(3 * $0 + 3)])) }
    }

    /// The flat state of per-mode points.
    public static func state(_ points: [ModePoint]) -> [Double] { points.flatMap(\.components) }

    /// The flat descent direction (the ODE right-hand side).
    public func direction(_ state: [Double]) -> [Double] {
        Self.state(zip(zip(modes, rules), points(state)).map { pair, p in pair.0.direction(of: pair.1, at: p) })
    }

    /// The total loss `sum_a L_a`.
    public func loss(_ state: [Double]) -> Double {
        zip(modes, points(state)).reduce(0) { $0 + $1.0.loss(at: $1.1) }
    }

    /// The vector field for the integrators.
    public var field: VectorField { { self.direction($0) } }

    /// The loss of the zero student (`c = 0` in every mode): the teacher's output energy
    /// `sum_a L_Z,a`, which does not vanish near an optimum.
    public var zeroStudentLoss: Double { modes.reduce(0) { $0 + $1.saddleLoss } }

    /// SPEC 10: diverged when any `|lambda| > 3`, any parameter is not finite, or the loss
    /// exceeds `1e6 max(initialLoss, L_zero)` (`L_zero`: `zeroStudentLoss`), so that a start
    /// next to an optimum may climb several decades and still converge.
    public func divergenceGuard(initialLoss: Double) -> DivergenceGuard {
        let system = self
        let scale = max(initialLoss, zeroStudentLoss)
        return DivergenceGuard { state in
            guard state.allSatisfy(\.isFinite) else { return "non-finite parameter" }
            for (mode, p) in zip(system.modes, system.points(state)) where abs(mode.lambda(at: p)) > 3 {
                return "|lambda| = \(abs(mode.lambda(at: p))) > 3"
            }
            let loss = system.loss(state)
            if scale > 0, loss > 1e6 * scale { return "loss \(loss) > 1e6 max(L0, L_zero)" }
            return nil
        }
    }
}
