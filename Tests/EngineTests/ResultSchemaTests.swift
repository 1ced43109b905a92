import Engine
import Experiments
import Foundation
import Testing

/// Cached results are reused while `ResultCache.coreVersion` stays the same, so a change to
/// any kind's encoded result (a key added, renamed, moved or retyped) must come with a new
/// version. The key structure of each kind's result is recorded here next to the version;
/// when it changes, bump `coreVersion` and record the new fingerprints under it.
struct ResultSchemaTests {
    static let recorded: (version: String, fingerprints: [String: String]) = ("linear-rnn-3", [
        "alignment": "74dad216b5b5134ccaeb964aa4aac3b8",
        "excursion": "1bc1295aba99ff252efcc8af5202410e",
        "fixed_points": "26e21191b7f2eebebd3862582fad8638",
        "flow_field": "780ee2d0775a87ded5b8eed1374cd720",
        "gradient_checks": "4e3b7854f12a5e0c680751d87b4a417b",
        "kernels": "a72d32c40df31786ede8e04dddcbca61",
        "modes": "5909c65aac3f15c94ba5f6731d1504f5",
        "plateau": "c7c09cf776b6eb6d0c3315393e7a075d",
        "rates": "077d0f49d8d6bdd8d42e71cd54d9b64c",
        "sampled_vs_ode": "9214911e4a31aa75345f3dc6dd236948",
        "stability": "152cd245e003f3aa5e0220bea50e7454",
        "train": "b5f38fe1926e2842516c81086bd88ff7",
        "train-aligned": "c4e52b73fbb2417b1133a50e8e326a50",
        "train-sampled": "c4840b617354aaecbc5ca8ee809c44b9",
        "truncation": "de69ee1469b40393dfb8934bd621c63d",
    ])

    /// Small settings of every kind, with every optional part of its result present.
    static let experiments: [String: String] = [
        "train": "kind: train\nN: 6\nn_in: 2\nn_out: 2\nT: 4\nrules: [bptt, rflo]\neta: 0.01\nsteps: 4",
        "train-aligned": "kind: train\nT: 4\ntask: {teacher: aligned}\nrules: [bptt]\neta: 0.01\nsteps: 4",
        "train-sampled": "kind: train\nN: 4\nn_in: 2\nn_out: 2\nT: 3\nrules: [tbptt]\ngradient: sampled\nbatch: 2\neta: 0.01\nsteps: 2",
        "modes": "kind: modes\nT: 5\nrules: [bptt, rflo]\ntau: 0.2\nrecords: 4",
        "gradient_checks": "kind: gradient_checks\nT: 3\nsamples: 20\nsequences: 1\ncurve_points: 2",
        "flow_field": "kind: flow_field\nT: 5\nrules: [bptt, rflo]\ngrid: 3",
        "fixed_points": "kind: fixed_points\nT: 5\nrules: [bptt, rflo]\nstarts: 4",
        "plateau": "kind: plateau\nT: 5\nrules: [bptt, rflo]\neps: [0.1, 0.01]\ndt: 0.01\nfit_below: 0.1\ncurve_tau: 0.2\ncurve_dt: 0.01\nrecords: 4\ntrap_tau: 0.2",
        "stability": "kind: stability\nT: 5\nrules: [bptt, rflo]\npoints: 3",
        "excursion": "kind: excursion\nT: 5\nrules: [bptt, rflo]\ntau: 0.5\nrecords: 4\nsamples: 20",
        "rates": "kind: rates\nT: 5\nrules: [bptt, rflo]\ntable_T: [3]\ntable_w: [0]\nrflo_f: [1]\nrecords: 4\ntau: 0.5",
        "truncation": "kind: truncation\nT: 4\nrandom_points: 1",
        "kernels": "kind: kernels\nT: 4\nalphas: [1]\nrules: [bptt, rflo]\ntau: 0.5\nrecords: 4",
        "sampled_vs_ode": "kind: sampled_vs_ode\nT: 4\nrules: [bptt]\nbatch: 2\nsteps: 4\nseeds: [0]",
        "alignment": "kind: alignment\nT: 4\nrules: [bptt, rflo]\nsteps: 4",
    ]

    /// Keys in order and the type of every value; lists give the union of their items' shapes.
    static func shape(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "bool"
        case .number: return "number"
        case .string: return "string"
        case let .array(items):
            var seen: [String] = []
            for item in items { let s = shape(item); if !seen.contains(s) { seen.append(s) } }
            return "[" + seen.joined(separator: "|") + "]"
        case let .object(pairs):
            return "{" + pairs.map { "\($0.0): \(shape($0.1))" }.joined(separator: ", ") + "}"
        }
    }

    static func fingerprints() throws -> [String: String] {
        try experiments.mapValues { yaml in
            ContentHash.hex(shape(try ExperimentParser.parse(yaml: yaml).run { _ in }))
        }
    }

    @Test func resultEncodingMatchesTheCoreVersion() throws {
        let current = try Self.fingerprints()
        #expect(ResultCache.coreVersion == Self.recorded.version,
                "coreVersion changed: record the fingerprints under the new version")
        for (name, fingerprint) in current.sorted(by: { $0.key < $1.key }) {
            #expect(Self.recorded.fingerprints[name] == fingerprint,
                    "the encoded result of '\(name)' changed (now \(fingerprint)): bump ResultCache.coreVersion and record it")
        }
    }
}
