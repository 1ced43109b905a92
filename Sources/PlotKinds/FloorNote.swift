import Graphics
import Plot

/// The legend row that explains the filled circle ending a loss curve cut at the round-off
/// floor (`PlotRequest.withoutFloor`), added once per figure.
enum FloorNote {
    static let label = "round-off floor"

    /// `figure` with the row in the first panel that shows a legend and has a cut curve, or
    /// else (one legend for a grid of panels) in the first panel that shows a legend.
    static func adding(to figure: Figure) -> Figure {
        let isCut = { (mark: any Mark) in (mark as? LineMark).map { $0.endMarker == .circle && $0.earlyEnd != nil } ?? false }
        guard figure.panels.contains(where: { $0.marks.contains(where: isCut) }) else { return figure }
        let legends = figure.panels.indices.filter { index in
            figure.panels[index].legend != .hidden && figure.panels[index].marks.contains { !$0.legendEntries(color: .black).isEmpty }
        }
        guard let index = legends.first(where: { figure.panels[$0].marks.contains(where: isCut) }) ?? legends.first else { return figure }
        var noted = figure
        noted.panels[index].add(ScatterMark(x: [], y: [], label: label, color: Palette.gray, shape: .circle, size: 4))
        return noted
    }
}
