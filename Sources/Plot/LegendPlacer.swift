import Graphics

/// Chooses where an automatic legend goes: the inside position that covers the fewest
/// data points (upper right, upper left, lower right, lower left, upper and lower centre,
/// right and left centre, tried in turn), or outside to the right of the axes when every one of them covers data
/// and the panel is wide enough to give up the room. A placement set on the axes is kept.
struct LegendPlacer {
    let layout: FigureLayout
    static let inset = 4.0
    static let candidates: [LegendPlacement] = [.upperRight, .upperLeft, .lowerRight, .lowerLeft, .upperCenter, .lowerCenter,
                                                   .centerRight, .centerLeft]

    func placement(_ p: FigureLayout.PanelLayout) -> LegendPlacement {
        guard p.axes.legend == .automatic else { return p.axes.legend }
        var ink: [Point] = []
        var ctx = layout.markContext(p)
        for (m, color) in zip(p.axes.marks, p.axes.seriesColors()) { ctx.seriesColor = color; ink += m.inkPoints(in: ctx) }
        var best = LegendPlacement.upperRight, bestCount = Int.max
        for candidate in Self.candidates {
            let r = box(p, candidate).insetBy(-2)
            let n = ink.filter { $0.x >= r.minX && $0.x <= r.maxX && $0.y >= r.minY && $0.y <= r.maxY }.count
            if n < bestCount { best = candidate; bestCount = n }
        }
        let legendWidth = LegendDrawer.size(p.legend, style: layout.style, typesetter: layout.typesetter).width
        if bestCount > 0, p.colorScale == nil, p.plot.width - legendWidth - 6 >= 0.55 * p.cell.width {
            return .outsideRight
        }
        return best
    }

    /// The legend's box at `placement` in the panel.
    func box(_ p: FigureLayout.PanelLayout, _ placement: LegendPlacement) -> Rect {
        let size = LegendDrawer.size(p.legend, style: layout.style, typesetter: layout.typesetter)
        let plot = p.plot, inset = Self.inset
        let left = plot.minX + inset, right = plot.maxX - inset - size.width, center = plot.midX - size.width / 2
        let top = plot.minY + inset, bottom = plot.maxY - inset - size.height, middle = plot.midY - size.height / 2
        func at(_ x: Double, _ y: Double) -> Rect { Rect(x: x, y: y, width: size.width, height: size.height) }
        switch placement {
        case .upperLeft: return at(left, top)
        case .lowerLeft: return at(left, bottom)
        case .lowerRight: return at(right, bottom)
        case .upperCenter: return at(center, top)
        case .lowerCenter: return at(center, bottom)
        case .centerLeft: return at(left, middle)
        case .centerRight: return at(right, middle)
        case .outsideRight: return at(p.colorScale != nil ? plot.maxX + 60 : plot.maxX + 6, plot.minY)
        case .upperRight, .automatic, .hidden: return at(right, top)
        }
    }
}
