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

/// `task_seed` draws the task, `data_seed` the sequences, `seed` both.
struct SeedSplitTests {
    static let sampled = """
        kind: train
        N: 8
        n_in: 2
        n_out: 2
        T: 4
        rules: [bptt]
        gradient: sampled
        batch: 4
        eta: 0.01
        steps: 10
        """

    static func run(_ seeds: String) throws -> JSONValue {
        try ExperimentParser.parse(yaml: sampled + "\n" + seeds).run { _ in }
    }

    @Test func seedIsAShorthandForBoth() throws {
        let shorthand = try Self.run("seed: 3")
        let both = try Self.run("task_seed: 3\ndata_seed: 3")
        #expect(shorthand.serialized() == both.serialized())
        #expect(shorthand["parameters"]?["seed"] == .number(3))
        #expect(shorthand["parameters"]?["task_seed"] == nil)
    }

    @Test func taskAndDataSeedsAreIndependent() throws {
        let base = try Self.run("task_seed: 1\ndata_seed: 1")
        let otherData = try Self.run("task_seed: 1\ndata_seed: 2")
        let otherTask = try Self.run("task_seed: 2\ndata_seed: 1")
        // The initial loss depends on the task only; the trajectory on both.
        #expect(otherData["initial_loss"] == base["initial_loss"])
        #expect(otherData["rules"]?["bptt"]?["final_loss"] != base["rules"]?["bptt"]?["final_loss"])
        #expect(otherTask["initial_loss"] != base["initial_loss"])
        #expect(otherData["parameters"]?["task_seed"] == .number(1) && otherData["parameters"]?["data_seed"] == .number(2))
        #expect(otherData["parameters"]?["seed"] == nil)
        let decoded = try JSONValueDecoder().decode(TrainResult.self, from: otherData)
        #expect(decoded.parameters.taskSeed == 1 && decoded.parameters.dataSeed == 2)
    }

    @Test func seedAndASplitSeedConflict() throws {
        do {
            _ = try ExperimentParser.parse(yaml: Self.sampled + "\nseed: 1\ndata_seed: 2")
            Issue.record("expected an error")
        } catch let error as LocatedError {
            #expect(error.message.contains("'data_seed' and 'seed' are both given"))
            #expect(error.place == .text(line: 12, column: 12))
        }
    }

    /// `seeds:` varies the seed the experiment leaves free.
    @Test func sweepSeedsSetTheFreeSeed() throws {
        let sweep = try #require(try ExperimentParser.parse(yaml: Self.sampled + "\ntask_seed: 4\nseeds: 2") as? Sweep)
        #expect(sweep.seedKey == "data_seed")
        let result = try sweep.run { _ in }
        let points = try #require(result["points"]?.arrayValue)
        #expect(points.map { $0["parameters"]?["task_seed"] } == [.number(4), .number(4)])
        #expect(points.map { $0["parameters"]?["data_seed"] } == [.number(0), .number(1)])
        #expect(points[0]["initial_loss"] == points[1]["initial_loss"])
    }
}
