import Experiments
import Foundation
import Plot

/// `:plot: alignment` (E2) of an `alignment` experiment: the loss of each mode (log) vs tau,
/// one panel per rule (`:rules:`) and one colour per mode, with each mode's time to reach the
/// threshold fraction of its initial loss (`tau_to_threshold`) as an open diamond.
struct AlignmentPlot: PlotKind {
    let options = ["rules"]

    func make(_ o: PlotRequest) throws -> Figure {
        let (experiment, result) = try o.experiment(AlignmentResult.self)
        let rules = try o.ruleKeys(result.rules, experiment: experiment)
        let panels = rules.enumerated().map { index, rule -> Axes in
            var axes = Axes(title: RuleStyle.displayName(rule), xLabel: "$\\tau$", yLabel: "loss of each mode", yScale: .log,
                            legend: index == rules.count - 1 ? .automatic : .hidden)
            let run = result.rules[rule]!
            let tau = run.tau
            let reached = run.tauToThreshold.map { $0 ?? .nan }
            for (mode, curve) in run.modeLoss.enumerated() {
                let color = ModeGridPlot.modeColors[mode % ModeGridPlot.modeColors.count]
                axes.add(LineMark(x: tau, y: PlotRequest.withoutFloor(curve), label: "mode \(mode + 1)", color: color, endMarker: .circle))
                if mode < reached.count, let y = Self.interpolate(tau, curve, at: reached[mode]) {
                    axes.add(ScatterMark(x: [reached[mode]], y: [y], color: color, shape: .diamond, size: 6, filled: false))
                }
            }
            return axes
        }
        return Figure(width: .cm(16), height: .cm(5.2), rows: 1, columns: panels.count, sharedY: true, panels: panels)
    }

    /// The curve at `x`, interpolated linearly in `log y`; nil outside the samples.
    static func interpolate(_ xs: [Double], _ ys: [Double], at x: Double) -> Double? {
        guard x.isFinite, let i = xs.indices.dropLast().first(where: { xs[$0] <= x && x <= xs[$0 + 1] }),
              ys[i] > 0, ys[i + 1] > 0 else { return nil }
        let t = xs[i + 1] > xs[i] ? (x - xs[i]) / (xs[i + 1] - xs[i]) : 0
        return exp(log(ys[i]) * (1 - t) + log(ys[i + 1]) * t)
    }
}
