import Document
import Plot

/// `{figure} fig-id`: a figure of experiment results. Without `:plot:` (or with
/// `:plot: xy`) it is the generic declarative plot; other `:plot:` values name the composite
/// figures of `PlotKinds`. The content is the caption; `:alt:` (or the caption) the alt text.
enum FigureDirective {
    static func resolve(_ directive: Directive, caption: [Inline], context: DirectiveContext) -> Block {
        do {
            let figure = try self.figure(directive, context: context)
            let (artwork, warnings) = try PlotArtwork.make(figure, id: directive.argument)
            for warning in warnings {
                context.report("figure '\(directive.argument)': \(warning)", at: directive.location, severity: .warning)
            }
            let problems = figure.labelProblems
            for problem in problems {
                context.report("figure '\(directive.argument)': \(problem)", at: directive.location)
            }
            let alt = directive.option("alt")?.value ?? InlineText.plain(caption)
            if alt.isEmpty {
                context.report("figure '\(directive.argument)' has neither a caption nor ':alt:' text; readers of screen readers need one",
                               at: directive.location, severity: .warning)
            }
            return .figure(FigureBlock(id: directive.argument, caption: caption, alt: alt, artwork: artwork,
                                       warnings: warnings + problems, location: directive.location))
        } catch {
            return .error(Diagnostic.shown(error, fallback: directive.location))
        }
    }

    /// The figure a directive describes, at its size (`:width:`, `:height:`).
    static func figure(_ directive: Directive, context: DirectiveContext) throws -> Figure {
        let kindName = directive.option("plot")?.value ?? GenericPlot.name
        guard let kind = PlotKinds.all[kindName] else {
            throw context.report("unknown plot kind '\(kindName)'; plot kinds: \(PlotKinds.all.keys.sorted().joined(separator: ", "))",
                                 at: directive.option("plot")!.location)
        }
        let values = try context.options(of: directive, allowed: FigureOptions.common + kind.options)
        let options = FigureOptions(directive: directive, values: values, context: context)
        var figure = try kind.make(options)
        if let width = try options.centimetres("width") {
            let aspect = figure.height.points / figure.width.points
            figure.width = width
            figure.height = .points(width.points * aspect)
        }
        if let height = try options.centimetres("height") { figure.height = height }
        return figure
    }
}

/// A named kind of figure: the options it reads and how it builds the figure.
protocol PlotKind: Sendable {
    var options: [String] { get }
    func make(_ options: FigureOptions) throws -> Figure
}

/// The registry of plot kinds, one file each.
enum PlotKinds {
    static let all: [String: any PlotKind] = [
        GenericPlot.name: GenericPlot(),
        "mode-grid": ModeGridPlot(),
        "spectra": SpectraPlot(),
        "phase-portrait": PhasePortraitPlot(),
        "plateau": PlateauPlot(),
        "stability": StabilityPlot(),
        "excursion": ExcursionPlot(),
        "rates": RatesPlot(),
        "truncation": TruncationPlot(),
        "kernels": KernelsPlot(),
        "sampled": SampledPlot(),
        "alignment": AlignmentPlot(),
    ]
}
