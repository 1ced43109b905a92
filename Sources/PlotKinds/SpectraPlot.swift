import Experiments
import Plot

/// `:plot: spectra`: normalised singular values `sigma_i / sigma_1` of the weight changes of
/// a `train` experiment (log scale), one panel per matrix (`:matrices: W, B`), one series per
/// rule (variants of one rule in its shade ramp, `RuleStyle.colors`), with the
/// numerical-rank thresholds 1e-10 and 1e-3 as reference lines.
struct SpectraPlot: PlotKind {
    let options = ["rules", "matrices"]

    func make(_ o: PlotRequest) throws -> Figure {
        let (experiment, result) = try o.experiment(TrainResult.self)
        let matrices = o.list("matrices") ?? ["W", "B"]
        for m in matrices where m != "W" && m != "B" {
            throw LocatedError("':matrices:' lists '\(m)'; use W and/or B", option: "matrices")
        }
        let rules = try o.ruleKeys(result.rules, experiment: experiment)
        let panels = matrices.map { matrix -> Axes in
            var axes = Axes(title: "$\(matrix) - \(matrix)_0$", xLabel: "index $i$", yLabel: "$\\sigma_i / \\sigma_1$", yScale: .log)
            axes.add(ReferenceLineMark(.horizontal(1e-3)))
            axes.add(ReferenceLineMark(.horizontal(1e-10), dash: .dotted))
            let shapes: [MarkerShape] = [.circle, .square, .triangle, .diamond]
            let colors = RuleStyle.colors(rules)
            for (index, rule) in rules.enumerated() {
                let run = result.rules[rule]!
                let ratios = (matrix == "W" ? run.wChange : run.bChange).ratios
                // Exact zeros (below double precision) cannot be shown on a log axis; floor them.
                let shown = ratios.map { max($0, 1e-17) }
                axes.add(ScatterMark(x: shown.indices.map { Double($0 + 1) }, y: shown, label: RuleStyle.displayName(rule),
                                     color: colors[rule], shape: shapes[index % shapes.count], size: 3.5))
            }
            return axes
        }
        return Figure(width: .cm(16), height: .cm(6), rows: 1, columns: panels.count, panels: panels)
    }
}
