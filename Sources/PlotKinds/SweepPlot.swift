import Experiments
import Foundation
import Graphics
import Plot

/// `:plot: sweep` of a sweep experiment: a summary over seeds of a number of each run
/// (`:y:`, a path inside the run's result, one `*` for one series per key) against a swept
/// parameter (`:x:`, the first swept one by default), one series per key and per value of
/// another swept parameter (`:by:`). `:error:` draws sd, se, iqr (quartiles), minmax or none
/// around the `:center:` (mean, or median by default for iqr) as error bars or, with
/// `:style: band`, a band; `:runs: true` adds every seed's values as faint lines. On a log
/// y axis a bar whose lower end is not positive ends in an arrowhead at the bottom of the
/// axes, and the legend says what the arrowhead means.
struct SweepPlot: PlotKind {
    let options = ["x", "y", "by", "series", "error", "center", "style", "runs", "xscale", "yscale", "xlabel", "ylabel", "legend"]

    /// One curve: its label, colour, and the numbers of every point's runs.
    private struct Series {
        var label: String?
        var color: Color
        var x: [Double] = []
        var runs: [[Double]] = []
    }

    func make(_ o: PlotRequest) throws -> Figure {
        let (id, result) = try o.experiment()
        guard result["kind"]?.stringValue == Sweep.kind else {
            throw LocatedError("this figure needs a sweep (an experiment with 'sweep:' or 'seeds:'); '\(id)' is a '\(result["kind"]?.stringValue ?? "unknown")' experiment",
                               option: "experiment")
        }
        let names = result["parameters"]?.arrayValue?.compactMap(\.stringValue) ?? []
        guard let xName = o.string("x") ?? names.first else {
            throw LocatedError("'\(id)' sweeps no parameter (only seeds); there is nothing to draw against", option: "experiment")
        }
        for (key, name) in [("x", xName), ("by", o.string("by"))] {
            if let name, !names.contains(name) {
                throw LocatedError("'\(id)' does not sweep '\(name)'; it sweeps \(names.isEmpty ? "nothing (seeds only)" : names.joined(separator: ", "))", option: key)
            }
        }
        let byName = o.string("by")
        if byName == xName { throw LocatedError("':by:' must be another swept parameter than ':x:'", option: "by") }
        let summary = result["summary"]?.arrayValue ?? []
        func value(_ name: String, at p: Int) -> JSONValue {
            name.split(separator: ".").reduce(summary[p]["values"] ?? .null) { $0[String($1)] ?? .null }
        }
        for name in names where name != xName && name != byName {
            let distinct = Set(summary.indices.map { value(name, at: $0).serialized() })
            if distinct.count > 1 {
                throw LocatedError("'\(id)' also sweeps '\(name)'; draw one series per value with ':by: \(name)'", option: "by")
            }
        }

        let pattern = try o.required("y")
        let keys = try o.expand(pattern, experiment: "\(id).points[0]", option: "y", only: o.list("series"))
        let byValues = byName.map { name in summary.indices.map { value(name, at: $0) }.uniqued() } ?? [JSONValue.null]
        let ruleColors = RuleStyle.colors(keys.map(\.key))
        var series: [Series] = []
        for (b, byValue) in byValues.enumerated() {
            for (k, key) in keys.enumerated() {
                var parts: [String] = []
                if !key.key.isEmpty { parts.append(RuleStyle.displayName(key.key)) }
                if let byName { parts.append("\(byName) = \(byValue.serialized())") }
                let color = byName == nil ? ruleColors[key.key] ?? Palette.color(for: nil, index: k)
                    : Palette.qualitative[(b * keys.count + k) % Palette.qualitative.count]
                var s = Series(label: parts.isEmpty ? nil : parts.joined(separator: ", "), color: color)
                for p in summary.indices where byName.map({ value($0, at: p) == byValue }) ?? true {
                    guard let x = value(xName, at: p).doubleValue else {
                        throw LocatedError("'\(xName)' takes the value \(value(xName, at: p).serialized()), which is not a number; ':x:' needs a numeric parameter", option: "x")
                    }
                    let runs = summary[p]["runs"]?.arrayValue?.compactMap(\.doubleValue).map(Int.init) ?? []
                    let numbers = try runs.map { r -> Double in
                        let path = "\(id).points[\(r)].\(PlotRequest.substituting(key.key, in: pattern))"
                        do { return try ResultPath(path).number(in: [id: result]) } catch let e as LocatedError {
                            if (try? ResultPath(path).value(in: [id: result])) == .null { return .nan }
                            throw LocatedError(e.message, option: "y")
                        }
                    }
                    s.x.append(x)
                    s.runs.append(numbers)
                }
                let order = s.x.indices.sorted { s.x[$0] < s.x[$1] }
                s.x = order.map { s.x[$0] }
                s.runs = order.map { s.runs[$0] }
                series.append(s)
            }
        }

        let error = try o.choice("error", ["sd", "se", "iqr", "minmax", "none"])
        let center = o.string("center") == nil && error == "iqr" ? "median" : try o.choice("center", ["mean", "median"])
        let band = try o.choice("style", ["bars", "band"]) == "band"
        let showRuns = try o.choice("runs", ["false", "true"]) == "true"
        var axes = Axes(title: o.string("title"), xLabel: o.string("xlabel") ?? xName, yLabel: o.string("ylabel"),
                        xScale: try o.scale("xscale"), yScale: try o.scale("yscale"))
        if o.string("legend") == "none" { axes.legend = .hidden }
        var hasOpenEnd = false
        for s in series {
            let stats = s.runs.map(SummaryStatistics.init)
            let mid = stats.map { (center == "median" ? $0?.median : $0?.mean) ?? .nan }
            let (lower, upper): ([Double], [Double]) = {
                switch error {
                case "sd": return (zip(mid, stats).map { $0 - ($1?.sd ?? .nan) }, zip(mid, stats).map { $0 + ($1?.sd ?? .nan) })
                case "se": return (zip(mid, stats).map { $0 - ($1?.se ?? .nan) }, zip(mid, stats).map { $0 + ($1?.se ?? .nan) })
                case "iqr": return (stats.map { $0?.q1 ?? .nan }, stats.map { $0?.q3 ?? .nan })
                case "minmax": return (stats.map { $0?.min ?? .nan }, stats.map { $0?.max ?? .nan })
                default: return ([], [])
                }
            }()
            if showRuns {
                for r in 0..<(s.runs.map(\.count).max() ?? 0) {
                    axes.add(LineMark(x: s.x, y: s.runs.map { r < $0.count ? $0[r] : .nan }, color: Palette.tint(s.color, share: 0.6), width: 0.5))
                }
            }
            if error != "none" {
                if band {
                    axes.add(BandMark(x: s.x, lower: lower, upper: upper, color: s.color, opacity: 0.2))
                } else {
                    axes.add(ErrorBarMark(x: s.x, y: mid, lowerError: zip(mid, lower).map { $0 - $1 }, upperError: zip(upper, mid).map { $0 - $1 },
                                          color: s.color, marker: nil))
                    hasOpenEnd = hasOpenEnd || lower.contains { !axes.yScale.accepts($0) && !$0.isNaN }
                }
            }
            axes.add(LineMark(x: s.x, y: mid, label: s.label, color: s.color, marker: .circle))
        }
        if hasOpenEnd {
            let end = ["iqr": "first quartile", "minmax": "minimum"][error] ?? "\(center) − \(error)"
            axes.add(ScatterMark(x: [], y: [], label: "\(end) ≤ 0", color: Palette.gray, shape: .arrowDown, size: 5))
        }
        return Figure(axes, width: .cm(12))
    }
}

private extension Array where Element == JSONValue {
    /// The distinct values in order of first appearance.
    func uniqued() -> [JSONValue] {
        reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }
}
