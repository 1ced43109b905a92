/// An autonomous vector field `d state / d tau = field(state)`.
public typealias VectorField = ([Double]) -> [Double]

/// Decides when a run has diverged (SPEC 10): returns a reason, or `nil` while the state is
/// acceptable. Integrators check it after every accepted step and stop instead of crashing.
public struct DivergenceGuard: Sendable {
    public let check: @Sendable ([Double]) -> String?

    public init(check: @escaping @Sendable ([Double]) -> String?) { self.check = check }

    /// Only rejects non-finite states.
    public static let finiteOnly = DivergenceGuard { state in
        state.allSatisfy(\.isFinite) ? nil : "non-finite state"
    }
}

/// How an integration ended.
public enum ODEOutcome: Sendable, Equatable {
    case completed
    /// Stopped at `time` for `reason` (divergence guard, step-size underflow, step limit).
    case diverged(time: Double, reason: String)
}

/// One recorded state of a trajectory.
public struct ODESample: Sendable, Equatable {
    public let time: Double
    public let state: [Double]
}

/// A recorded trajectory: the requested samples (always including the start and the last
/// state reached) and how the run ended.
public struct ODESolution: Sendable {
    public let samples: [ODESample]
    public let outcome: ODEOutcome
    /// Accepted and rejected steps (fixed-step methods reject none).
    public let acceptedSteps: Int
    public let rejectedSteps: Int

    public var final: ODESample { samples[samples.count - 1] }
    public var diverged: Bool { outcome != .completed }
}
