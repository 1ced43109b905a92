import Experiments
import Document
import Foundation
import Plot
import PlotKinds

/// `{figure} fig-id`: a figure of experiment results. Without `:plot:` (or with
/// `:plot: xy`) it is the generic declarative plot; other `:plot:` values name the composite
/// figures of `PlotKindRegistry`. The content is the caption; `:alt:` (or the caption) the alt text.
/// A `{figure}` with neither `:experiment:` nor `:plot:` shows an image file instead
/// (`ImageFigureDirective`).
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
            return .error(Diagnostic.located(error, fallback: directive.location))
        }
    }

    /// The figure a directive describes, at its size (`:width:`, `:height:`).
    static func figure(_ directive: Directive, context: DirectiveContext) throws -> Figure {
        let kindName = directive.option("plot")?.value ?? PlotKindRegistry.defaultName
        guard let kind = PlotKindRegistry.all[kindName] else {
            throw context.report("unknown plot kind '\(kindName)'; plot kinds: \(PlotKindRegistry.all.keys.sorted().joined(separator: ", "))",
                                 at: directive.option("plot")!.location)
        }
        let values = try context.options(of: directive, allowed: PlotRequest.common + kind.options)
        let request = PlotRequest(options: values.mapValues(\.value), results: context.results, failures: context.failures)
        var figure: Figure
        do { figure = try kind.figure(request) } catch {
            throw context.report(error, at: directive.location, options: values)
        }
        if let width = try centimetres("width", values, context) {
            let aspect = figure.height.points / figure.width.points
            figure.width = width
            figure.height = .points(width.points * aspect)
        }
        if let height = try centimetres("height", values, context) { figure.height = height }
        figure.style.mathMacros = context.mathMacros
        return figure
    }

    /// A length in cm (the figure's width or height).
    private static func centimetres(_ key: String, _ values: [String: DirectiveOption], _ context: DirectiveContext) throws -> Length? {
        guard let option = values[key] else { return nil }
        guard let cm = Double(option.value.replacingOccurrences(of: "cm", with: "").trimmingCharacters(in: .whitespaces)),
              cm > 1, cm <= 40 else {
            throw context.report("':\(key):' is '\(option.value)'; give a size in cm between 1 and 40, e.g. 12cm", at: option.location)
        }
        return .cm(cm)
    }
}
