import Experiments
import Foundation
import Graphics
import Plot
import PlotKinds
import Testing

/// `:plot: xy` over several experiments on one axes, with labels, colours, limits and the
/// legend's place.
struct XYPlotTests {
    static func modes(_ tau: String) -> JSONValue {
        try! ExperimentParser.parse(yaml: "kind: modes\nT: 5\nteacher_modes: [[1, 0.8, 1]]\ninitial_modes: [[0.05, 0, 0.04]]\nfeedback_modes: [1]\nrules: [bptt, rflo]\ntau: \(tau)\nrecords: 10").run { _ in }
    }

    static let results = ["a": modes("1"), "b": modes("2")]

    static func figure(_ options: [String: String]) throws -> Figure {
        try PlotKindRegistry.all["xy"]!.make(PlotRequest(options: options, results: results, failures: [:]))
    }

    static func problem(_ options: [String: String]) -> LocatedError? {
        do { _ = try figure(options) } catch let error as LocatedError { return error } catch {}
        return nil
    }

    @Test func seriesOfTwoExperimentsShareOneAxes() throws {
        let figure = try Self.figure(["experiment": "a, b", "x": "rules.*.tau", "y": "rules.*.loss", "series": "bptt"])
        let scene = figure.scene()
        #expect(scene.panels.count == 1)
        #expect(scene.panels[0].markKinds == ["line", "line"])
        #expect(scene.panels[0].legendLabels == ["a: BPTT", "b: BPTT"])
        let lines = figure.panels[0].marks.compactMap { $0 as? LineMark }
        #expect(lines[0].x.last == 1 && lines[1].x.last == 2)
    }

    @Test func labelsColorsLimitsAndLegend() throws {
        let figure = try Self.figure(["experiment": "a, b", "x": "rules.*.tau", "y": "rules.*.loss", "labels": "A BPTT, A RFLO, B BPTT, B RFLO",
                                      "colors": "#112233, blue, green, black", "xlim": "0, 1.5", "ylim": "0, 2", "legend": "lower-left"])
        let axes = figure.panels[0]
        #expect(figure.scene().panels[0].legendLabels == ["A BPTT", "A RFLO", "B BPTT", "B RFLO"])
        #expect(axes.marks.compactMap { ($0 as? LineMark)?.color } == [Color(hex: 0x112233), Palette.blue, Palette.bluishGreen, Palette.black])
        #expect(axes.xLimits == 0...1.5 && axes.yLimits == 0...2)
        #expect(axes.legend == .lowerLeft)
        #expect(try Self.figure(["experiment": "a", "y": "rules.*.loss", "legend": "none"]).panels[0].legend == .hidden)
    }

    @Test func problemsNameTheirOption() {
        #expect(Self.problem(["experiment": "a, c", "y": "rules.*.loss"])?.option == "experiment")
        #expect(Self.problem(["experiment": "a", "y": "rules.*.loss", "labels": "one"])?.message == "':labels:' has 1 labels for 2 series")
        #expect(Self.problem(["experiment": "a", "y": "rules.*.loss", "colors": "blue, mauve"])?.option == "colors")
        #expect(Self.problem(["experiment": "a", "y": "rules.*.loss", "xlim": "2, 1"])?.option == "xlim")
        #expect(Self.problem(["experiment": "a", "y": "rules.*.loss", "legend": "middle"])?.option == "legend")
    }
}

/// `:reference:` draws dashed lines at numbers or result values with one legend row.
struct XYReferenceTests {
    static func svg(_ options: [String: String]) throws -> String {
        String(decoding: try XYPlotTests.figure(options).svg(), as: UTF8.self)
    }

    @Test func referenceLinesAreDashedWithOneLegendRow() throws {
        let base = ["experiment": "a", "y": "rules.*.loss", "series": "bptt"]
        var options = base
        options["reference"] = "0.5, tau_end"
        options["reference-label"] = "closed form"
        let figure = try XYPlotTests.figure(options)
        #expect(figure.scene().panels[0].markKinds == ["line", "referenceline", "referenceline"])
        #expect(figure.scene().panels[0].legendLabels == ["BPTT", "closed form"])
        let dashed = { (s: String) in s.components(separatedBy: "stroke-dasharray").count - 1 }
        // Two lines and one legend sample more than without the option.
        #expect(dashed(try Self.svg(options)) - dashed(try Self.svg(base)) == 3)
        let values = figure.panels[0].marks.compactMap { m -> Double? in
            if case .horizontal(let y) = (m as? ReferenceLineMark)?.orientation { return y } else { return nil }
        }
        #expect(values == [0.5, 1])
    }

    @Test func badReferencesNameTheirOption() {
        let base = ["experiment": "a", "y": "rules.*.loss"]
        #expect(XYPlotTests.problem(base.merging(["reference": "rules.*.nothing"]) { $1 })?.option == "reference")
        #expect(XYPlotTests.problem(base.merging(["reference": "rules.*.loss"]) { $1 })?.option == "reference")
        #expect(XYPlotTests.problem(base.merging(["reference-label": "exact"]) { $1 })?.option == "reference-label")
        #expect(XYPlotTests.problem(base.merging(["coincident": "maybe"]) { $1 })?.option == "coincident")
    }
}
