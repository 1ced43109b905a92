import Experiments
import Plot

/// The declarative plot for lab notes: `:x:` and `:y:` are paths inside the experiment; one
/// `*` in them draws one series per key (`:y: rules.*.loss`), restricted and ordered by
/// `:series:`. `:mark:` is line, scatter, stem or bar; `:xscale:`/`:yscale:` linear, log or
/// symlog; `:xlabel:`, `:ylabel:` may hold $maths$.
struct GenericPlot: PlotKind {
    static let name = "xy"

    let options = ["x", "y", "series", "mark", "xscale", "yscale", "xlabel", "ylabel", "legend"]

    func make(_ o: PlotRequest) throws -> Figure {
        let (experiment, _) = try o.experiment()
        let yPattern = try o.required("y")
        let series = try o.expand(yPattern, experiment: experiment, option: "y", only: o.list("series"))
        let xPattern = o.string("x")
        let mark = try o.choice("mark", ["line", "scatter", "stem", "bar"])
        var axes = Axes(title: o.string("title"), xLabel: o.string("xlabel"), yLabel: o.string("ylabel"),
                        xScale: try o.scale("xscale"), yScale: try o.scale("yscale"))
        if o.string("legend") == "none" { axes.legend = .hidden }
        for (key, path) in series {
            let y = try o.numbers(path, experiment: experiment, option: "y")
            let x: [Double]
            if let xPattern {
                let xPath = PlotRequest.substituting(key, in: xPattern)
                x = try o.numbers(xPath, experiment: experiment, option: "x")
                guard x.count == y.count else {
                    throw LocatedError("':x:' has \(x.count) values but ':y:' has \(y.count) for '\(key)'", option: "x")
                }
            } else {
                x = (0..<y.count).map { Double($0 + 1) }
            }
            let label = key.isEmpty ? nil : RuleStyle.displayName(key)
            switch mark {
            case "scatter": axes.add(ScatterMark(x: x, y: y, label: label))
            case "stem": axes.add(StemMark(x: x, y: y, label: label))
            case "bar": axes.add(BarMark(x: x, height: y, label: label))
            default: axes.add(LineMark(x: x, y: y, label: label))
            }
        }
        return Figure(axes, width: .cm(12))
    }
}
