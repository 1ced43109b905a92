import Experiments

/// Reading nested results for composite plots, with diagnostics at the figure.
extension PlotRequest {
    /// The JSON at a path inside an experiment's result.
    func value(_ path: String, experiment: String) throws -> JSONValue {
        do {
            return try ResultPath("\(experiment).\(path)").value(in: results)
        } catch let e as ResultPathError {
            throw PlotError(e.message)
        }
    }

    /// A list of number lists (one per mode) at a path.
    func series(_ path: String, experiment: String) throws -> [[Double]] {
        guard let rows = try value(path, experiment: experiment).arrayValue else {
            throw PlotError("'\(experiment).\(path)' is not a list of series")
        }
        return rows.map { ($0.arrayValue ?? []).map { $0.doubleValue ?? .nan } }
    }

    /// The rule keys of a result's `rules` object, restricted and ordered by `:rules:`.
    func ruleKeys(experiment: String) throws -> [String] {
        try ruleKeys(try value("rules", experiment: experiment).objectValue?.map(\.0) ?? [], experiment: experiment)
    }

    /// The keys of a typed result's rules, restricted and ordered by `:rules:`.
    func ruleKeys<Value>(_ rules: Keyed<Value>, experiment: String) throws -> [String] {
        try ruleKeys(rules.keys, experiment: experiment)
    }

    private func ruleKeys(_ available: [String], experiment: String) throws -> [String] {
        guard let chosen = list("rules") else { return available }
        for key in chosen where !available.contains(key) {
            throw PlotError("experiment '\(experiment)' has no rule '\(key)'; rules: \(available.joined(separator: ", "))", option: "rules")
        }
        return chosen
    }
}
