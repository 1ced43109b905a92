import Document
import Foundation
import Graphics
import Plot

/// A Plot figure as document artwork: SVG for the HTML writer (ids prefixed per figure) and
/// the figure itself for writers that draw it on a Canvas.
struct PlotArtwork: FigureArtwork {
    let figure: Figure

    var widthPoints: Double { figure.width.points }
    var heightPoints: Double { figure.height.points }

    func svg(idPrefix: String) throws -> String {
        var text = String(decoding: try figure.svg(idPrefix: idPrefix), as: UTF8.self)
        if text.hasPrefix("<?xml"), let end = text.firstIndex(of: "\n") { text = String(text[text.index(after: end)...]) }
        return text
    }

    func draw(on canvas: Canvas) {
        _ = figure.draw(on: canvas)
    }
}
