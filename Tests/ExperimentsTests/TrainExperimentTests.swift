import Experiments
import Testing

/// The `train` kind end to end: result structure, determinism, divergence, and alignment
/// staying exact in population mode.
struct TrainExperimentTests {
    static func run(_ yaml: String) throws -> JSONValue {
        try ExperimentParser.parse(yaml: yaml).run { _ in }
    }

    @Test func resultsAreDeterministicAndComplete() throws {
        let yaml = """
            kind: train
            N: 12
            n_in: 3
            n_out: 2
            T: 6
            rules: [bptt, tbptt, rflo]
            gradient: sampled
            batch: 8
            eta: 0.01
            steps: 30
            record_every: 10
            seed: 4
            """
        let first = try Self.run(yaml)
        let second = try Self.run(yaml)
        #expect(first.serialized() == second.serialized())
        let rflo = try #require(first["rules"]?["rflo"])
        #expect(rflo["steps"]?.arrayValue?.compactMap(\.doubleValue) == [0, 10, 20, 30])
        #expect(rflo["loss"]?.arrayValue?.count == 4)
        #expect((rflo["W_change"]?["ratios"]?.arrayValue?[2].doubleValue ?? 1) < 1e-10)
        #expect(rflo["diverged"] == .null)
        let other = try Self.run(yaml.replacingOccurrences(of: "seed: 4", with: "seed: 5"))
        #expect(other.serialized() != first.serialized())
    }

    @Test func divergenceIsRecordedWithRuleAndStep() throws {
        let result = try Self.run("""
            kind: train
            N: 6
            n_in: 2
            n_out: 2
            T: 5
            rules: [bptt]
            eta: 50
            steps: 100
            """)
        let failure = try #require(ExperimentFailure.first(in: result))
        #expect(failure.description.contains("rule 'bptt' diverged at step"))
    }

    @Test func populationTrainingOnAnAlignedTaskStaysAligned() throws {
        let result = try Self.run("""
            kind: train
            T: 10
            task: {teacher: aligned}
            rules: [bptt, tbptt, rflo]
            eta: 0.001
            steps: 500
            record_every: 50
            """)
        for (label, rule) in try #require(result["rules"]?.objectValue) {
            let leakage = rule["leakage"]?.arrayValue?.compactMap(\.doubleValue) ?? [1]
            #expect(leakage.max()! < 1e-10, "\(label)")
            let loss = rule["loss"]?.arrayValue?.compactMap(\.doubleValue) ?? []
            #expect(loss.last! < loss.first!, "\(label)")
        }
    }
}
