import Experiments
import Plot

/// `:plot: kernels` (E10) of a `kernels` experiment, one column per leak `alpha`.
/// `:panel: kernels` (default): row 1 the credit kernels of `b`, row 2 those of `w`, vs the
/// lag `k`, one line per rule; `:panel: curves`: the loss vs tau per rule (log y).
/// `:rules:` picks and orders the rules.
struct KernelsPlot: PlotKind {
    let options = ["panel", "rules"]

    func make(_ o: PlotRequest) throws -> Figure {
        let experiment = try o.experiment(kind: "kernels")
        let leaks = try o.value("alphas", experiment: experiment).arrayValue ?? []
        guard !leaks.isEmpty else { throw PlotError("experiment '\(experiment)' has no leaks in 'alphas'") }
        let rules = try o.ruleKeys(experiment: "\(experiment).alphas[0]")
        let colors = RuleStyle.colors(rules)
        let shapes: [MarkerShape] = [.circle, .square, .triangle, .diamond]
        switch try o.choice("panel", ["kernels", "curves"]) {
        case "curves":
            let panels = try leaks.indices.map { index -> Axes in
                let alpha = try o.number("alphas[\(index)].alpha", in: experiment) ?? .nan
                var axes = Axes(title: "$\\alpha = \(Format.short(alpha))$", xLabel: "$\\tau$", yLabel: "loss", yScale: .log,
                                legend: index == leaks.count - 1 ? .automatic : .hidden)
                for rule in rules {
                    let path = "alphas[\(index)].rules.\(rule)"
                    axes.add(LineMark(x: try o.numbers("\(path).tau", in: experiment), y: try o.loss("\(path).loss", in: experiment),
                                      label: RuleStyle.displayName(rule), color: colors[rule]))
                }
                return axes
            }
            return Figure(width: .cm(16), height: .cm(5.2), rows: 1, columns: panels.count, sharedY: true, panels: panels)
        default:
            let lag = try o.numbers("lag", in: experiment)
            var panels: [Axes] = []
            for (row, parameter) in ["b", "w"].enumerated() {
                for index in leaks.indices {
                    let alpha = try o.number("alphas[\(index)].alpha", in: experiment) ?? .nan
                    var axes = Axes(title: row == 0 ? "$\\alpha = \(Format.short(alpha))$" : nil, xLabel: "lag $k$",
                                    yLabel: index == 0 ? "credit to $\(parameter)$" : nil,
                                    legend: row == 0 && index == leaks.count - 1 ? .upperRight : .hidden)
                    for (r, rule) in rules.enumerated() {
                        axes.add(LineMark(x: lag, y: try o.numbers("alphas[\(index)].kernels.\(rule).\(parameter)", in: experiment),
                                          label: RuleStyle.displayName(rule), color: colors[rule], marker: shapes[r % shapes.count],
                                          markerSize: 3.5))
                    }
                    panels.append(axes)
                }
            }
            return Figure(width: .cm(16), height: .cm(9), rows: 2, columns: leaks.count, sharedX: true, panels: panels)
        }
    }
}
