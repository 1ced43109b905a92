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

    /// One row of the grid: the curves of one rule per column and the markers drawn over them.
    struct Row {
        var rule: String
        var tau: [Double]
        var curves: [[[Double]]]
        var markers: (tau: [Double], modes: ModeSeries)?
        /// Where the rule's ODE run stopped early; nil when it ran to the end.
        var stoppedAt: Double? = nil
    }

    func make(_ o: PlotRequest) throws -> Figure {
        let (experiment, json) = try o.experiment()
        let columns: [String]
        let rows: [Row]
        if json["kind"] == .string(SampledVsODEResult.kind) {
            let result = try o.typed(SampledVsODEResult.self, json, id: experiment, option: "experiment")
            columns = ["b", "w", "c"]
            rows = try o.ruleKeys(result.rules, experiment: experiment).map { rule in
                let run = result.rules[rule]!
                return Row(rule: rule, tau: run.tau, curves: [run.odeModes.b, run.odeModes.w, run.odeModes.c],
                           markers: (run.tau, run.sgdModes))
            }
        } else {
            let result = try o.typed(ModesResult.self, json, id: experiment, option: "experiment")
            let overlay = try o.string("overlay").map { id in
                try o.typed(TrainResult.self, try o.result(of: id, option: "overlay"), id: id, option: "overlay")
            }
            columns = ["b", "w", "c", "mode_loss"]
            rows = try o.ruleKeys(result.rules, experiment: experiment).map { rule in
                let run = result.rules[rule]!
                let projected = overlay?.rules[rule].flatMap { train in train.modes.map { (train.tau, $0) } }
                return Row(rule: rule, tau: run.tau, curves: [run.b, run.w, run.c, run.modeLoss], markers: projected,
                           stoppedAt: run.diverged?.tau)
            }
        }
        var panels: [Axes] = []
        for (index, row) in rows.enumerated() {
            for (column, component) in columns.enumerated() {
                let isLoss = component == "mode_loss"
                var axes = Axes(title: index == 0 ? (isLoss ? "mode loss" : "$\(component)$") : nil,
                                xLabel: index == rows.count - 1 ? "$\\tau$" : nil,
                                yLabel: column == 0 ? RuleStyle.displayName(row.rule) : nil,
                                yScale: isLoss ? .log : .linear,
                                // One legend, right of the first row, where it covers no panel.
                                legend: index == 0 && column == columns.count - 1 ? .outsideRight : .hidden)
                for (mode, curve) in row.curves[column].enumerated() {
                    let color = Self.modeColors[mode % Self.modeColors.count]
                    let shown = isLoss ? PlotRequest.withoutFloor(curve) : curve
                    axes.add(LineMark(x: row.tau, y: shown, label: "mode \(mode + 1)", color: color, endMarker: isLoss ? .circle : nil))
                    if let stopped = StoppedRun.mark(stoppedAt: row.stoppedAt, x: row.tau, y: shown, series: RuleStyle.displayName(row.rule),
                                                     color: color, labelled: false) { axes.add(stopped) }
                    if let (times, modes) = row.markers, !isLoss, let projected = modes[component], mode < projected.count {
                        let every = max(1, times.count / 12)
                        let picked = stride(from: 0, to: min(times.count, projected[mode].count), by: every)
                        axes.add(ScatterMark(x: picked.map { times[$0] }, y: picked.map { projected[mode][$0] },
                                             color: color, shape: .circle, size: 3.5, filled: false))
                    }
                }
                panels.append(axes)
            }
        }
        // The ×s of a stopped rule are in its own row; the one legend names it.
        for row in rows {
            guard let tau = row.stoppedAt, !panels.isEmpty else { continue }
            panels[columns.count - 1].add(StoppedMark(x: .nan, y: .nan, label: RuleStyle.displayName(row.rule) + " " + StoppedRun.note(tau: tau),
                                                      color: Palette.gray))
        }
        return Figure(width: .cm(16), height: .cm(Double(rows.count) * 3.6 + 0.8), rows: rows.count,
                      columns: columns.count, sharedX: true, panels: panels)
    }
}
