import Experiments
import Plot

/// `:plot: kernels` (E10) of a `kernels` experiment, one column per leak `alpha`.
/// `:panel: kernels` (default): row 1 the credit kernels of `b`, row 2 those of `w`, vs the
/// lag `k`, one line per rule; `:panel: curves`: the loss vs tau per rule (log y).
/// `:rules:` picks and orders the rules.
struct KernelsPlot: PlotKind {
    let options = ["panel", "rules"]

    func make(_ o: PlotRequest) throws -> Figure {
        let (experiment, result) = try o.experiment(KernelsResult.self)
        let leaks = result.alphas
        guard let first = leaks.first else { throw LocatedError("experiment '\(experiment)' has no leaks in 'alphas'") }
        let rules = try o.ruleKeys(first.rules, experiment: "\(experiment).alphas[0]")
        let colors = RuleStyle.colors(rules)
        let shapes: [MarkerShape] = [.circle, .square, .triangle, .diamond]
        switch try o.choice("panel", ["kernels", "curves"]) {
        case "curves":
            let panels = try leaks.enumerated().map { index, leak -> Axes in
                var axes = Axes(title: "$\\alpha = \(Format.short(leak.alpha))$", xLabel: "$\\tau$", yLabel: "loss", yScale: .log,
                                legend: index == leaks.count - 1 ? .automatic : .hidden)
                for rule in rules {
                    let run = try Self.entry(leak.rules, rule, experiment, index)
                    axes.add(LineMark(x: run.tau, y: PlotRequest.withoutFloor(run.loss), label: RuleStyle.displayName(rule), color: colors[rule], endMarker: .circle))
                }
                return axes
            }
            return Figure(width: .cm(16), height: .cm(5.2), rows: 1, columns: panels.count, sharedY: true, panels: panels)
        default:
            let lag = result.lag.map(Double.init)
            var panels: [Axes] = []
            for (row, parameter) in ["b", "w"].enumerated() {
                for (index, leak) in leaks.enumerated() {
                    var axes = Axes(title: row == 0 ? "$\\alpha = \(Format.short(leak.alpha))$" : nil, xLabel: "lag $k$",
                                    yLabel: index == 0 ? "credit to $\(parameter)$" : nil,
                                    legend: row == 0 && index == leaks.count - 1 ? .upperRight : .hidden)
                    for (r, rule) in rules.enumerated() {
                        let kernel = try Self.entry(leak.kernels, rule, experiment, index)
                        axes.add(LineMark(x: lag, y: parameter == "b" ? kernel.b : kernel.w,
                                          label: RuleStyle.displayName(rule), color: colors[rule], marker: shapes[r % shapes.count],
                                          markerSize: 3.5))
                    }
                    panels.append(axes)
                }
            }
            return Figure(width: .cm(16), height: .cm(9), rows: 2, columns: leaks.count, sharedX: true, panels: panels)
        }
    }

    /// The entry of `rule` at one leak (the rules are the same at every leak).
    private static func entry<Value>(_ values: Keyed<Value>, _ rule: String, _ experiment: String, _ index: Int) throws -> Value {
        guard let value = values[rule] else {
            throw LocatedError("experiment '\(experiment)' has no rule '\(rule)' at alphas[\(index)]")
        }
        return value
    }
}
