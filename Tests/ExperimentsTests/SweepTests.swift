import Experiments
import Foundation
import LinearRNN
import Testing

/// `sweep:`, `zip:` and `seeds:`: points and runs, positioned errors, the combined result
/// and its summary statistics, and a population sweep against the per-mode Euler map.
struct SweepTests {
    static let aligned = """
        kind: train
        task: {teacher: aligned}
        T: 5
        rules: [bptt, rflo]
        steps: 40
        record_every: 40
        """

    func sweep(_ yaml: String) throws -> Sweep {
        try #require(try ExperimentParser.parse(yaml: yaml) as? Sweep)
    }

    func error(_ yaml: String) -> LocatedError? {
        do {
            _ = try ExperimentParser.parse(yaml: yaml)
            return nil
        } catch {
            return error as? LocatedError
        }
    }

    @Test func cartesianProductWithSeedsAndZip() throws {
        let product = try sweep(Self.aligned + "\nsweep:\n  eta: [0.01, 0.02]\n  T: [3, 4, 5]\nseeds: 2")
        #expect(product.runs.count == 12)
        #expect(product.pointValues.count == 6)
        // The last parameter varies fastest; the seeds of a point are next to each other.
        #expect(product.pointValues[1] == [.number(0.01), .number(4)])
        #expect(product.runs.map(\.point) == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
        #expect(product.runs.map(\.seed) == [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1])
        #expect(product.runs[3].parameters.contains("T: 4") && product.runs[3].parameters.contains("seed: 1"))
        #expect(!product.runs[3].parameters.contains("sweep"))

        let zipped = try sweep(Self.aligned + "\nsweep:\n  eta: [0.01, 0.02]\n  T: [3, 4]\nzip: true\nseeds: [7]")
        #expect(zipped.pointValues == [[.number(0.01), .number(3)], [.number(0.02), .number(4)]])
        #expect(zipped.runs.map(\.seed) == [7, 7])
    }

    @Test func dottedNamesReachNestedKeys() throws {
        let s = try sweep("""
            kind: train
            N: 6
            n_in: 2
            n_out: 2
            T: 4
            rules: [bptt]
            eta: 0.01
            steps: 5
            sweep:
              task.teacher_radius: [0.5, 0.8]
            """)
        #expect(s.runs[1].parameters.contains("teacher_radius: 0.8"))
        let result = try s.run { _ in }
        #expect(result["values"]?["task"]?["teacher_radius"] == .array([.number(0.5), .number(0.8)]))
        #expect(result["points"]?.arrayValue?[1]["sweep"]?["values"]?["task"]?["teacher_radius"] == .number(0.8))
    }

    @Test func mistakesArePositioned() throws {
        let unknown = try #require(error(Self.aligned + "\neta: 0.01\nsweep:\n  etta: [0.01, 0.02]"))
        #expect(unknown.message.contains("unknown key 'etta'"))
        #expect(unknown.place == .text(line: 9, column: 3))

        let nested = try #require(error(Self.aligned + "\neta: 0.01\nsweep:\n  task.radius: [0.5]"))
        #expect(nested.message.contains("unknown key 'task.radius'"))
        #expect(nested.place == .text(line: 9, column: 3))

        let empty = try #require(error(Self.aligned + "\nsweep:\n  eta: []"))
        #expect(empty.message.contains("'sweep.eta' is an empty list"))
        #expect(empty.place == .text(line: 8, column: 8))

        let unequal = try #require(error(Self.aligned + "\nsweep:\n  eta: [0.01, 0.02]\n  T: [3, 4, 5]\nzip: true"))
        #expect(unequal.message.contains("'sweep.T' has 3 values but 'sweep.eta' has 2"))
        #expect(unequal.place == .text(line: 9, column: 3))

        let badValue = try #require(error(Self.aligned + "\nsweep:\n  eta: [0.01, -1]"))
        #expect(badValue.message.contains("'eta' is '-1'"))
        #expect(badValue.place == .text(line: 8, column: 15))

        let seeds = try #require(error(Self.aligned + "\neta: 0.01\nseed: 3\nseeds: 2"))
        #expect(seeds.message.contains("remove 'seed'"))
        #expect(seeds.place == .text(line: 9, column: 1))

        let noSeed = try #require(error("kind: modes\nT: 5\nrules: [bptt]\ntau: 1\nseeds: 3"))
        #expect(noSeed.message.contains("'seeds' sets 'seed', which this kind does not take"))
        #expect(noSeed.place == .text(line: 5, column: 1))

        let notAList = try #require(error(Self.aligned + "\nsweep:\n  eta: 0.01"))
        #expect(notAList.message.contains("must be a list"))
    }

    @Test func summaryStatisticsMatchDirectFormulas() throws {
        let values = [4.0, 1, 8, 2]
        let s = try #require(SummaryStatistics(values))
        let mean = (4.0 + 1 + 8 + 2) / 4
        let sd = (((4 - mean) * (4 - mean) + (1 - mean) * (1 - mean) + (8 - mean) * (8 - mean) + (2 - mean) * (2 - mean)) / 3).squareRoot()
        #expect(s.mean == mean)
        #expect(abs(s.sd! - sd) < 1e-15)
        #expect(abs(s.se! - sd / 2) < 1e-15)
        #expect(s.min == 1 && s.max == 8)
        // Sorted 1, 2, 4, 8: positions 0.75, 1.5 and 2.25 between order statistics.
        #expect(s.q1 == 1.75 && s.median == 3 && s.q3 == 5)
        let one = try #require(SummaryStatistics([2, .nan]))
        #expect(one.count == 1 && one.sd == nil && one.median == 2)
        #expect(SummaryStatistics([.nan]) == nil)
    }

