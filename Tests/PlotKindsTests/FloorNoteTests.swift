import Experiments
import Foundation
import Plot
import PlotKinds
import Testing

/// Loss curves that converge to the round-off floor stop there with a filled circle, and the
/// figure says so in its legend; figures without such a curve carry no note.
struct FloorNoteTests {
    static func figure(_ yaml: String, _ options: [String: String]) throws -> Figure {
        let result = try ExperimentParser.parse(yaml: yaml).run { _ in }
        let kind = PlotKindRegistry.all[options["plot"]!]!
        return try kind.figure(PlotRequest(options: options.merging(["experiment": "e"]) { a, _ in a },
                                           results: ["e": result], failures: [:]))
    }

    /// Converges far below 1e-24 of the initial loss within tau = 3 (Figure 6.1's setup).
    static let rates = "kind: rates\nT: 10\nteacher: [1, 0.8, 1]\nrules: [bptt]\ntable_T: [3]\ntable_w: [0]\nrflo_f: [1]\n"
        + "start: [0.05, 0, 0.04]\ntau: 3\nrecords: 300\nfit_window: [1.0e-16, 1.0e-6]"

    @Test func aCurveCutAtTheFloorEndsInACircleTheLegendExplains() throws {
        let figure = try Self.figure(Self.rates, ["plot": "rates"])
        let line = try #require(figure.panels[0].marks.compactMap { $0 as? LineMark }.first { $0.label == "BPTT" })
        let end = try #require(line.earlyEnd, "the loss falls below the floor before tau = 3")
        let peak = line.y.prefix(end + 1).max()!
        #expect(line.y[end] >= 1e-24 * peak && line.y[(end + 1)...].allSatisfy(\.isNaN))
        #expect(line.endMarker == .circle)
        #expect(figure.scene().panels[0].legendLabels.filter { $0 == "round-off floor" }.count == 1)
    }

    @Test func aCurveThatStaysAboveTheFloorGetsNoNote() throws {
        let figure = try Self.figure(Self.rates.replacingOccurrences(of: "tau: 3", with: "tau: 0.3"), ["plot": "rates"])
        #expect(figure.panels[0].marks.compactMap { $0 as? LineMark }.allSatisfy { $0.earlyEnd == nil })
        #expect(!figure.scene().panels[0].legendLabels.contains("round-off floor"))
    }
}
