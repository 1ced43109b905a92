import Document
@testable import Engine
import Plot
import Testing

/// The composite plot kinds of the experiments E2-E10: one small book with fast settings,
/// rendered without diagnostics, and the structure of each figure read off its scene.
struct PlotKindTests {
    static func experiment(_ id: String, _ yaml: String) -> String {
        "```{experiment} \(id)\n\(yaml)\n```\n"
    }

    static func figure(_ id: String, _ options: String) -> String {
        "```{figure} \(id)\n\(options)\nA figure.\n```\n"
    }

    static let chapter = [
        "# Kinds\n",
        experiment("e4a", "kind: flow_field\nT: 10\nrules: [bptt, tbptt, {rule: rflo, f: 0.7}]\nw: 0.8\ngrid: 9"),
        experiment("e4z", "kind: flow_field\nT: 10\nrules: [bptt, tbptt, {rule: rflo, f: 0.7}]\nw: 0\ngrid: 9"),
        figure("fig-portrait", ":experiment: e4a\n:plot: phase-portrait\n:experiments: e4a, e4z"),
        experiment("e5", """
            kind: plateau
            T: 5
            rules: [bptt, tbptt, rflo]
            eps: [1.0e-1, 1.0e-2, 1.0e-3]
            dt: 1.0e-3
            fit_below: 1.0e-2
            curve_tau: 1
            curve_dt: 1.0e-2
            records: 20
            trap_tau: 1
            """),
        figure("fig-curves", ":experiment: e5\n:plot: plateau"),
        figure("fig-fit", ":experiment: e5\n:plot: plateau\n:panel: fit"),
        figure("fig-trap", ":experiment: e5\n:plot: plateau\n:panel: trap"),
        experiment("e6", "kind: stability\nT: 10\nrules: [bptt, tbptt, {rule: rflo, f: 1}, {rule: rflo, f: 0.1}]\npoints: 15"),
        figure("fig-stability", ":experiment: e6\n:plot: stability"),
        experiment("e7", "kind: excursion\nT: 10\nrules: [bptt, rflo]\nf: 0.3\ntau: 5\nrecords: 50\nsamples: 500"),
        figure("fig-time", ":experiment: e7\n:plot: excursion"),
        figure("fig-path", ":experiment: e7\n:plot: excursion\n:panel: path"),
        experiment("e8", """
            kind: rates
            T: 10
            rules: [bptt, tbptt, {rule: rflo, f: 0.3}]
            table_T: [3, 5]
            table_w: [0, 0.8]
            rflo_f: [0.1, 1]
            records: 60
            """),
        figure("fig-rates", ":experiment: e8\n:plot: rates"),
        figure("fig-table", ":experiment: e8\n:plot: rates\n:panel: table"),
        figure("fig-feedback", ":experiment: e8\n:plot: rates\n:panel: feedback"),
        experiment("e9", "kind: truncation\nT: 10\nrandom_points: 2"),
        figure("fig-truncation", ":experiment: e9\n:plot: truncation"),
        experiment("e10", "kind: kernels\nT: 10\nalphas: [1, 0.5]\nrules: [bptt, tbptt, rflo]\ntau: 4\nrecords: 40"),
        figure("fig-kernels", ":experiment: e10\n:plot: kernels"),
        figure("fig-kernel-curves", ":experiment: e10\n:plot: kernels\n:panel: curves"),
        experiment("e3", "kind: sampled_vs_ode\nT: 5\nrules: [bptt, rflo]\nbatch: 8\nsteps: 60\nseeds: [0, 1]"),
        figure("fig-sampled", ":experiment: e3\n:plot: sampled"),
        experiment("e2", "kind: alignment\nT: 5\nrules: [bptt, rflo]\nsteps: 400\nrecord_every: 20"),
        figure("fig-alignment", ":experiment: e2\n:plot: alignment"),
    ].joined(separator: "\n")

    /// The scene of every figure of the rendered chapter, by id.
    static func scenes() throws -> [String: Scene] {
        let fixture = try RenderFixture(chapters: ["01-kinds.md": chapter])
        defer { fixture.remove() }
        let outcome = try fixture.render()
        // A catalogue of figures: none is cited, and that is all the render may say.
        let others = outcome.diagnostics.filter { !$0.message.contains("is never cited") }
        #expect(others.isEmpty, "\(others)")
        let context = DirectiveContext(results: outcome.results, failures: [:], sourceLines: { _, _ in nil })
        var scenes: [String: Scene] = [:]
        for case let .directive(d) in try fixture.renderer().parse().chapters[0].blocks where d.name == "figure" {
            scenes[d.argument] = try FigureDirective.figure(d, context: context).scene()
        }
        return scenes
    }

