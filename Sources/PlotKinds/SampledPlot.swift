import Experiments
import Graphics
import Plot

/// `:plot: sampled` (E3) of a `sampled_vs_ode` experiment: one panel per rule (`:rules:`),
/// the exact loss of each seed's SGD run as thin dark lines over the ODE's loss as a thick
/// light line, log y against tau.
struct SampledPlot: PlotKind {
    let options = ["rules"]

    func make(_ o: PlotRequest) throws -> Figure {
        let (experiment, result) = try o.experiment(SampledVsODEResult.self)
        let rules = try o.ruleKeys(result.rules, experiment: experiment)
        let colors = RuleStyle.colors(rules)
        let panels = rules.map { rule -> Axes in
            var axes = Axes(title: RuleStyle.displayName(rule), xLabel: "$\\tau$", yLabel: "loss", yScale: .log)
            let run = result.rules[rule]!
            let color = colors[rule] ?? Palette.gray
            axes.add(LineMark(x: run.tau, y: PlotRequest.withoutFloor(run.odeLoss), color: Palette.tint(color, share: 0.55), width: 3, endMarker: .circle))
            for curve in run.loss {
                axes.add(LineMark(x: run.tau, y: curve, color: color.mixed(with: .black, 0.2), width: 0.6))
            }
            // Legend rows only, in this panel's colours and line widths.
            axes.add(LineMark(x: [], y: [], label: "ODE", color: Palette.tint(color, share: 0.55), width: 3))
            axes.add(LineMark(x: [], y: [], label: "SGD runs", color: color.mixed(with: .black, 0.2), width: 0.6))
            return axes
        }
        return Figure(width: .cm(16), height: .cm(5.2), rows: 1, columns: panels.count, sharedY: true, panels: panels)
    }
}
