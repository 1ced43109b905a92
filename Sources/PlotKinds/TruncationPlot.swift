import Experiments
import Graphics
import Plot

/// `:plot: truncation` (E9) of a `truncation` experiment: the slow and the fast transverse
/// rate at the balanced point vs the truncation horizon `K` (two panels), tBPTT-K as markers
/// on lines, BPTT's rates as dashed reference lines, and the `K` of the slow rate's peak marked.
struct TruncationPlot: PlotKind {
    let options: [String] = []

    func make(_ o: PlotRequest) throws -> Figure {
        let result = try o.experiment(TruncationResult.self).result
        let horizons = result.horizons.map(Double.init)
        let peak = Double(result.peakHorizon)
        let speeds = [("slow", "$\\mu_\\mathrm{slow}$", result.slowRates, result.bpttSlowRate),
                      ("fast", "$\\mu_\\mathrm{fast}$", result.fastRates, result.bpttFastRate)]
        let panels = speeds.map { speed, label, rates, bpttRate -> Axes in
            let bptt = bpttRate.isFinite ? bpttRate : nil
            let shown = rates + [bptt ?? .nan].filter(\.isFinite)
            let low = shown.min() ?? 0, high = shown.max() ?? 1, pad = 0.08 * max(high - low, 1e-9)
            var axes = Axes(title: "\(speed) rate", xLabel: "truncation horizon $K$", yLabel: label, yLimits: (low - pad)...(high + pad),
                            legend: speed == "slow" ? .lowerRight : .hidden)
            if let bptt {
                axes.add(ReferenceLineMark(.horizontal(bptt), label: "BPTT", color: Palette.color(for: "BPTT", index: 0)))
            }
            axes.add(LineMark(x: horizons, y: rates, label: "tBPTT-$K$", color: Palette.color(for: "tBPTT", index: 0), marker: .circle))
            if speed == "slow", let index = horizons.firstIndex(of: peak), let low = rates.min(), let high = rates.max() {
                let span = max(high - low, 1e-9)
                axes.add(AnnotationMark("peak at $K = \(Int(peak))$", at: (peak, high - 0.3 * span), arrowTo: (peak, rates[index]),
                                        anchor: TextAnchor(.center, .center)))
            }
            return axes
        }
        return Figure(width: .cm(16), height: .cm(5.5), rows: 1, columns: 2, sharedX: false, panels: panels)
    }
}
