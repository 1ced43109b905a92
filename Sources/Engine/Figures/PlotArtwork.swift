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
                                    svg: SVGText.inlineable(svg), columnEdges: columnEdges(scene, figure))
        return (artwork, scene?.warnings ?? [])
    }

    /// Where each column of the grid begins (its cells' left edge; 0 for the first) and the
    /// figure's width.
    static func columnEdges(_ scene: Scene?, _ figure: Figure) -> [Double] {
        let width = figure.width.points
        guard let scene, figure.columns > 1, scene.panels.count >= figure.columns else { return [0, width] }
        let starts = (1..<figure.columns).map { scene.panels[$0].cell.minX }
        return [0] + starts + [width]
    }
}
