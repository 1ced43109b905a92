import Experiments
import Graphics
import Plot
import PlotKinds
import Testing

/// `:plot: spectra`: one series per rule, and two variants of one rule in two shades of its
/// colour (not one colour told apart by marker shape alone).
struct SpectraPlotTests {
    static let result = try! ExperimentParser.parse(yaml: """
        kind: train
        N: 6
        n_in: 2
        n_out: 2
        T: 4
        nonlinearity: tanh
        rules:
          - bptt
          - rflo
          - {rule: rflo, postsynaptic_gain: false}
        gradient: sampled
        batch: 2
        eta: 0.01
        steps: 5
        """).run { _ in }

    @Test func variantsOfOneRuleTakeShadesOfItsColour() throws {
        let figure = try PlotKindRegistry.all["spectra"]!.make(PlotRequest(options: ["experiment": "e"], results: ["e": Self.result], failures: [:]))
        #expect(figure.panels.count == 2)
        for panel in figure.panels {
            let series = panel.marks.compactMap { $0 as? ScatterMark }
            #expect(series.map(\.label) == ["BPTT", "RFLO", "RFLO (no φ′ in trace)"])
            let colors = series.map(\.color)
            #expect(colors[0] == Palette.blue)
            #expect(colors[1] == Palette.shade(Palette.bluishGreen, rank: 0, of: 2))
            #expect(colors[2] == Palette.bluishGreen)
            #expect(colors[1] != colors[2])
        }
    }
}
