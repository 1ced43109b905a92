import Experiments
import Foundation
import Graphics
import Plot

/// `:plot: rates` (E8) of a `rates` experiment. `:panel: curves` (default): the loss vs tau
/// per rule (log y, thick light lines) with a thin dark dashed asymptote `exp(-2 mu_slow tau)` scaled to the late loss;
/// `table`: `mu_slow` at the balanced point vs `w*`, one colour per rule and one marker per
/// `T`; `feedback`: RFLO's `mu_slow` vs `f` (log-log) with BPTT's and tBPTT's levels.
/// `:rules:` picks and orders the rules of `curves` and `table`.
struct RatesPlot: PlotKind {
    let options = ["panel", "rules"]

    static let shapes: [MarkerShape] = [.circle, .square, .triangle, .diamond, .cross, .plus]

    func make(_ o: PlotRequest) throws -> Figure {
        let (experiment, result) = try o.experiment(RatesResult.self)
        let rules = try o.ruleKeys(result.rules, experiment: experiment)
        switch try o.choice("panel", ["curves", "table", "feedback"]) {
        case "table": return table(result, rules)
        case "feedback": return feedback(result, rules)
        default: return curves(result, rules)
        }
    }

    private func curves(_ result: RatesResult, _ rules: [String]) -> Figure {
        let colors = RuleStyle.colors(rules)
        var axes = Axes(xLabel: "$\\tau$", yLabel: "loss", yScale: .log, legend: .outsideRight)
        for rule in rules {
            let run = result.rules[rule]!
            let tau = run.tau, loss = PlotRequest.withoutFloor(run.loss)
            axes.add(LineMark(x: tau, y: loss, label: RuleStyle.displayName(rule), color: colors[rule], width: 2.2, endMarker: .circle))
            if let stopped = StoppedRun.mark(stoppedAt: run.diverged?.tau, x: tau, y: loss, series: RuleStyle.displayName(rule),
                                             color: colors[rule], labelled: true) { axes.add(stopped) }
            let mu = run.limitSlowRate
            guard mu.isFinite, mu > 0, let anchor = loss.indices.last(where: { loss[$0] > 1e-15 }), let start = loss.first else { continue }
            // The asymptote through the last loss above the round-off floor, drawn where it lies
            // between that floor and a hundredth of the initial loss.
            let line = tau.map { loss[anchor] * exp(-2 * mu * ($0 - tau[anchor])) }
            let shown = line.indices.filter { line[$0] <= 1e-2 * start && line[$0] >= 1e-16 }
            axes.add(LineMark(x: shown.map { tau[$0] }, y: shown.map { line[$0] }, color: colors[rule]?.mixed(with: .black, 0.45),
                              width: 0.9, dash: .dashed))
        }
        axes.add(LineMark(x: [], y: [], label: "$e^{-2 \\mu_\\mathrm{slow} \\tau}$", color: Palette.gray, width: 0.9, dash: .dashed))
        return Figure(axes, width: .cm(12), height: .cm(6.5))
    }

    private func table(_ result: RatesResult, _ rules: [String]) -> Figure {
        let colors = RuleStyle.colors(rules)
        let teacherW = result.tableW
        let order = teacherW.indices.sorted { teacherW[$0] < teacherW[$1] }
        var axes = Axes(xLabel: "$w^*$", yLabel: "$\\mu_\\mathrm{slow}$", yScale: .log, legend: .outsideRight)
        for rule in rules {
            for (k, row) in result.rules[rule]!.tableSlowRates.enumerated() where row.count == teacherW.count {
                axes.add(LineMark(x: order.map { teacherW[$0] }, y: order.map { row[$0] }, color: colors[rule], width: 1,
                                  marker: Self.shapes[k % Self.shapes.count], markerSize: 4))
            }
        }
        for rule in rules { axes.add(LineMark(x: [], y: [], label: RuleStyle.displayName(rule), color: colors[rule])) }
        for (k, horizon) in result.tableHorizons.enumerated() {
            axes.add(ScatterMark(x: [], y: [], label: "$T = \(horizon)$", color: Palette.gray, shape: Self.shapes[k % Self.shapes.count]))
        }
        return Figure(axes, width: .cm(12), height: .cm(7))
    }

    private func feedback(_ result: RatesResult, _ rules: [String]) -> Figure {
        var axes = Axes(xLabel: "RFLO feedback gain $f$", yLabel: "$\\mu_\\mathrm{slow}$ at the balanced point", xScale: .log, yScale: .log,
                        legend: .lowerRight)
        axes.add(LineMark(x: result.feedback.gains, y: result.feedback.slowRates, label: "RFLO", marker: .circle))
        for family in ["bptt", "tbptt"] {
            guard let rule = rules.first(where: { $0.split(separator: "_").first.map(String.init) == family }),
                  let mu = result.rules[rule].map(\.balancedSlowRate), mu.isFinite else { continue }
            let name = RuleStyle.displayName(rule)
            axes.add(ReferenceLineMark(.horizontal(mu), label: name, color: Palette.color(for: name, index: 0)))
        }
        return Figure(axes, width: .cm(9), height: .cm(6.5))
    }
}