    @Test func everyKindDrawsItsPanels() throws {
        let scenes = try Self.scenes()
        func panels(_ id: String) -> [PanelScene] { scenes[id]?.panels ?? [] }
        func kinds(_ id: String) -> Set<String> { Set(panels(id).flatMap(\.markKinds)) }
        func legend(_ id: String) -> Set<String> { Set(panels(id).flatMap(\.legendLabels)) }

        #expect(panels("fig-portrait").count == 6)
        #expect(kinds("fig-portrait").isSuperset(of: ["streamlines", "line", "fixedpoint", "arrow"]))
        #expect(panels("fig-portrait")[2].markKinds.contains("arrow") && !panels("fig-portrait")[2].markKinds.contains("fixedpoint"))

        #expect(panels("fig-curves").count == 3)
        #expect(legend("fig-curves").isSuperset(of: ["$L_Z / 2$", "$\\varepsilon = 10^{-3}$"]))
        #expect(panels("fig-fit").count == 1 && kinds("fig-fit") == ["scatter", "line"])
        #expect(legend("fig-fit").contains("BPTT (slope $1/\\mu$)") && !legend("fig-fit").contains("RFLO (slope $1/\\mu$)"))
        #expect(panels("fig-trap").count == 2 && Set(panels("fig-trap")[0].legendLabels).isSuperset(of: ["$\\mathcal{O}$", "BPTT", "tBPTT", "RFLO"]))
        #expect(panels("fig-trap")[1].legendLabels.isEmpty, "one legend, in the plane")

        #expect(panels("fig-stability").count == 2)
        #expect(panels("fig-stability")[1].markKinds.contains("band") && !panels("fig-stability")[0].markKinds.contains("band"))
        #expect(legend("fig-stability").isSuperset(of: ["RFLO (f = 1)", "RFLO (f = 0.1)"]))

        #expect(panels("fig-time").count == 4 && panels("fig-path").count == 1)
        #expect(legend("fig-path").isSuperset(of: ["BPTT", "RFLO", "start"]))

        #expect(panels("fig-rates").count == 1 && legend("fig-rates").contains("RFLO (f = 0.3)"))
        #expect(legend("fig-table").isSuperset(of: ["$T = 3$", "$T = 5$", "tBPTT"]))
        #expect(kinds("fig-feedback") == ["line", "referenceline"])

        #expect(panels("fig-truncation").count == 2 && kinds("fig-truncation").contains("arrow"))
        #expect(panels("fig-kernels").count == 4 && panels("fig-kernel-curves").count == 2)
        #expect(panels("fig-sampled").count == 2 && legend("fig-sampled") == ["ODE", "SGD runs"]
              && panels("fig-sampled").allSatisfy { $0.legendLabels == ["ODE", "SGD runs"] })
        #expect(panels("fig-alignment").count == 2 && legend("fig-alignment") == ["mode 1", "mode 2", "mode 3"])
        #expect(scenes.values.allSatisfy { $0.warnings.isEmpty })
    }

    @Test func wrongExperimentKindAndPanelAreReportedAtTheirOptions() throws {
        let chapter = [
            Self.experiment("e9", "kind: truncation\nT: 4\nrandom_points: 1"),
            Self.experiment("e8", "kind: rates\nT: 4\nrules: [bptt]\ntable_T: [3]\ntable_w: [0]\nrflo_f: [1]\nrecords: 10"),
            Self.figure("fig-x", ":experiment: e9\n:plot: rates"),
            Self.figure("fig-y", ":experiment: e8\n:plot: rates\n:panel: wrong"),
        ].joined(separator: "\n")
        let fixture = try RenderFixture(chapters: ["01-x.md": chapter])
        defer { fixture.remove() }
        let messages = try fixture.render().diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        #expect(messages == [
            "18:1: this figure needs a 'rates' experiment; 'e9' is a 'truncation' experiment",
            "26:1: ':panel:' is 'wrong'; it must be curves, table or feedback",
        ], "\(messages)")
    }
}
