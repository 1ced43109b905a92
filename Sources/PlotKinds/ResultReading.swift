import Experiments

/// Reading typed results for composite plots, with diagnostics at the figure.
extension PlotRequest {
    /// The keys of a result's rules, restricted and ordered by `:rules:`.
    func ruleKeys<Value>(_ rules: Keyed<Value>, experiment: String) throws -> [String] {
        guard let chosen = list("rules") else { return rules.keys }
        for key in chosen where rules[key] == nil {
            throw LocatedError("experiment '\(experiment)' has no rule '\(key)'; rules: \(rules.keys.joined(separator: ", "))", option: "rules")
        }
        return chosen
    }
}
