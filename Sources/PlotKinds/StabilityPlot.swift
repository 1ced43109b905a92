import Experiments
import Graphics
import Plot

/// `:plot: stability` (E6) of a `stability` experiment: one panel per branch of `O` (`b > 0`
/// left, `b < 0` right), the real parts of both transverse eigenvalues vs `|b|` (log x,
/// symlog y; the slow one solid, the fast one dashed), one colour per rule, a zero line, and
/// the stable window of the RFLO rule with the smallest `f` shaded where it exists.
/// `:rules:` picks and orders the rules.
struct StabilityPlot: PlotKind {
    let options = ["rules"]

    func make(_ o: PlotRequest) throws -> Figure {
        let experiment = try o.experiment(kind: "stability")
        let rules = try o.ruleKeys(experiment: experiment)
        let colors = RuleStyle.colors(rules)
        let absB = try o.numbers("abs_b", in: experiment)
        let window = try smallestWindow(o, experiment, rules)
        let panels = try ["positive", "negative"].enumerated().map { index, branch -> Axes in
            let fcPositive = try rules.lazy.compactMap { rule -> Bool? in
                let value = try o.value("rules.\(rule).\(branch).fc_positive", experiment: experiment)
                return value == .null ? nil : value == .bool(true)
            }.first
            let sign = index == 0 ? ">" : "<"
            let title = "$b \(sign) 0$" + (fcPositive.map { ", $fc \($0 ? ">" : "<") 0$ (RFLO)" } ?? "")
            var axes = Axes(title: title, xLabel: "$|b|$", yLabel: "Re $\\mu$", xScale: .log, yScale: .symlog(linearWidth: 0.1),
                            legend: index == 1 ? .outsideRight : .hidden)
            var low = 0.0, high = 0.0
            for rule in rules {
                let name = RuleStyle.displayName(rule)
                let slow = try o.numbers("rules.\(rule).\(branch).mu2_re", in: experiment)
                let fast = try o.numbers("rules.\(rule).\(branch).mu1_re", in: experiment)
                low = min(low, fast.min() ?? 0, slow.min() ?? 0); high = max(high, fast.max() ?? 0, slow.max() ?? 0)
                axes.add(LineMark(x: absB, y: slow, label: name, color: colors[rule]))
                axes.add(LineMark(x: absB, y: fast, color: colors[rule], dash: .dashed))
            }
            axes.add(ReferenceLineMark(.horizontal(0), color: .black, dash: .solid, width: 0.5))
            // Legend rows only: which eigenvalue is which line style.
            axes.add(LineMark(x: [], y: [], label: "slower $\\mu$", color: Palette.gray))
            axes.add(LineMark(x: [], y: [], label: "faster $\\mu$", color: Palette.gray, dash: .dashed))
            if let window, window.branch == branch {
                axes.add(BandMark(x: [window.lower, window.upper], lower: [low, low], upper: [high, high],
                                  label: "stable, \(RuleStyle.displayName(window.rule))", color: colors[window.rule], opacity: 0.3))
            }
            return axes
        }
        return Figure(width: .cm(16), height: .cm(8), rows: 1, columns: 2, sharedY: true, panels: panels)
    }

    /// The non-empty stable window of the RFLO rule with the smallest `f`, on the `fc < 0` branch.
    private func smallestWindow(_ o: PlotRequest, _ experiment: String, _ rules: [String]) throws
        -> (rule: String, branch: String, lower: Double, upper: Double)? {
        var best: (rule: String, branch: String, lower: Double, upper: Double, f: Double)?
        for rule in rules {
            guard let window = try o.value("rules.\(rule)", experiment: experiment)["window"], window["empty"] == .bool(false),
                  let lower = window["lower"]?.doubleValue, let upper = window["upper"]?.doubleValue else { continue }
            let f = abs(RuleStyle.feedbackGain(rule) ?? 1)
            let negativeFC = try o.value("rules.\(rule).negative.fc_positive", experiment: experiment) == .bool(false)
            if best == nil || f < best!.f { best = (rule, negativeFC ? "negative" : "positive", lower, upper, f) }
        }
        return best.map { ($0.rule, $0.branch, $0.lower, $0.upper) }
    }
}
