import Document
import Foundation
import Graphics
import Plot

/// A Plot figure laid out once into document artwork: its SVG (ids prefixed with the
/// figure's id) for both writers, and what the layout could not show.
enum PlotArtwork {
    static func make(_ figure: Figure, id: String) throws -> (FigureArtwork, warnings: [String]) {
        var scene: Scene?
        let svg = try Render.svg(width: figure.width.points, height: figure.height.points, idPrefix: "\(id)-",
                                 name: "figure '\(id)'") { scene = figure.draw(on: $0) }
        let artwork = FigureArtwork(widthPoints: figure.width.points, heightPoints: figure.height.points,
                                    svg: SVGText.inlineable(svg), columns: figure.columns)
        return (artwork, scene?.warnings ?? [])
    }
}