    /// Seeds change a random task; the summary of each point is checked against the
    /// statistics of its runs' numbers computed here.
    @Test func summaryOverSeedsOfEveryNumber() throws {
        let s = try sweep("""
            kind: train
            N: 6
            n_in: 2
            n_out: 2
            T: 4
            rules: [bptt, rflo]
            steps: 10
            record_every: 5
            sweep:
              eta: [0.01, 0.03]
            seeds: [0, 1, 2, 3, 4]
            """)
        let result = try s.run { _ in }
        let points = try #require(result["points"]?.arrayValue)
        let summary = try #require(result["summary"]?.arrayValue)
        #expect(points.count == 10 && summary.count == 2)
        for p in 0..<2 {
            let runs = points[(5 * p)..<(5 * p + 5)]
            #expect(runs.map { $0["sweep"]?["seed"]?.doubleValue } == [0, 1, 2, 3, 4])
            #expect(summary[p]["runs"] == .array((0..<5).map { .number(Double(5 * p + $0)) }))
            #expect(summary[p]["count"] == .number(5))
            for rule in ["bptt", "rflo"] {
                let finals = runs.compactMap { $0["rules"]?[rule]?["final_loss"]?.doubleValue }
                #expect(finals.count == 5 && Set(finals).count == 5)
                let mean = finals.reduce(0, +) / 5
                let sd = (finals.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 4).squareRoot()
                let sorted = finals.sorted()
                func stat(_ name: String) -> Double? { summary[p][name]?["rules"]?[rule]?["final_loss"]?.doubleValue }
                #expect(abs(stat("mean")! - mean) <= 1e-12 * abs(mean))
                #expect(abs(stat("sd")! - sd) <= 1e-9 * sd)
                #expect(abs(stat("se")! - sd / 5.0.squareRoot()) <= 1e-9 * sd)
                #expect(stat("min") == sorted[0] && stat("max") == sorted[4] && stat("median") == sorted[2])
                #expect(stat("q1") == sorted[1] && stat("q3") == sorted[3])
                // Lists are summarised element by element.
                let secondLoss = runs.compactMap { $0["rules"]?[rule]?["loss"]?.arrayValue?[1].doubleValue }
                let listMean = summary[p]["mean"]?["rules"]?[rule]?["loss"]?.arrayValue?[1].doubleValue
                #expect(abs(listMean! - secondLoss.reduce(0, +) / 5) <= 1e-12 * listMean!)
            }
            // Strings are not summarised.
            #expect(summary[p]["mean"]?["kind"] == nil)
            #expect(summary[p]["mean"]?["parameters"]?["eta"] == .number(p == 0 ? 0.01 : 0.03))
        }
    }

    /// A population sweep over eta on an aligned task: every point's modes equal the
    /// per-mode Euler map `theta += eta * D` of the learning core with that eta.
    @Test func populationSweepMatchesPerModeEuler() throws {
        let etas = [0.005, 0.01, 0.02]
        let s = try sweep(Self.aligned + "\nsweep:\n  eta: [0.005, 0.01, 0.02]")
        let result = try s.run { _ in }
        let points = try #require(result["points"]?.arrayValue)
        #expect(points.count == 3)
        let teacher: [[Double]] = [[1, 0.8, 1], [1, 0.4, -0.7], [0.6, -0.6, 1]]
        let initial: [[Double]] = [[0.05, 0, 0.04], [0.05, 0, -0.03], [0.05, 0, 0.03]]
        let feedback = [1, -0.5, 0.3]
        let problems = teacher.map { ModeProblem(teacher: ModePoint($0), horizon: 5) }
        for (eta, point) in zip(etas, points) {
            #expect(point["parameters"]?["eta"] == .number(eta))
            for (rule, modeRules) in [("bptt", [ModeRule.bptt, .bptt, .bptt]), ("rflo", feedback.map { ModeRule.rflo(feedback: $0) })] {
                let system = MultiModeSystem(modes: problems, rules: modeRules)
                var state = MultiModeSystem.state(initial.map(ModePoint.init))
                for _ in 0..<40 { state = zip(state, system.direction(state)).map { $0 + eta * $1 } }
                let modes = try #require(point["rules"]?[rule]?["modes"])
                for m in 0..<3 {
                    for (c, name) in ["b", "w", "c"].enumerated() {
                        let recorded = try #require(modes[name]?.arrayValue?[m].arrayValue?.last?.doubleValue)
                        #expect(abs(recorded - state[3 * m + c]) < 1e-9, "\(rule) eta \(eta) mode \(m) \(name)")
                    }
                }
            }
        }
        // Learning is faster with a larger eta over the same number of steps.
        let finals = try ResultPath("s.points[*].rules.bptt.final_loss").numbers(in: ["s": result])
        #expect(finals.count == 3 && finals[0] > finals[1] && finals[1] > finals[2])
    }

    @Test func everyItemOfAListInAPath() throws {
        let results: [String: JSONValue] = ["s": .object([("points", .array([
            .object([("x", .array([.number(1), .number(2)]))]),
            .object([("x", .array([.number(3), .number(4)]))]),
        ]))])]
        #expect(try ResultPath("s.points[*].x[1]").numbers(in: results) == [2, 4])
        #expect(try ResultPath("s.points[1].x[*]").numbers(in: results) == [3, 4])
        #expect(throws: LocatedError.self) { try ResultPath("s.points[*].y").value(in: results) }
    }
}
