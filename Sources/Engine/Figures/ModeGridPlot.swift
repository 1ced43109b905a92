import Graphics
import Plot

/// `:plot: mode-grid`: the per-mode learning dynamics of a `modes` experiment as a grid,
/// one row per rule and columns b, w, c and the per-mode loss (log scale), one colour per
/// mode. `:overlay:` names an aligned `train` experiment whose projected mode values are
/// drawn as markers on the ODE curves.
struct ModeGridPlot: PlotKind {
    let options = ["rules", "overlay"]

    /// Mode colours, distinct from the rule colours.
    static let modeColors = [Palette.orange, Palette.reddishPurple, Palette.skyBlue, Palette.black, Palette.yellow]

    func make(_ o: FigureOptions) throws -> Figure {
        let (experiment, _) = try o.experiment()
        let overlay = o.values["overlay"].map { $0.value }
        if let overlayOption = o.values["overlay"] { _ = try o.context.experimentResult(overlayOption) }
        var panels: [Axes] = []
        let rules = try o.ruleKeys(experiment: experiment)
        for (row, rule) in rules.enumerated() {
            let tau = try o.numbers("rules.\(rule).tau", experiment: experiment, option: "experiment")
            for (column, component) in ["b", "w", "c", "mode_loss"].enumerated() {
                let curves = try o.series("rules.\(rule).\(component)", experiment: experiment)
                let isLoss = component == "mode_loss"
                var axes = Axes(title: row == 0 ? (isLoss ? "loss of each mode" : "$\(component)$") : nil,
                                xLabel: row == rules.count - 1 ? "$\\tau$" : nil,
                                yLabel: column == 0 ? RuleStyle.displayName(rule) : nil,
                                yScale: isLoss ? .log : .linear, legend: row == 0 && column == 3 ? .automatic : .hidden)
                for (mode, curve) in curves.enumerated() {
                    let color = Self.modeColors[mode % Self.modeColors.count]
                    axes.add(LineMark(x: tau, y: curve, label: "mode \(mode + 1)", color: color))
                    if let overlay, !isLoss,
                       let projected = try? o.series("rules.\(rule).modes.\(component)", experiment: overlay), mode < projected.count {
                        let times = try o.numbers("rules.\(rule).tau", experiment: overlay, option: "overlay")
                        let every = max(1, times.count / 12)
                        let picked = stride(from: 0, to: times.count, by: every)
                        axes.add(ScatterMark(x: picked.map { times[$0] }, y: picked.map { projected[mode][$0] },
                                             color: color, shape: .circle, size: 3.5, filled: false))
                    }
                }
                panels.append(axes)
            }
        }
        return Figure(width: .cm(16), height: .cm(Double(rules.count) * 3.6 + 0.8), rows: rules.count, columns: 4,
                      sharedX: true, panels: panels)
    }
}
