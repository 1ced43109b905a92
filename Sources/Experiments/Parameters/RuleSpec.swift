import LinearRNN
import Yams

/// One entry of an experiment's `rules:` list: `bptt`, `tbptt` (with `K`), `rflo` (with
/// `postsynaptic_gain` for tanh networks), optionally with a frozen readout and a label.
struct RuleSpec: Sendable, Equatable {
    enum Kind: String, Sendable, CaseIterable { case bptt, tbptt, rflo }

    var kind: Kind
    var truncation: Int = 1
    var postsynapticGain: Bool = true
    var freezeReadout: Bool = false
    /// The key of this rule in the results.
    var label: String

    static let names = Kind.allCases.map(\.rawValue)

    /// Reads a list of rules: plain names or mappings `{rule: tbptt, K: 3, label: ...}`.
    static func list(from parameters: ParameterMap, key: String = "rules") throws -> [RuleSpec] {
        guard let nodes = try parameters.list(key), !nodes.isEmpty else {
            throw LocatedError("missing '\(parameters.qualified(key))': a list of rules, each one of \(names.joined(separator: ", "))")
        }
        var specs: [RuleSpec] = []
        for (i, node) in nodes.enumerated() {
            let spec = try RuleSpec(node: node, parameters: parameters, path: "\(parameters.qualified(key))[\(i)]")
            if specs.contains(where: { $0.label == spec.label }) {
                throw parameters.error(at: node, "two rules are labelled '\(spec.label)'; give one a different 'label:'")
            }
            specs.append(spec)
        }
        return specs
    }

    private init(node: Node, parameters: ParameterMap, path: String) throws {
        if let name = node.scalar?.string {
            guard let kind = Kind(rawValue: name) else {
                throw parameters.error(at: node, "'\(path)' is '\(name)'; a rule must be one of \(RuleSpec.names.joined(separator: ", ")) (or a mapping with 'rule:')")
            }
            self.kind = kind
            self.label = RuleSpec.defaultLabel(kind: kind, truncation: 1, gain: true, frozen: false)
            return
        }
        let map = try parameters.submap(node, path: path)
        kind = Kind(rawValue: try map.choice("rule", RuleSpec.names))!
        if kind == .tbptt { truncation = try map.int("K", default: 1, allowed: "an integer from 1 to 10000", where: { $0 >= 1 && $0 <= 10_000 }) }
        if kind == .rflo { postsynapticGain = try map.bool("postsynaptic_gain", default: true) }
        freezeReadout = try map.bool("freeze_readout", default: false)
        let fallback = RuleSpec.defaultLabel(kind: kind, truncation: truncation, gain: postsynapticGain, frozen: freezeReadout)
        label = try map.identifier("label") ?? fallback
        try map.rejectUnknownKeys()
    }

    private static func defaultLabel(kind: Kind, truncation: Int, gain: Bool, frozen: Bool) -> String {
        var label = kind.rawValue
        if kind == .tbptt && truncation != 1 { label += "_K\(truncation)" }
        if kind == .rflo && !gain { label += "_no_gain" }
        if frozen { label += "_frozen_C" }
        return label
    }

    func rule(feedback: Matrix) -> any LearningRule {
        switch kind {
        case .bptt: return BPTT()
        case .tbptt: return TruncatedBPTT(horizon: truncation)
        case .rflo: return RFLO(feedback: feedback, postsynapticGain: postsynapticGain)
        }
    }
}
