@testable import Experiments
import LinearRNN
import Testing

/// What each seed draws: in `train`, `task_seed` the teacher, initial student and feedback
/// and `data_seed` the sequences, so the same task seed with another data seed trains the
/// same teacher on other data; in `sampled_vs_ode` (an aligned task, drawn from no seed)
/// each of `seeds:` draws only the data.
struct SeedScopeTests {
    static let sampled = SeedSplitTests.sampled

    static func task(_ seeds: String) throws -> TeacherStudentTask {
        let experiment = try #require(try ExperimentParser.parse(yaml: sampled + "\n" + seeds) as? TrainExperiment)
        return try experiment.task.build(hiddenSize: experiment.hiddenSize, inputSize: experiment.inputSize,
                                         outputSize: experiment.outputSize, seed: experiment.seeds.task)
    }

    @Test func sameTaskSeedOtherDataSeedIsTheSameTeacherOnOtherData() throws {
        let a = try Self.task("task_seed: 1\ndata_seed: 1"), b = try Self.task("task_seed: 1\ndata_seed: 2")
        #expect(a.teacher == b.teacher && a.initialStudent == b.initialStudent && a.feedback == b.feedback)
        #expect(try Self.task("task_seed: 2\ndata_seed: 1").teacher != a.teacher)
        // Same teacher, other sequences: the same start, other sampled-gradient trajectories.
        let runA = try SeedSplitTests.run("task_seed: 1\ndata_seed: 1"), runB = try SeedSplitTests.run("task_seed: 1\ndata_seed: 2")
        #expect(runA["rules"]?["bptt"]?["loss"]?.arrayValue?.first == runB["rules"]?["bptt"]?["loss"]?.arrayValue?.first)
        #expect(runA["rules"]?["bptt"]?["loss"] != runB["rules"]?["bptt"]?["loss"])
    }

    @Test func sweepSeedsCanVaryTheDataOnly() throws {
        let sweep = try #require(try ExperimentParser.parse(yaml: Self.sampled + "\ntask_seed: 4\nseeds: 3") as? Sweep)
        let tasks = try sweep.runs.map { run -> TeacherStudentTask in
            let e = try #require(run.experiment as? TrainExperiment)
            #expect(e.seeds.task == 4)
            return try e.task.build(hiddenSize: e.hiddenSize, inputSize: e.inputSize, outputSize: e.outputSize, seed: e.seeds.task)
        }
        #expect(tasks.allSatisfy { $0.teacher == tasks[0].teacher })
        let points = try #require(try sweep.run { _ in }["points"]?.arrayValue)
        let finals = points.compactMap { $0["rules"]?["bptt"]?["final_loss"]?.doubleValue }
        #expect(Set(finals).count == 3)
    }

    @Test func sampledVsODESeedsDrawTheDataOnTheOneAlignedTask() throws {
        let result = try ExperimentParser.parse(yaml: "kind: sampled_vs_ode\nT: 4\nrules: [bptt]\nbatch: 2\nsteps: 20\nseeds: [0, 1]").run { _ in }
        let curves = try #require(result["rules"]?["bptt"]?["loss"]?.arrayValue)
        #expect(curves.count == 2)
        #expect(curves[0].arrayValue?.first == curves[1].arrayValue?.first)
        #expect(curves[0] != curves[1])
        #expect(throws: LocatedError.self) {
            try ExperimentParser.parse(yaml: "kind: sampled_vs_ode\nT: 4\nrules: [bptt]\ntask_seed: 1")
        }
    }
}
