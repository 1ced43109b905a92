import Experiments
import Foundation
import Plot
import PlotKinds
import Testing

/// A figure drawing a rule that stopped early ends its curve in a × with a legend row
/// saying where; the rules that ran to the end get none.
struct StoppedRunPlotTests {
    /// RFLO diverges on this task (its slow mode crosses |lambda| = 3); BPTT does not.
    static let results = [
        "e1": try! ExperimentParser.parse(yaml: "kind: modes\nT: 5\nteacher_modes: [[1, 0.8, 1]]\ninitial_modes: [[0.05, 2.99, 0.04]]\nfeedback_modes: [1]\nrules: [bptt, rflo]\ntau: 0.2\nrecords: 10").run { _ in },
    ]

    static func figure(_ options: [String: String]) throws -> Figure {
        try PlotKindRegistry.all["xy"]!.make(PlotRequest(options: options, results: results, failures: [:]))
    }

    /// How many ×s of `StoppedMark` the SVG strokes.
    static func crosses(in svg: String) -> Int {
        let width = String(format: "%g", StoppedMark.strokeWidth)
        return svg.components(separatedBy: "stroke-width:\(width);").count - 1
    }

    @Test func theStoppedRuleEndsInACrossWithALegendNote() throws {
        let tau = try #require(Self.results["e1"]?["rules"]?["rflo"]?["diverged"]?["tau"]?.doubleValue)
        let figure = try Self.figure(["experiment": "e1", "x": "rules.*.tau", "y": "rules.*.loss", "yscale": "log"])
        let scene = figure.scene()
        #expect(scene.panels[0].markKinds == ["line", "line", "stopped"])
        #expect(scene.panels[0].legendLabels == ["BPTT", "RFLO", "RFLO stopped at $\\tau = \(String(format: "%.3g", tau))$"])
        let cross = try #require(figure.panels[0].marks.compactMap { $0 as? StoppedMark }.first)
        let line = try #require(figure.panels[0].marks.compactMap { $0 as? LineMark }.last)
        #expect(cross.x == line.x.last(where: \.isFinite))
        #expect(Self.crosses(in: String(decoding: try figure.svg(), as: UTF8.self)) == 1)
    }

    @Test func rulesThatRanToTheEndHaveNoCross() throws {
        let figure = try Self.figure(["experiment": "e1", "x": "rules.*.tau", "y": "rules.*.loss", "series": "bptt"])
        #expect(figure.scene().panels[0].markKinds == ["line"])
        #expect(Self.crosses(in: String(decoding: try figure.svg(), as: UTF8.self)) == 0)
    }

    /// The mode grid marks the end of every curve of the stopped rule's row, and its one
    /// legend (right of the first row) names the rule and where it stopped.
    @Test func theModeGridCrossesTheStoppedRowAndItsLegendSaysWhere() throws {
        let tau = try #require(Self.results["e1"]?["rules"]?["rflo"]?["diverged"]?["tau"]?.doubleValue)
        let figure = try PlotKindRegistry.all["mode-grid"]!.figure(PlotRequest(options: ["experiment": "e1"], results: Self.results, failures: [:]))
        let crosses = figure.panels.map { panel in panel.marks.compactMap { $0 as? StoppedMark }.filter { $0.x.isFinite }.count }
        #expect(crosses == [0, 0, 0, 0, 1, 1, 1, 1], "one mode: a × per panel of the RFLO row only")
        let rfloLoss = try #require(figure.panels[7].marks.compactMap { $0 as? LineMark }.first)
        let cross = try #require(figure.panels[7].marks.compactMap { $0 as? StoppedMark }.first)
        #expect(cross.x == rfloLoss.x[rfloLoss.y.lastIndex(where: \.isFinite)!])
        let legend = figure.scene().panels[3].legendLabels
        #expect(legend.contains("RFLO stopped at $\\tau = \(String(format: "%.3g", tau))$"))
        #expect(!legend.contains { $0.hasPrefix("BPTT stopped") })
    }
}
