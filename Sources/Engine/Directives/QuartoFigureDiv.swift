import Document
import Foundation

/// Quarto figure divs: `::: {#fig-x layout-ncol=2}` holding images
/// (`![Panel A](a.png){#fig-x-a}`, one per paragraph or several in one) and, last, a
/// paragraph that is the caption. It is the MyST figure grid (``ImageFigureDirective``) with
/// the div's id as its label; `layout-ncol` sets the panels per row, `layout-nrow` the rows
/// (the columns follow). A div holding one image without an id is that image's figure.
enum QuartoFigureDiv {
    static let used = ["layout-ncol", "layout-nrow"]

    /// Whether `d` is a Pandoc div whose id starts with `fig-`.
    static func handles(_ d: Directive) -> Bool {
        d.name == "div" && attributes(d)?.id?.hasPrefix("fig-") == true
    }

    static func resolve(_ d: Directive, context: DirectiveContext) -> Block {
        guard let attributes = attributes(d), let id = attributes.id else { return .directive(d) }
        var columns: Int?, rows: Int?
        for (key, value) in attributes.pairs {
            switch key {
            case "layout-ncol", "layout-nrow":
                guard let count = Int(value), count >= 1, count <= 26 else {
                    context.report("'\(key)' is '\(value.prefix(20))'; give a whole number from 1 to 26; the layout is chosen for you",
                                   at: d.location, severity: .warning)
                    continue
                }
                if key == "layout-ncol" { columns = count } else { rows = count }
            default:
                context.report("figure attribute '\(key)' is not used (the known ones are \(used.joined(separator: ", "))); it is ignored",
                               at: d.location, severity: .warning)
            }
        }
        for name in attributes.classes {
            context.report("figure class '.\(name)' is not used; it is ignored", at: d.location, severity: .warning)
        }
        let grid = Directive(name: "figure", argument: "", options: [DirectiveOption(key: "label", value: id, location: d.location)],
                             content: d.content, rawBody: d.rawBody, contentLine: d.contentLine, location: d.location)
        let resolved = ImageFigureDirective.resolve(grid, context: context)
        guard case var .figure(f) = resolved else { return resolved }
        if f.panels.count == 1, f.panels[0].id.isEmpty, let image = f.panels[0].image {
            // One image: the figure itself, captioned by the last paragraph (or the image's text).
            let caption = f.caption.isEmpty ? f.panels[0].caption : f.caption
            return .figure(FigureBlock(id: f.id, caption: caption, alt: f.panels[0].alt, image: image, location: f.location))
        }
        if let columns { f.columns = columns } else if let rows {
            f.columns = max(1, Int((Double(f.panels.count) / Double(rows)).rounded(.up)))
        }
        return .figure(f)
    }

    private static func attributes(_ d: Directive) -> AttributeList? {
        AttributeList.parse(d.argument)
    }
}
