import Experiments
import Foundation
import Graphics
import Plot

/// `:plot: plateau` (E5) of a `plateau` experiment. `:panel:` chooses what is drawn:
/// `curves` (default): one panel per rule, the loss vs tau for each `eps` (log y, viridis
/// over `eps`) with `L_Z / 2` as a reference line; `fit`: `t_half` vs `ln(1/eps)` per rule,
/// with the predicted slope `1/rate` through the last point where a rate is predicted;
/// `trap`: the saddle-trap run, (a) paths in the `(b, c)` plane with `O`, (b) loss vs tau.
struct PlateauPlot: PlotKind {
    let options = ["panel", "rules"]

    func make(_ o: PlotRequest) throws -> Figure {
        let experiment = try o.experiment(kind: "plateau")
        let rules = try o.ruleKeys(experiment: experiment)
        switch try o.choice("panel", ["curves", "fit", "trap"]) {
        case "fit": return try fit(o, experiment, rules)
        case "trap": return try trap(o, experiment, rules)
        default: return try curves(o, experiment, rules)
        }
    }

    static func epsLabel(_ eps: Double) -> String {
        let exponent = log10(eps).rounded()
        return abs(eps - pow(10, exponent)) < 1e-9 * eps ? "$\\varepsilon = 10^{\(Int(exponent))}$" : "$\\varepsilon = \(Format.short(eps))$"
    }

    private func curves(_ o: PlotRequest, _ experiment: String, _ rules: [String]) throws -> Figure {
        let eps = try o.numbers("eps", in: experiment)
        let tau = try o.numbers("curve_tau", in: experiment)
        let saddle = try o.number("saddle_loss", in: experiment) ?? .nan
        let panels = try rules.enumerated().map { index, rule -> Axes in
            var axes = Axes(title: RuleStyle.displayName(rule), xLabel: "$\\tau$", yLabel: "loss", yScale: .log,
                            legend: index == rules.count - 1 ? .outsideRight : .hidden)
            axes.add(ReferenceLineMark(.horizontal(saddle / 2), label: "$L_Z / 2$"))
            for (k, curve) in try o.series("rules.\(rule).loss", experiment: experiment).enumerated() where k < eps.count {
                let t = eps.count > 1 ? 0.85 * Double(k) / Double(eps.count - 1) : 0
                axes.add(LineMark(x: tau, y: PlotRequest.withoutFloor(curve), label: Self.epsLabel(eps[k]),
                                  color: ColorMap.sequential.color(at: t)))
            }
            return axes
        }
        return Figure(width: .cm(16), height: .cm(5.2), rows: 1, columns: panels.count, sharedY: true, panels: panels)
    }

    private func fit(_ o: PlotRequest, _ experiment: String, _ rules: [String]) throws -> Figure {
        let x = try o.numbers("eps", in: experiment).map { log(1 / $0) }
        var axes = Axes(xLabel: "$\\ln(1/\\varepsilon)$", yLabel: "$t_{1/2}$", legend: .upperLeft)
        let shapes: [MarkerShape] = [.circle, .square, .triangle, .diamond]
        for (index, rule) in rules.enumerated() {
            let name = RuleStyle.displayName(rule)
            let t = try o.numbers("rules.\(rule).t_half", in: experiment)
            axes.add(ScatterMark(x: x, y: t, label: name, shape: shapes[index % shapes.count], size: 4.5))
            if let rate = try o.number("rules.\(rule).predicted_rate", in: experiment), rate > 0,
               let last = t.indices.last(where: { t[$0].isFinite }), let first = x.min(), let end = x.max() {
                let line = [first, end]
                axes.add(LineMark(x: line, y: line.map { t[last] + ($0 - x[last]) / rate }, label: "\(name) (slope $1/\\mu$)",
                                  color: Palette.color(for: name, index: index), width: 0.8, dash: .dashed))
            }
        }
        return Figure(axes, width: .cm(9), height: .cm(6))
    }

    private func trap(_ o: PlotRequest, _ experiment: String, _ rules: [String]) throws -> Figure {
        let colors = RuleStyle.colors(rules)
        var plane = Axes(title: "paths in the $(b, c)$ plane", xLabel: "$b$", yLabel: "$c$", legend: .hidden)
        try o.optimumBranches(experiment: experiment).forEach { plane.add($0) }
        var loss = Axes(title: "loss", xLabel: "$\\tau$", yLabel: "loss", yScale: .log, legend: .automatic)
        for rule in rules {
            let path = "rules.\(rule).trap"
            let b = try o.numbers("\(path).b", in: experiment), c = try o.numbers("\(path).c", in: experiment)
            let name = RuleStyle.displayName(rule), color = colors[rule]
            plane.add(LineMark(x: b, y: c, label: name, color: color, width: 1.3))
            if let bEnd = b.last, let cEnd = c.last {
                plane.add(ScatterMark(x: [bEnd], y: [cEnd], color: color, shape: .square, size: 5))
            }
            loss.add(LineMark(x: try o.numbers("\(path).tau", in: experiment), y: try o.loss("\(path).loss", in: experiment),
                              label: name, color: color))
        }
        if let rule = rules.first {
            let b = try o.numbers("rules.\(rule).trap.b", in: experiment), c = try o.numbers("rules.\(rule).trap.c", in: experiment)
            if let b0 = b.first, let c0 = c.first {
                plane.add(ScatterMark(x: [b0], y: [c0], color: .black, shape: .circle, size: 5, filled: false))
            }
        }
        return Figure(width: .cm(16), height: .cm(6.2), rows: 1, columns: 2, panels: [plane, loss])
    }
}
