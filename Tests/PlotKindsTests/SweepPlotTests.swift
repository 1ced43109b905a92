import Experiments
import Foundation
import Plot
import PlotKinds
import Testing

/// `:plot: sweep`: one series per rule or per value of another swept parameter, with error
/// bars or bands from the runs' statistics, and every run as a faint line on request.
struct SweepPlotTests {
    static let yaml = """
        kind: train
        N: 6
        n_in: 2
        n_out: 2
        T: 4
        rules: [bptt, rflo]
        steps: 10
        record_every: 10
        sweep:
          eta: [0.01, 0.02, 0.04]
        seeds: 3
        """

    static let results: [String: JSONValue] = [
        "lr": try! ExperimentParser.parse(yaml: yaml).run { _ in },
        "grid": try! ExperimentParser.parse(yaml: yaml.replacingOccurrences(of: "seeds: 3", with: "  T: [3, 4]\nseeds: 2")).run { _ in },
    ]

    static func figure(_ options: [String: String]) throws -> Figure {
        try PlotKindRegistry.all["sweep"]!.make(PlotRequest(options: options, results: results, failures: [:]))
    }

    static func problem(_ options: [String: String]) -> LocatedError? {
        do { _ = try figure(options) } catch let error as LocatedError { return error } catch {}
        return nil
    }

    @Test func errorBarsPerRuleFromTheRunsStatistics() throws {
        let figure = try Self.figure(["experiment": "lr", "y": "rules.*.final_loss", "yscale": "log"])
        let scene = figure.scene()
        #expect(scene.panels.count == 1)
        let kinds = scene.panels[0].markKinds
        #expect(kinds.filter { $0 == "errorbar" }.count == 2 && kinds.filter { $0 == "line" }.count == 2)
        #expect(scene.panels[0].legendLabels == ["BPTT", "RFLO"])
        // The bars are one standard deviation of the three seeds' final losses.
        let bars = figure.panels[0].marks.compactMap { $0 as? ErrorBarMark }
        let points = try #require(Self.results["lr"]?["points"]?.arrayValue)
        for (r, rule) in ["bptt", "rflo"].enumerated() {
            #expect(bars[r].x == [0.01, 0.02, 0.04])
            for p in 0..<3 {
                let finals = (0..<3).compactMap { points[3 * p + $0]["rules"]?[rule]?["final_loss"]?.doubleValue }
                let mean = finals.reduce(0, +) / 3
                let sd = (finals.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 2).squareRoot()
                #expect(abs(bars[r].y[p] - mean) <= 1e-12 * mean)
                #expect(abs(bars[r].lowerError[p] - sd) <= 1e-9 * sd && abs(bars[r].upperError[p] - sd) <= 1e-9 * sd)
            }
        }
        let svg = String(decoding: try figure.svg(), as: UTF8.self)
        #expect(svg.contains("<svg"))
    }

    @Test func bandsRunsAndSeriesPerParameter() throws {
        let band = try Self.figure(["experiment": "lr", "y": "rules.*.final_loss", "error": "iqr", "style": "band", "runs": "true"]).scene()
        let kinds = band.panels[0].markKinds
        #expect(kinds.filter { $0 == "band" }.count == 2)
        // Two centre lines and three faint run lines per rule.
        #expect(kinds.filter { $0 == "line" }.count == 2 + 2 * 3)
        #expect(!kinds.contains("errorbar"))

        let none = try Self.figure(["experiment": "lr", "y": "rules.bptt.final_loss", "error": "none"]).scene()
        #expect(none.panels[0].markKinds == ["line"])

        let byT = try Self.figure(["experiment": "grid", "y": "rules.bptt.final_loss", "by": "T", "xscale": "log"]).scene()
        #expect(byT.panels[0].legendLabels == ["T = 3", "T = 4"])
        #expect(byT.panels[0].markKinds.filter { $0 == "errorbar" }.count == 2)
    }

    @Test func problemsNameTheirOption() {
        #expect(Self.problem(["experiment": "lr", "y": "rules.*.final_loss", "x": "T"])?.option == "x")
        #expect(Self.problem(["experiment": "grid", "y": "rules.bptt.final_loss"])?.message
                    == "'grid' also sweeps 'T'; draw one series per value with ':by: T'")
        #expect(Self.problem(["experiment": "lr", "y": "rules.*.nothing"])?.option == "y")
        #expect(Self.problem(["experiment": "lr", "y": "rules.*.final_loss", "error": "var"])?.option == "error")
    }
}
