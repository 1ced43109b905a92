import Document

/// A figure of several columns of panels as a phone shows it: the columns one under another,
/// each a window (`<svg viewBox>`) onto the one inline drawing through `<use>`, so the
/// drawing is not written twice. Narrow columns are kept in pairs (or more) so that no
/// window is narrower than `narrowestWindow`; a window is set at most `largestScale` px per
/// point, so its 6 pt labels are at most 10 px on a phone. A later column's window shows
/// again at its left the labels only the first column draws (a shared y axis's, a row's
/// name), through a small window onto each of their boxes. A figure of several rows is
/// shown cell by cell, row by row, so the panels come in the order of their letters, and
/// an upper row repeats under it the x axis labels only the bottom row draws. The
/// stylesheet shows the windows and hides the whole drawing only below 40 rem.
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
    /// after it, row by row for a figure of several rows (so the panels come in reading
    /// order); the drawing unchanged when there are none.
    static func html(svg: String, windows: [ClosedRange<Double>], artwork: FigureArtwork, figureID: String) -> String {
        guard !windows.isEmpty, svg.hasPrefix("<svg ") else { return svg }
        let id = HTMLEscaping.attribute(drawingID(figureID))
        let use = "<use href=\"#\(id)\" width=\"\(number(artwork.widthPoints))\" height=\"\(number(artwork.heightPoints))\"/>"
        let rows = artwork.rows.isEmpty ? [FigureRow(top: 0, plotBottom: artwork.heightPoints, bottom: artwork.heightPoints)] : artwork.rows
        // Every window at one scale: each as wide, relative to the widest, as what it shows.
        let widest = windows.map { width(of: $0, artwork) }.max() ?? 1
        let parts = rows.indices.flatMap { row in
            windows.map { window in
                cell(window, row: row, of: rows, artwork: artwork, use: use, share: width(of: window, artwork) / widest)
            }
        }
        return "<svg id=\"\(id)\" " + svg.dropFirst(5) + "<div class=\"columns\">" + parts.joined() + "</div>"
    }

    /// The space between the first column's labels and a later column's panels (whose
    /// letter stands at their left edge), in points.
    static let labelGap = 4.0

    /// The labels a window shows at its left (the first column's, for a later column) and
    /// the room they take, `labelGap` included.
    private static func leftLabels(_ window: ClosedRange<Double>, _ artwork: FigureArtwork) -> (strip: AxisLabelStrip?, room: Double) {
        guard window.lowerBound > (artwork.columnEdges.first ?? 0), let strip = artwork.firstColumnLabels else { return (nil, 0) }
        return (strip, strip.x.upperBound - strip.x.lowerBound + labelGap)
    }

    /// The width of a window's content: its columns and the first column's labels beside them.
    private static func width(of window: ClosedRange<Double>, _ artwork: FigureArtwork) -> Double {
        leftLabels(window, artwork).room + window.upperBound - window.lowerBound
    }

    /// One window: the panels of `window` in row `row`, with the labels only the first
    /// column draws at its left (for a later column) and those only the bottom row draws
    /// under it (for an upper row), each through a small window onto its box; `share` is
    /// its width over the widest window's, so that all are at one scale.
    private static func cell(_ window: ClosedRange<Double>, row: Int, of rows: [FigureRow], artwork: FigureArtwork,
                             use: String, share: Double) -> String {
        let band = rows[row]
        let span = window.upperBound - window.lowerBound
        let bandHeight = band.bottom - band.top
        let (firstLabels, labelWidth) = leftLabels(window, artwork)
        let leftBoxes = firstLabels?.boxes.filter { (band.top...band.bottom).contains($0.y + $0.height / 2) } ?? []
        let below = row < rows.count - 1 ? artwork.lastRowLabels?.boxes.filter { window.contains($0.x + $0.width / 2) } ?? [] : []
        // The bottom row's labels keep their distance from the plot they label.
        let lastPlotBottom = rows.last?.plotBottom ?? 0
        let belowTop = band.plotBottom - band.top
        let height = max(bandHeight, below.map { belowTop + $0.y + $0.height - lastPlotBottom }.max() ?? 0)
        let largest = Stylesheet.rem((((labelWidth + span) * largestScale / 16) * 10).rounded() / 10)
        let style = share < 0.98 ? "width:\(number(share * 100))%;max-width:\(largest)" : "max-width:\(largest)"
        func box(_ b: AxisLabelStrip.Box, x: Double, y: Double) -> String {
            "<svg x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(b.width))\" height=\"\(number(b.height))\" "
                + "viewBox=\"\(number(b.x)) \(number(b.y)) \(number(b.width)) \(number(b.height))\">\(use)</svg>"
        }
        // Without labels the window's view box is the cell's; with them it starts at 0 and
        // the labels and the cell are placed in it.
        guard firstLabels != nil || !below.isEmpty else {
            return "<svg class=\"column\" viewBox=\"\(number(window.lowerBound)) \(number(band.top)) \(number(span)) \(number(bandHeight))\" "
                + "style=\"\(style)\" aria-hidden=\"true\">\(use)</svg>"
        }
        let open = "<svg class=\"column\" viewBox=\"0 0 \(number(labelWidth + span)) \(number(height))\" style=\"\(style)\" aria-hidden=\"true\">"
        let left = leftBoxes.map { box($0, x: $0.x - (firstLabels?.x.lowerBound ?? 0), y: $0.y - band.top) }
        let panels = "<svg x=\"\(number(labelWidth))\" width=\"\(number(span))\" height=\"\(number(bandHeight))\" "
            + "viewBox=\"\(number(window.lowerBound)) \(number(band.top)) \(number(span)) \(number(bandHeight))\">\(use)</svg>"
        let under = below.map { box($0, x: labelWidth + $0.x - window.lowerBound, y: belowTop + $0.y - lastPlotBottom) }
        return open + left.joined() + panels + under.joined() + "</svg>"
    }

    /// A length in points with at most two decimals.
    private static func number(_ x: Double) -> String {
        let rounded = (x * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
