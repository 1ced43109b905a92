import LinearRNN

/// A run inside an experiment that stopped early: which rule, at which step or time, and why.
/// The experiment's result still stands (and is cached): the other rules' values stay usable,
/// and callers report the stopped rule as a warning.
public struct ExperimentFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the run stopped: a training step or an ODE time `tau`.
    public enum Position: Sendable, Equatable {
        case step(Int)
        case tau(Double)
    }

    /// The rule's key in the results.
    public let rule: String
    public let position: Position
    public let reason: String

    init(rule: String, position: Position, reason: String) {
        self.rule = rule
        self.position = position
        self.reason = reason
    }

    public var description: String {
        switch position {
        case let .step(step): return "rule '\(rule)' diverged at step \(step): \(reason)"
        case let .tau(tau): return "rule '\(rule)' diverged at tau = \(tau): \(reason)"
        }
    }

    /// The failure recorded in an encoded result, read through the typed result of its kind.
    public static func first(in result: JSONValue) -> ExperimentFailure? {
        guard let kind = result["kind"]?.stringValue, let type = ExperimentParser.resultTypes[kind] else { return nil }
        return (try? JSONValueDecoder().decode(type, from: result))?.failure
    }

    /// The first rule of `rules` whose run stopped, by the divergence each one records.
    static func first<Value>(in rules: Keyed<Value>, _ divergence: (Value) -> (any Divergence)?) -> ExperimentFailure? {
        for (rule, value) in rules.entries {
            if let d = divergence(value) { return ExperimentFailure(rule: rule, position: d.position, reason: d.reason) }
        }
        return nil
    }
}

/// How a result records a run that stopped early (its `diverged` object).
protocol Divergence: Sendable {
    var position: ExperimentFailure.Position { get }
    var reason: String { get }
}

/// `{"step": n, "reason": ...}`: a training run stopped at step `n`.
public struct StepDivergence: Codable, Sendable, Divergence {
    public let step: Int
    public let reason: String
    var position: ExperimentFailure.Position { .step(step) }
}

/// `{"tau": t, "reason": ...}`: an ODE run stopped at time `t`.
public struct TimeDivergence: Codable, Sendable, Divergence {
    public let tau: Double
    public let reason: String
    var position: ExperimentFailure.Position { .tau(tau) }

    /// The divergence of an ODE run; `nil` when it reached its end.
    init?(_ outcome: ODEOutcome) {
        guard case let .diverged(time, reason) = outcome else { return nil }
        tau = time
        self.reason = reason
    }
}
