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
                                    svg: SVGText.inlineable(svg), columnEdges: columnEdges(scene, figure),
                                    firstColumnLabels: firstColumnLabels(scene, figure), rows: rows(scene, figure),
                                    lastRowLabels: lastRowLabels(scene, figure))
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

    /// The rows of a grid of several rows and columns: each row's top (its first cell's),
    /// the bottom of its lowest plot area, and its end (the next row's top, or the figure's
    /// height); empty for a single row or column.
    static func rows(_ scene: Scene?, _ figure: Figure) -> [FigureRow] {
        let columns = figure.columns
        guard let scene, columns > 1, scene.panels.count > columns else { return [] }
        let starts = stride(from: 0, to: scene.panels.count, by: columns).map { $0 }
        return starts.enumerated().map { index, first in
            let panels = scene.panels[first..<min(first + columns, scene.panels.count)]
            let bottom = index + 1 < starts.count ? scene.panels[starts[index + 1]].cell.minY : figure.height.points
            return FigureRow(top: scene.panels[first].cell.minY, plotBottom: panels.map(\.plotArea.maxY).max() ?? bottom,
                             bottom: bottom)
        }
    }

    /// The labels only the bottom row draws when the rows share the x axis: the texts of
    /// its panels below their plot area (tick labels and axis title), each box half a point
    /// larger all round; nil when the x axis is not shared or there is one row.
    static func lastRowLabels(_ scene: Scene?, _ figure: Figure) -> AxisLabelStrip? {
        let columns = figure.columns
        guard let scene, figure.sharedX, columns > 1, scene.panels.count > columns else { return nil }
        let lastRow = (scene.panels.count - 1) / columns
        let boxes = scene.texts.compactMap { text -> AxisLabelStrip.Box? in
            guard let panel = text.panel, panel / columns == lastRow else { return nil }
            let plot = scene.panels[panel].plotArea
            guard text.rect.minY >= plot.maxY, (plot.minX - 1...plot.maxX + 1).contains(text.rect.midX) else { return nil }
            return AxisLabelStrip.Box(x: text.rect.minX - 0.5, y: text.rect.minY - 0.5,
                                      width: text.rect.width + 1, height: text.rect.height + 1)
        }
        return boxes.isEmpty ? nil : AxisLabelStrip(boxes: boxes)
    }

    /// The labels only the first column draws for its rows: when the columns share the y
    /// axis, the texts of each row's first panel left of its plot and centred beside it
    /// (its tick labels and axis title, not its letter or title); otherwise the y axis
    /// title of a row's first panel when no later panel of the row has one (a row's name).
    /// Each box is half a point larger all round.
    static func firstColumnLabels(_ scene: Scene?, _ figure: Figure) -> AxisLabelStrip? {
        guard let scene, figure.columns > 1 else { return nil }
        let columns = figure.columns
        let firsts = Set(stride(from: 0, to: scene.panels.count, by: columns))
        func isRowName(_ text: SceneText, of panel: Int) -> Bool {
            guard let title = figure.panels[panel].yLabel, text.source == title else { return false }
            let row = figure.panels.indices.filter { $0 / columns == panel / columns && $0 != panel }
            return row.allSatisfy { figure.panels[$0].yLabel == nil }
        }
        let boxes = scene.texts.compactMap { text -> AxisLabelStrip.Box? in
            guard let panel = text.panel, firsts.contains(panel), figure.sharedY || isRowName(text, of: panel) else { return nil }
            let plot = scene.panels[panel].plotArea
            guard text.rect.maxX <= plot.minX, (plot.minY...plot.maxY).contains(text.rect.midY) else { return nil }
            return AxisLabelStrip.Box(x: text.rect.minX - 0.5, y: text.rect.minY - 0.5,
                                      width: text.rect.width + 1, height: text.rect.height + 1)
        }
        return boxes.isEmpty ? nil : AxisLabelStrip(boxes: boxes)
    }
}
