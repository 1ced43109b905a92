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
        let (experiment, result) = try o.experiment(PlateauResult.self)
        let rules = try o.ruleKeys(result.rules, experiment: experiment)
        switch try o.choice("panel", ["curves", "fit", "trap"]) {
        case "fit": return fit(result, rules)
        case "trap": return trap(result, rules)
        default: return curves(result, rules)
        }
    }

    static func epsLabel(_ eps: Double) -> String {
        let exponent = log10(eps).rounded()
        return abs(eps - pow(10, exponent)) < 1e-9 * eps ? "$\\varepsilon = 10^{\(Int(exponent))}$" : "$\\varepsilon = \(Format.short(eps))$"
    }

    private func curves(_ result: PlateauResult, _ rules: [String]) -> Figure {
        let eps = result.epsilons
        let panels = rules.enumerated().map { index, rule -> Axes in
            var axes = Axes(title: RuleStyle.displayName(rule), xLabel: "$\\tau$", yLabel: "loss", yScale: .log,
                            legend: index == rules.count - 1 ? .outsideRight : .hidden)
            axes.add(ReferenceLineMark(.horizontal(result.saddleLoss / 2), label: "$L_Z / 2$"))
            for (k, curve) in result.rules[rule]!.loss.enumerated() where k < eps.count {
                var line = LineMark(x: result.curveTau, y: PlotRequest.withoutFloor(curve), label: Self.epsLabel(eps[k]),
                                    color: Palette.sequentialShade(rank: k, of: eps.count), endMarker: .circle)
                // The one legend stands for every panel: its rows stay solid where this
                // panel dashes a curve that hides another.
                if rules.count > 1 { line.legendDash = .solid }
                axes.add(line)
            }
            return axes
        }
        return Figure(width: .cm(16), height: .cm(5.2), rows: 1, columns: panels.count, sharedY: true, panels: panels)
    }

    private func fit(_ result: PlateauResult, _ rules: [String]) -> Figure {
        let x = result.epsilons.map { log(1 / $0) }
        var axes = Axes(xLabel: "$\\ln(1/\\varepsilon)$", yLabel: "$t_{1/2}$", legend: .upperLeft)
        let shapes: [MarkerShape] = [.circle, .square, .triangle, .diamond]
        for (index, rule) in rules.enumerated() {
            let name = RuleStyle.displayName(rule)
            let run = result.rules[rule]!
            let t = run.halfTimes.map { $0 ?? .nan }
            axes.add(ScatterMark(x: x, y: t, label: name, shape: shapes[index % shapes.count], size: 4.5))
            if let rate = run.predictedRate, rate > 0,
               let last = t.indices.last(where: { t[$0].isFinite }), let first = x.min(), let end = x.max() {
                let line = [first, end]
                axes.add(LineMark(x: line, y: line.map { t[last] + ($0 - x[last]) / rate }, label: "\(name) (slope $1/\\mu$)",
                                  color: Palette.color(for: name, index: index), width: 0.8, dash: .dashed))
            }
        }
        return Figure(axes, width: .cm(9), height: .cm(6))
    }

    private func trap(_ result: PlateauResult, _ rules: [String]) -> Figure {
        let colors = RuleStyle.colors(rules)
        // One legend, in the plane, whose empty quadrant has room (the loss curves cross
        // every corner of theirs).
        var plane = Axes(title: "paths in the $(b, c)$ plane", xLabel: "$b$", yLabel: "$c$", legend: .automatic)
        PlotRequest.optimumBranches(result.optimum).forEach { plane.add($0) }
        var loss = Axes(title: "loss", xLabel: "$\\tau$", yLabel: "loss", yScale: .log, legend: .hidden)
        for rule in rules {
            let trap = result.rules[rule]!.trap
            let name = RuleStyle.displayName(rule), color = colors[rule]
            plane.add(LineMark(x: trap.b, y: trap.c, label: name, color: color, width: 1.3))
            if let bEnd = trap.b.last, let cEnd = trap.c.last {
                plane.add(ScatterMark(x: [bEnd], y: [cEnd], color: color, shape: .square, size: 5))
            }
            loss.add(LineMark(x: trap.tau, y: PlotRequest.withoutFloor(trap.loss), label: name, color: color, endMarker: .circle))
        }
        if let rule = rules.first, let trap = result.rules[rule]?.trap, let b0 = trap.b.first, let c0 = trap.c.first {
            plane.add(ScatterMark(x: [b0], y: [c0], color: .black, shape: .circle, size: 5, filled: false))
        }
        return Figure(width: .cm(16), height: .cm(6.2), rows: 1, columns: 2, panels: [plane, loss])
    }
}
