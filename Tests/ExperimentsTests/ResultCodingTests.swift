import Experiments
import Foundation
import Testing

/// The Codable bridge to `JSONValue` writes what the results export always wrote, and every
/// kind's typed result reads back to the same bytes (as results do from the cache).
struct ResultCodingTests {
    struct Sample: Codable, Equatable {
        var name: String
        var count: Int
        var ratio: Double
        var missing: Double?
        var present: Double?
        var flags: [Bool]
        var nested: Keyed<[Double]>

        enum CodingKeys: String, CodingKey {
            case name, count, ratio, missing, present, flags
            case nested = "by_key"
        }

        static func == (a: Sample, b: Sample) -> Bool {
            a.name == b.name && a.count == b.count && (a.ratio == b.ratio || (a.ratio.isNaN && b.ratio.isNaN))
                && a.missing == b.missing && a.present == b.present && a.flags == b.flags
                && a.nested.keys == b.nested.keys && a.nested.values == b.nested.values
        }
    }

    @Test func keysKeepTheirOrderAndAbsentOptionalsAreNull() throws {
        let sample = Sample(name: "x", count: 3, ratio: .nan, missing: nil, present: 0.25, flags: [true, false],
                            nested: Keyed([("z", [1, 2.5]), ("a", [])]))
        let json = try JSONValueEncoder().encode(sample)
        #expect(json.serialized() == #"{"name": "x", "count": 3, "ratio": null, "missing": null, "present": 0.25, "flags": [true, false], "by_key": {"z": [1, 2.5], "a": []}}"#)
        let back = try JSONValueDecoder().decode(Sample.self, from: try JSONValue.parse(Data(json.serialized().utf8)))
        #expect(back == sample)
        #expect(back.ratio.isNaN && back.missing == nil)
    }

    @Test func mistypedValuesAreRefused() throws {
        #expect(throws: DecodingError.self) { try JSONValueDecoder().decode(Int.self, from: .number(1.5)) }
        #expect(throws: DecodingError.self) { try JSONValueDecoder().decode([Double].self, from: .string("1")) }
    }

    /// Small settings of every kind.
    static let experiments = [
        "kind: truncation\nT: 6\nrandom_points: 2",
        "kind: excursion\nT: 5\nrules: [bptt, rflo]\ntau: 0.5\nrecords: 4\nsamples: 20",
        "kind: flow_field\nT: 5\nrules: [bptt, rflo]\ngrid: 3",
        "kind: plateau\nT: 5\nrules: [bptt, rflo]\neps: [0.1, 0.01]\ndt: 0.01\nfit_below: 0.1\ncurve_tau: 0.2\ncurve_dt: 0.01\nrecords: 4\ntrap_tau: 0.2",
        "kind: stability\nT: 5\nrules: [bptt, rflo]\npoints: 3",
        "kind: rates\nT: 5\nrules: [bptt, rflo]\ntable_T: [3]\ntable_w: [0]\nrflo_f: [1]\nrecords: 4\ntau: 0.5",
        "kind: kernels\nT: 4\nalphas: [1, 0.5]\nrules: [bptt, rflo]\ntau: 0.5\nrecords: 4",
        "kind: sampled_vs_ode\nT: 4\nrules: [bptt, rflo]\nbatch: 2\nsteps: 4\nseeds: [0, 1]",
        "kind: alignment\nT: 4\nrules: [bptt, rflo]\nsteps: 4",
        "kind: modes\nT: 5\nrules: [bptt, rflo]\ntau: 0.2\nrecords: 4",
        "kind: train\nN: 6\nn_in: 2\nn_out: 2\nT: 4\nrules: [bptt, rflo]\neta: 0.01\nsteps: 4",
        "kind: train\nT: 4\ntask: {teacher: aligned}\nrules: [bptt]\ngradient: sampled\nbatch: 2\neta: 0.01\nsteps: 4",
        "kind: fixed_points\nT: 5\nrules: [bptt, rflo]\nstarts: 4",
        "kind: gradient_checks\nT: 3\nsamples: 20\nsequences: 1\ncurve_points: 2",
        "kind: gradient_checks\nT: 3\nsamples: 20\nsequences: 1",
    ]

    @Test func everyKindHasATypedResult() {
        #expect(ExperimentParser.resultTypes.keys.sorted() == ExperimentParser.supportedKinds)
        #expect(Set(Self.experiments.compactMap { $0.split(separator: "\n").first.map(String.init) }).count == ExperimentParser.supportedKinds.count)
    }

    @Test(arguments: experiments)
    func typedResultsReadBackToTheSameBytes(_ yaml: String) throws {
        let experiment = try ExperimentParser.parse(yaml: yaml)
        let text = try experiment.run { _ in }.serialized(pretty: true)
        let reread = try JSONValue.parse(Data(text.utf8))
        let kind = try #require(reread["kind"]?.stringValue)
        let type = try #require(ExperimentParser.resultTypes[kind])
        let typed = try JSONValueDecoder().decode(type, from: reread)
        #expect(try JSONValueEncoder().encode(typed).serialized(pretty: true) == text)
        #expect(!experiment.summary(of: reread).isEmpty)
    }

    @Test func sampledVsODEWritesItsSeedsAsIntegers() throws {
        let yaml = "kind: sampled_vs_ode\nT: 3\nrules: [bptt]\nbatch: 2\nsteps: 2\nseeds: [0, 1, 2, 7]"
        let result = try ExperimentParser.parse(yaml: yaml).run { _ in }
        #expect(result["seeds"]?.serialized() == "[0, 1, 2, 7]")
    }
}
