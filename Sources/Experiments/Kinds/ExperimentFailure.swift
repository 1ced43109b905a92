/// Finds a failure recorded inside an experiment's result (a rule that diverged), so callers
/// can report it and set the exit status.
public enum ExperimentFailure {
    /// The first `diverged` entry of a result's rules, as a sentence.
    public static func first(in result: JSONValue) -> String? {
        guard let rules = result["rules"]?.objectValue else { return nil }
        for (label, value) in rules {
            if let divergence = value["diverged"], divergence != .null {
                let reason = divergence["reason"]?.stringValue ?? ""
                if let step = divergence["step"]?.doubleValue { return "rule '\(label)' diverged at step \(Int(step)): \(reason)" }
                return "rule '\(label)' diverged at tau = \(divergence["tau"]?.doubleValue ?? .nan): \(reason)"
            }
        }
        return nil
    }
}
