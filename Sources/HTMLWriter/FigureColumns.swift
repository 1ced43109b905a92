import Document

/// A figure of several columns of panels as a phone shows it: the columns one under another,
/// each a window (`<svg viewBox>`) onto the one inline drawing through `<use>`, so the
/// drawing is not written twice. Narrow columns are kept in pairs (or more) so that no
/// window is narrower than `narrowestWindow`; a window is set at most `largestScale` px per
/// point, so its 6 pt labels are at most 10 px on a phone. A later column's window shows
/// again at its left the labels only the first column draws (a shared y axis's, a row's
/// name), through a small window onto each of their boxes. The stylesheet shows the
/// windows and hides the whole drawing only below 40 rem.
enum FigureColumns {
    /// The narrowest a window of columns may be, in points.
    static let narrowestWindow = 140.0
    /// The most a window is enlarged, in CSS px per point.
    static let largestScale = 1.6

    /// The column ranges in points that each window shows, from the artwork's column edges;
    /// empty for a figure of one column.
    static func windows(_ edges: [Double]) -> [ClosedRange<Double>] {
        guard edges.count > 2 else { return [] }
        var windows: [ClosedRange<Double>] = []
        var start = edges[0]
        for (index, edge) in edges.enumerated().dropFirst() {
            let isLast = index == edges.count - 1
            let remaining = (edges.last ?? edge) - edge
            guard edge - start >= narrowestWindow || isLast else { continue }
            // A last column too narrow on its own joins the window before it.
            if !isLast, remaining < narrowestWindow, remaining > 0 { continue }
            windows.append(start...edge)
            start = edge
        }
        return windows.count > 1 ? windows : []
    }

    /// The id the drawing's `<svg>` carries for the windows' `<use>`.
    static func drawingID(_ figureID: String) -> String { "\(figureID)-drawing" }

    /// `svg` (the inline drawing) with its id, and the markup of `windows` (from `windows(_:)`)
    /// after it; the drawing unchanged when there are none.
    static func html(svg: String, windows: [ClosedRange<Double>], artwork: FigureArtwork, figureID: String) -> String {
        guard !windows.isEmpty, svg.hasPrefix("<svg ") else { return svg }
        let id = HTMLEscaping.attribute(drawingID(figureID))
        let width = number(artwork.widthPoints), height = number(artwork.heightPoints)
        let use = "<use href=\"#\(id)\" width=\"\(width)\" height=\"\(height)\"/>"
        let parts = windows.map { window -> String in
            let span = window.upperBound - window.lowerBound
            let labels = window.lowerBound > (artwork.columnEdges.first ?? 0) ? artwork.firstColumnLabels : nil
            let labelWidth = labels.map { $0.x.upperBound - $0.x.lowerBound } ?? 0
            let widest = Stylesheet.rem((((labelWidth + span) * largestScale / 16) * 10).rounded() / 10)
            // Without labels the window's view box is the column's; with them it starts at 0
            // and the labels and the column are placed in it side by side.
            let left = labels == nil ? window.lowerBound : 0
            let open = "<svg class=\"column\" viewBox=\"\(number(left)) 0 \(number(labelWidth + span)) \(height)\" style=\"max-width:\(widest)\" aria-hidden=\"true\">"
            guard let labels else { return open + use + "</svg>" }
            let strips = labels.boxes.map { box -> String in
                let size = "width=\"\(number(box.width))\" height=\"\(number(box.height))\""
                return "<svg x=\"\(number(box.x - labels.x.lowerBound))\" y=\"\(number(box.y))\" \(size) "
                    + "viewBox=\"\(number(box.x)) \(number(box.y)) \(number(box.width)) \(number(box.height))\">\(use)</svg>"
            }
            let column = "<svg x=\"\(number(labelWidth))\" width=\"\(number(span))\" height=\"\(height)\" "
                + "viewBox=\"\(number(window.lowerBound)) 0 \(number(span)) \(height)\">\(use)</svg>"
            return open + strips.joined() + column + "</svg>"
        }
        return "<svg id=\"\(id)\" " + svg.dropFirst(5) + "<div class=\"columns\">" + parts.joined() + "</div>"
    }

    /// A length in points with at most two decimals.
    private static func number(_ x: Double) -> String {
        let rounded = (x * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
