import Experiments
import Plot

/// `:plot: excursion` (E7) of an `excursion` experiment, one line per rule (`:rules:`).
/// `:panel: time` (default): `b`, `w`, `c` and the loss (log) vs tau; `:panel: path`: the
/// paths in the `(b, c)` plane with both branches of `O`, the common start as an open circle
/// and each rule's end as a square.
struct ExcursionPlot: PlotKind {
    let options = ["panel", "rules"]

    func make(_ o: PlotRequest) throws -> Figure {
        let (experiment, result) = try o.experiment(ExcursionResult.self)
        let rules = try o.ruleKeys(result.rules, experiment: experiment)
        switch try o.choice("panel", ["time", "path"]) {
        case "path": return path(result, rules)
        default: return time(result, rules)
        }
    }

    private func time(_ result: ExcursionResult, _ rules: [String]) -> Figure {
        let colors = RuleStyle.colors(rules)
        let components: [(String, (ExcursionResult.Rule) -> [Double])] = [
            ("b", \.b), ("w", \.w), ("c", \.c), ("loss", { PlotRequest.withoutFloor($0.loss) }),
        ]
        let panels = components.map { component, values -> Axes in
            let isLoss = component == "loss"
            var axes = Axes(xLabel: "$\\tau$", yLabel: isLoss ? "loss" : "$\(component)$", yScale: isLoss ? .log : .linear,
                            // One legend for the four panels, in w's, which leaves the most room.
                            legend: component == "w" ? .automatic : .hidden)
            for rule in rules {
                let run = result.rules[rule]!
                axes.add(LineMark(x: run.tau, y: values(run), label: RuleStyle.displayName(rule), color: colors[rule],
                                  endMarker: isLoss ? .circle : nil))
                if let stopped = StoppedRun.mark(stoppedAt: run.diverged?.tau, x: run.tau, y: values(run), series: RuleStyle.displayName(rule),
                                                 color: colors[rule], labelled: component == "w") { axes.add(stopped) }
            }
            return axes
        }
        return Figure(width: .cm(16), height: .cm(9), rows: 2, columns: 2, sharedX: true, panels: panels)
    }

    private func path(_ result: ExcursionResult, _ rules: [String]) -> Figure {
        let colors = RuleStyle.colors(rules)
        var axes = Axes(xLabel: "$b$", yLabel: "$c$", legend: .automatic)
        PlotRequest.optimumBranches(result.optimum).forEach { axes.add($0) }
        for rule in rules {
            let run = result.rules[rule]!
            axes.add(LineMark(x: run.b, y: run.c, label: RuleStyle.displayName(rule), color: colors[rule], width: 1.3))
            if let bEnd = run.b.last, let cEnd = run.c.last {
                axes.add(ScatterMark(x: [bEnd], y: [cEnd], color: colors[rule], shape: .square, size: 5))
            }
        }
        axes.add(ScatterMark(x: [result.start.b], y: [result.start.c], label: "start", color: .black, size: 5.5, filled: false))
        return Figure(axes, width: .cm(9), height: .cm(7.5))
    }
}
