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
        let (experiment, result) = try o.experiment(StabilityResult.self)
        let rules = try o.ruleKeys(result.rules, experiment: experiment)
        let colors = RuleStyle.colors(rules)
        let window = smallestWindow(result, rules)
        let branches: [(String, (StabilityResult.Rule) -> StabilityResult.Branch)] = [("positive", \.positive), ("negative", \.negative)]
        let panels = branches.enumerated().map { index, entry -> Axes in
            let (branch, side) = entry
            let fcPositive = rules.lazy.compactMap { side(result.rules[$0]!).fcPositive }.first
            let sign = index == 0 ? ">" : "<"
            let title = "$b \(sign) 0$" + (fcPositive.map { ", $fc \($0 ? ">" : "<") 0$ (RFLO)" } ?? "")
            var axes = Axes(title: title, xLabel: "$|b|$", yLabel: "Re $\\mu$", xScale: .log, yScale: .symlog(linearWidth: 0.1),
                            legend: index == 1 ? .outsideRight : .hidden)
            var low = 0.0, high = 0.0
            for rule in rules {
                let name = RuleStyle.displayName(rule)
                let values = side(result.rules[rule]!)
                let slow = values.mu2Re, fast = values.mu1Re
                low = min(low, fast.min() ?? 0, slow.min() ?? 0); high = max(high, fast.max() ?? 0, slow.max() ?? 0)
                axes.add(LineMark(x: result.absB, y: slow, label: name, color: colors[rule]))
                axes.add(LineMark(x: result.absB, y: fast, color: colors[rule], dash: .dashed))
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
    private func smallestWindow(_ result: StabilityResult, _ rules: [String]) -> (rule: String, branch: String, lower: Double, upper: Double)? {
        var best: (rule: String, branch: String, lower: Double, upper: Double, f: Double)?
        for rule in rules {
            let entry = result.rules[rule]!
            guard let window = entry.window, !window.empty, window.lower.isFinite, window.upper.isFinite else { continue }
            let f = abs(RuleStyle.feedbackGain(rule) ?? 1)
            let negativeFC = entry.negative.fcPositive == false
            if best == nil || f < best!.f { best = (rule, negativeFC ? "negative" : "positive", window.lower, window.upper, f) }
        }
        return best.map { ($0.rule, $0.branch, $0.lower, $0.upper) }
    }
}
