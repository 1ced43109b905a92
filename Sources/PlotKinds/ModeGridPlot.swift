import Experiments
import Graphics
import Plot

/// `:plot: mode-grid`: per-mode learning dynamics as a grid, one row per rule and columns b,
/// w, c, one colour per mode. For a `modes` experiment the curves are the ODE solutions, a
/// fourth column shows each mode's loss (log scale), and `:overlay:` names an aligned `train`
/// experiment whose projected mode values are drawn as markers. For a `sampled_vs_ode`
/// experiment the curves are the ODE and the markers the projected modes of the first
/// stochastic run.
struct ModeGridPlot: PlotKind {
    let options = ["rules", "overlay"]

    /// Mode colours, distinct from the rule colours.
    static let modeColors = [Palette.orange, Palette.reddishPurple, Palette.skyBlue, Palette.black, Palette.yellow]

    /// Where the curves and the markers of one rule are read.
    struct Sources {
        var curves: (String) -> String
        var markerExperiment: String?
        var markers: (String) -> String
        var columns: [String]
    }

    func make(_ o: PlotRequest) throws -> Figure {
        let (experiment, result) = try o.experiment()
        let sources: Sources
        if result["kind"]?.stringValue == "sampled_vs_ode" {
            sources = Sources(curves: { "ode_modes.\($0)" }, markerExperiment: experiment, markers: { "sgd_modes.\($0)" },
                              columns: ["b", "w", "c"])
        } else {
            if let overlay = o.string("overlay") { _ = try o.result(of: overlay, option: "overlay") }
            sources = Sources(curves: { $0 }, markerExperiment: o.string("overlay"), markers: { "modes.\($0)" },
                              columns: ["b", "w", "c", "mode_loss"])
        }
        var panels: [Axes] = []
        let rules = try o.ruleKeys(experiment: experiment)
        for (row, rule) in rules.enumerated() {
            let tau = try o.numbers("rules.\(rule).tau", experiment: experiment, option: "experiment")
            for (column, component) in sources.columns.enumerated() {
                let isLoss = component == "mode_loss"
                let curves = try o.series("rules.\(rule).\(isLoss ? component : sources.curves(component))", experiment: experiment)
                var axes = Axes(title: row == 0 ? (isLoss ? "loss of each mode" : "$\(component)$") : nil,
                                xLabel: row == rules.count - 1 ? "$\\tau$" : nil,
                                yLabel: column == 0 ? RuleStyle.displayName(rule) : nil,
                                yScale: isLoss ? .log : .linear,
                                legend: row == 0 && column == sources.columns.count - 1 ? .automatic : .hidden)
                for (mode, curve) in curves.enumerated() {
                    let color = Self.modeColors[mode % Self.modeColors.count]
                    axes.add(LineMark(x: tau, y: curve, label: "mode \(mode + 1)", color: color))
                    if let markerExperiment = sources.markerExperiment, !isLoss,
                       let projected = try? o.series("rules.\(rule).\(sources.markers(component))", experiment: markerExperiment),
                       mode < projected.count {
                        let times = try o.numbers("rules.\(rule).tau", experiment: markerExperiment, option: "experiment")
                        let every = max(1, times.count / 12)
                        let picked = stride(from: 0, to: min(times.count, projected[mode].count), by: every)
                        axes.add(ScatterMark(x: picked.map { times[$0] }, y: picked.map { projected[mode][$0] },
                                             color: color, shape: .circle, size: 3.5, filled: false))
                    }
                }
                panels.append(axes)
            }
        }
        return Figure(width: .cm(16), height: .cm(Double(rules.count) * 3.6 + 0.8), rows: rules.count,
                      columns: sources.columns.count, sharedX: true, panels: panels)
    }
}
