import Plot

/// `:plot: excursion` (E7) of an `excursion` experiment, one line per rule (`:rules:`).
/// `:panel: time` (default): `b`, `w`, `c` and the loss (log) vs tau; `:panel: path`: the
/// paths in the `(b, c)` plane with both branches of `O`, the common start as an open circle
/// and each rule's end as a square.
struct ExcursionPlot: PlotKind {
    let options = ["panel", "rules"]

    func make(_ o: PlotRequest) throws -> Figure {
        let experiment = try o.experiment(kind: "excursion")
        let rules = try o.ruleKeys(experiment: experiment)
        switch try o.choice("panel", ["time", "path"]) {
        case "path": return try path(o, experiment, rules)
        default: return try time(o, experiment, rules)
        }
    }

    private func time(_ o: PlotRequest, _ experiment: String, _ rules: [String]) throws -> Figure {
        let colors = RuleStyle.colors(rules)
        let panels = try ["b", "w", "c", "loss"].map { component -> Axes in
            let isLoss = component == "loss"
            var axes = Axes(xLabel: "$\\tau$", yLabel: isLoss ? "loss" : "$\(component)$", yScale: isLoss ? .log : .linear,
                            legend: isLoss ? .automatic : .hidden)
            for rule in rules {
                axes.add(LineMark(x: try o.numbers("rules.\(rule).tau", in: experiment),
                                  y: isLoss ? try o.loss("rules.\(rule).loss", in: experiment)
                                      : try o.numbers("rules.\(rule).\(component)", in: experiment),
                                  label: RuleStyle.displayName(rule), color: colors[rule]))
            }
            return axes
        }
        return Figure(width: .cm(16), height: .cm(9), rows: 2, columns: 2, sharedX: true, panels: panels)
    }

    private func path(_ o: PlotRequest, _ experiment: String, _ rules: [String]) throws -> Figure {
        let colors = RuleStyle.colors(rules)
        var axes = Axes(xLabel: "$b$", yLabel: "$c$", legend: .automatic)
        try o.optimumBranches(experiment: experiment).forEach { axes.add($0) }
        for rule in rules {
            let b = try o.numbers("rules.\(rule).b", in: experiment), c = try o.numbers("rules.\(rule).c", in: experiment)
            axes.add(LineMark(x: b, y: c, label: RuleStyle.displayName(rule), color: colors[rule], width: 1.3))
            if let bEnd = b.last, let cEnd = c.last {
                axes.add(ScatterMark(x: [bEnd], y: [cEnd], color: colors[rule], shape: .square, size: 5))
            }
        }
        let start = try o.numbers("start", in: experiment)
        if start.count == 3 {
            axes.add(ScatterMark(x: [start[0]], y: [start[2]], label: "start", color: .black, size: 5.5, filled: false))
        }
        return Figure(axes, width: .cm(9), height: .cm(7.5))
    }
}
