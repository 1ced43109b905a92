import Experiments
import Graphics
import Plot

/// The declarative plot for lab notes: `:x:` and `:y:` are paths inside the experiment; one
/// `*` in them draws one series per key (`:y: rules.*.loss`), restricted and ordered by
/// `:series:`. `:experiment: a, b` draws the series of several experiments on one axes.
/// `:mark:` is line, scatter, stem or bar; `:xscale:`/`:yscale:` linear, log or symlog;
/// `:xlabel:`, `:ylabel:` may hold $maths$; `:labels:` and `:colors:` name and colour the
/// series in order; `:xlim:`/`:ylim:` fix the axis ranges; `:legend:` places the legend.
/// A series whose run stopped early (diverged) ends in a × with a legend row saying where.
/// `:reference:` draws dashed horizontal lines at numbers or result paths (a `*` in a path
/// takes each series' key), with one legend row named by `:reference-label:`.
/// `:coincident: off` keeps a line hidden under an earlier one solid (it is dashed by default).
struct GenericPlot: PlotKind {
    static let name = "xy"

    let options = ["x", "y", "series", "mark", "xscale", "yscale", "xlabel", "ylabel", "legend", "labels", "colors", "xlim", "ylim", "reference", "reference-label", "coincident"]

    static let legendPlacements: [(String, LegendPlacement)] = [
        ("auto", .automatic), ("upper-right", .upperRight), ("upper-left", .upperLeft), ("lower-left", .lowerLeft),
        ("lower-right", .lowerRight), ("upper-center", .upperCenter), ("lower-center", .lowerCenter),
        ("center-left", .centerLeft), ("center-right", .centerRight),
        ("outside", .outsideRight), ("none", .hidden),
    ]

    static let namedColors: [String: Color] = [
        "blue": Palette.blue, "vermillion": Palette.vermillion, "green": Palette.bluishGreen, "orange": Palette.orange,
        "purple": Palette.reddishPurple, "sky-blue": Palette.skyBlue, "yellow": Palette.yellow, "black": Palette.black,
        "gray": Palette.gray,
    ]

    func make(_ o: PlotRequest) throws -> Figure {
        let experiments = PlotRequest.split(try o.required("experiment"))
        for id in experiments { _ = try o.result(of: id, option: "experiment") }
        let yPattern = try o.required("y")
        var series: [(experiment: String, key: String, path: String)] = []
        for id in experiments {
            series += try o.expand(yPattern, experiment: id, option: "y", only: o.list("series")).map { (id, $0.key, $0.path) }
        }
        let labels = o.list("labels")
        if let labels, labels.count != series.count {
            throw LocatedError("':labels:' has \(labels.count) labels for \(series.count) series", option: "labels")
        }
        let colors = try o.list("colors").map { try $0.map(Self.color) }
        if let colors, colors.count != series.count {
            throw LocatedError("':colors:' has \(colors.count) colours for \(series.count) series", option: "colors")
        }
        let xPattern = o.string("x")
        let mark = try o.choice("mark", ["line", "scatter", "stem", "bar"])
        let legend = try o.choice("legend", Self.legendPlacements.map(\.0))
        var axes = Axes(title: o.string("title"), xLabel: o.string("xlabel"), yLabel: o.string("ylabel"),
                        xScale: try o.scale("xscale"), yScale: try o.scale("yscale"))
        axes.legend = Self.legendPlacements.first { $0.0 == legend }!.1
        axes.xLimits = try Self.limits(o, "xlim")
        axes.yLimits = try Self.limits(o, "ylim")
        for (index, (experiment, key, path)) in series.enumerated() {
            let y = try o.numbers(path, experiment: experiment, option: "y")
            let x: [Double]
            if let xPattern {
                let xPath = PlotRequest.substituting(key, in: xPattern)
                x = try o.numbers(xPath, experiment: experiment, option: "x")
                guard x.count == y.count else {
                    throw LocatedError("':x:' has \(x.count) values but ':y:' has \(y.count) for '\(key.isEmpty ? experiment : key)'", option: "x")
                }
            } else {
                x = (0..<y.count).map { Double($0 + 1) }
            }
            let name = key.isEmpty ? nil : RuleStyle.displayName(key)
            let label = labels?[index] ?? (experiments.count > 1 ? [experiment, name].compactMap { $0 }.joined(separator: ": ") : name)
            let color = colors?[index]
            switch mark {
            case "scatter": axes.add(ScatterMark(x: x, y: y, label: label, color: color))
            case "stem": axes.add(StemMark(x: x, y: y, label: label, color: color))
            case "bar": axes.add(BarMark(x: x, height: y, label: label, color: color))
            default: axes.add(LineMark(x: x, y: y, label: label, color: color))
            }
            if let note = StoppedRun.note(path: path, experiment: experiment, results: o.results),
               let stopped = StoppedRun.mark(x: x, y: y, series: label, note: note, color: color) {
                axes.add(stopped)
            }
        }
        axes.distinguishCoincident = try o.choice("coincident", ["dashed", "off"]) == "dashed"
        let label = o.string("reference-label") ?? "reference"
        for (index, value) in try Self.references(o, series: series.map { ($0.experiment, $0.key) }).enumerated() {
            axes.add(ReferenceLineMark(.horizontal(value), label: index == 0 ? label : nil))
        }
        return Figure(axes, width: .cm(12))
    }

    /// The values of `:reference:`: each item a number or a path in the experiment; a path
    /// with `*` gives one value per series, read at that series' key. Repeated values are drawn once.
    static func references(_ o: PlotRequest, series: [(experiment: String, key: String)]) throws -> [Double] {
        guard let items = o.list("reference") else {
            if o.string("reference-label") != nil {
                throw LocatedError("':reference-label:' names a line but ':reference:' is missing", option: "reference-label")
            }
            return []
        }
        var values: [Double] = []
        for item in items {
            if let number = Double(item) {
                guard number.isFinite else { throw LocatedError("':reference:' holds '\(item)'; give a finite number or a path", option: "reference") }
                values.append(number)
                continue
            }
            let paths = item.contains("*") ? series.map { ($0.experiment, PlotRequest.substituting($0.key, in: item)) }
                                           : [(series.first?.experiment ?? "", item)]
            for (experiment, path) in paths {
                let value: Double
                do { value = try ResultPath("\(experiment).\(path)").number(in: o.results) } catch let e as LocatedError {
                    throw LocatedError(e.message, option: "reference")
                }
                guard value.isFinite else {
                    throw LocatedError("':reference:' path '\(path)' holds \(value); it must hold a finite number", option: "reference")
                }
                values.append(value)
            }
        }
        var seen: Set<Double> = []
        return values.filter { seen.insert($0).inserted }
    }

    /// `#rrggbb` or a palette name.
    static func color(_ text: String) throws -> Color {
        if let named = namedColors[text.lowercased()] { return named }
        if text.hasPrefix("#"), text.count == 7, let hex = UInt32(text.dropFirst(), radix: 16) { return Color(hex: hex) }
        throw LocatedError("':colors:' holds '\(text)'; give #rrggbb or one of \(namedColors.keys.sorted().joined(separator: ", "))", option: "colors")
    }

    /// `low, high` of an axis.
    static func limits(_ o: PlotRequest, _ key: String) throws -> ClosedRange<Double>? {
        guard let items = o.list(key) else { return nil }
        guard items.count == 2, let low = Double(items[0]), let high = Double(items[1]), low.isFinite, high.isFinite, low < high else {
            throw LocatedError("':\(key):' is '\(o.string(key)!)'; give two increasing numbers, e.g. '0, 1'", option: key)
        }
        return low...high
    }
}
