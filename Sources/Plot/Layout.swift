import Foundation
import Graphics
import MathDrawing

/// Places panels, ticks, labels, colour bars and legends, then draws them.
final class FigureLayout {
    let figure: Figure
    let canvas: Canvas
    /// Sets the labels: text and maths in the figure's font.
    let typesetter: MathTypesetter
    var style: FigureStyle { figure.style }
    private(set) var panels: [PanelLayout] = []
    private(set) var warnings: [String] = []
    private var titleLabel: LabelBox?
    /// The text items `draw()` drew, with the boxes they cover.
    private(set) var texts: [SceneText] = []
    /// The decade step every log (and symlog) axis of the figure uses along x and y, once
    /// the panels' own steps are known: the largest of them.
    private var decadeStep: (x: Int?, y: Int?) = (nil, nil)

    struct PanelLayout {
        var axes: Axes
        var name: String
        var letter: String?
        var cell: Rect
        var plot: Rect
        var xLimits: ClosedRange<Double>
        var yLimits: ClosedRange<Double>
        var xTicks: [Tick] = []
        var yTicks: [Tick] = []
        var showXLabels = true
        var showYLabels = true
        var colorScale: ColorScale?
        var colorBarTicks: [Tick] = []
        var legend: [LegendEntry] = []
        /// Where the legend is drawn: the axes' placement, `.automatic` resolved.
        var legendPlacement = LegendPlacement.hidden
        var note: String?
    }

    init(figure: Figure, canvas: Canvas) {
        self.figure = figure
        self.canvas = canvas
        typesetter = MathTypesetter(canvas: canvas, family: figure.style.fontFamily, minimumSize: figure.style.minimumTextSize)
        layout()
    }

    var scene: Scene {
        Scene(size: Size(figure.width.points, figure.height.points), panels: panels.map { p in
            PanelScene(letter: p.letter, plotArea: p.plot, cell: p.cell, xLimits: p.xLimits, yLimits: p.yLimits,
                       xTicks: p.showXLabels ? p.xTicks : p.xTicks.map { Tick(value: $0.value, label: "", source: "", isMinor: $0.isMinor) },
                       yTicks: p.showYLabels ? p.yTicks : p.yTicks.map { Tick(value: $0.value, label: "", source: "", isMinor: $0.isMinor) },
                       markKinds: p.axes.marks.map(\.kind), legendLabels: p.legend.map(\.label),
                       colorBar: p.colorScale.map { colorBarRect(p, $0) }, colorBarTicks: p.colorBarTicks, note: p.note,
                       legendPlacement: p.legend.isEmpty ? .hidden : p.legendPlacement)
        }, warnings: warnings, texts: texts)
    }

    // MARK: limits

    static func limits(_ extent: ClosedRange<Double>?, fixed: ClosedRange<Double>?, scale: Scale, tight: Bool) -> ClosedRange<Double> {
        if let fixed, scale.accepts(fixed.lowerBound), scale.accepts(fixed.upperBound), fixed.lowerBound < fixed.upperBound {
            return fixed
        }
        guard var r = extent else {
            if case .log = scale { return 1...10 }
            return 0...1
        }
        var t0 = scale.forward(r.lowerBound), t1 = scale.forward(r.upperBound)
        if t1 - t0 <= max(abs(t0), abs(t1)) * 1e-12 {
            let d: Double
            if case .linear = scale { d = max(abs(t0) * 0.1, 1e-12) == 0 ? 1 : (t0 == 0 ? 1 : abs(t0) * 0.1) } else { d = 0.5 }
            t0 -= d; t1 += d
        } else if !tight {
            let pad = (t1 - t0) * 0.04
            t0 -= pad; t1 += pad
        }
        let lo = scale.inverse(t0), hi = scale.inverse(t1)
        guard lo.isFinite, hi.isFinite, lo < hi else {
            // Padding overflowed (data near the largest doubles): use the data as it is.
            return r.lowerBound < r.upperBound ? r : (r.lowerBound - 1)...(r.upperBound + 1)
        }
        r = lo...hi
        return r
    }

    // MARK: layout

    /// `source`, text with `$...$` maths, laid out in the figure's font.
    func label(_ source: String, _ size: Double, bold: Bool = false) -> LabelBox {
        typesetter.layout(style.label(source), font: style.text(size, bold: bold))
    }

    private func layout() {
        let W = figure.width.points, H = figure.height.points
        let outer = 3.0
        var top = outer
        if let t = figure.title {
            let title = label(t, style.titleSize + 1, bold: true)
            titleLabel = title
            top += title.height + 4
        }
        let rows = figure.rows, cols = figure.columns
        // A legend set outside the last column takes its room from the whole row, so that
        // every column's plot keeps one width.
        let outsideLegend = cols < 2 ? 0 : figure.panels.enumerated()
            .filter { $0.offset % cols == cols - 1 && $0.element.legend == .outsideRight }
            .map { LegendDrawer.size($0.element.legendEntries(), style: style, typesetter: typesetter).width + 6 }.max() ?? 0
        let cellW = (W - 2 * outer - outsideLegend) / Double(cols), cellH = (H - top - outer) / Double(rows)
        func cellWidth(_ c: Int) -> Double { c == cols - 1 ? cellW + outsideLegend : cellW }
        let lettered = figure.panelLetters && figure.panels.count > 1

        if figure.panels.count > rows * cols {
            warnings.append("figure: \(figure.panels.count) panels do not fit a \(rows) x \(cols) grid; "
                            + "the last \(figure.panels.count - rows * cols) are not drawn")
        }
        // Shared limits: union of the extents of all panels.
        let extents = figure.panels.map { $0.dataExtent() }
        let all = extents.reduce(DataExtent.none) { $0.union($1) }

        for (i, axes) in figure.panels.enumerated() where i < rows * cols {
            let r = i / cols, c = i % cols
            let letter = lettered ? String(UnicodeScalar(UInt8(65 + i % 26))) : nil
            let name = letter.map { "panel \($0)" } ?? (figure.panels.count > 1 ? "panel \(i + 1)" : "the panel")
            let e = extents[i]
            let xl = FigureLayout.limits(figure.sharedX ? all.x : e.x, fixed: axes.xLimits, scale: axes.xScale, tight: e.tight)
            let yl = FigureLayout.limits(figure.sharedY ? all.y : e.y, fixed: axes.yLimits, scale: axes.yScale, tight: e.tight)
            var p = PanelLayout(axes: axes, name: name, letter: letter,
                                cell: Rect(x: outer + Double(c) * cellW, y: top + Double(r) * cellH, width: cellWidth(c), height: cellH),
                                plot: .init(x: 0, y: 0, width: 1, height: 1), xLimits: xl, yLimits: yl)
            p.showXLabels = !figure.sharedX || r == rows - 1 || i + cols >= figure.panels.count
            p.showYLabels = !figure.sharedY || c == 0
            p.colorScale = axes.marks.lazy.compactMap(\.colorScale).first
            p.legend = axes.legend == .hidden ? [] : axes.legendEntries()
            p.legendPlacement = axes.legend
            if !e.hasData {
                p.note = "no data"
                warnings.append("\(name): no data")
            } else if e.x == nil || e.y == nil {
                p.note = "no finite data to show"
                warnings.append("\(name): no finite data to show")
            }
            if let fx = axes.xLimits, !(axes.xScale.accepts(fx.lowerBound) && axes.xScale.accepts(fx.upperBound)) {
                warnings.append("\(name): x limits \(fx) cannot be shown on the log scale; fitted to the data instead")
            }
            if let fy = axes.yLimits, !(axes.yScale.accepts(fy.lowerBound) && axes.yScale.accepts(fy.upperBound)) {
                warnings.append("\(name): y limits \(fy) cannot be shown on the log scale; fitted to the data instead")
            }
            if e.droppedNonPositive > 0 {
                let n = e.droppedNonPositive
                warnings.append("\(name): \(n) non-positive value\(n == 1 ? "" : "s") dropped on the log scale")
            }
            panels.append(p)
        }

        // Two passes: margins depend on tick labels, tick counts on the plot size.
        var margins = panels.map { _ in (l: 34.0, r: 8.0, t: 10.0, b: 26.0) }
        for _ in 0..<2 {
            for k in panels.indices {
                place(&panels[k], margins: margins[k])
                margins[k] = self.margins(panels[k])
            }
            // Align: one left/right margin per column, one top/bottom per row.
            for k in panels.indices {
                let r = k / cols, c = k % cols
                let sameCol = panels.indices.filter { $0 % cols == c }, sameRow = panels.indices.filter { $0 / cols == r }
                margins[k].l = sameCol.map { margins[$0].l }.max()!
                margins[k].r = sameCol.map { margins[$0].r }.max()!
                margins[k].t = sameRow.map { margins[$0].t }.max()!
                margins[k].b = sameRow.map { margins[$0].b }.max()!
            }
        }
        for k in panels.indices { place(&panels[k], margins: margins[k]) }
        // Lines hidden under an earlier one are dashed before the legend is placed.
        for k in panels.indices where panels[k].axes.distinguishCoincident {
            panels[k].axes.marks = CoincidentLines.distinguish(panels[k].axes.marks, colors: panels[k].axes.seriesColors(),
                                                                   in: markContext(panels[k]))
            if !panels[k].legend.isEmpty { panels[k].legend = panels[k].axes.legendEntries() }
        }
        // Automatic legends: the emptiest corner, or outside when every corner covers data.
        var outside = false
        for k in panels.indices where !panels[k].legend.isEmpty {
            panels[k].legendPlacement = LegendPlacer(layout: self).placement(panels[k])
            if panels[k].axes.legend == .automatic, panels[k].legendPlacement == .outsideRight {
                margins[k].r += LegendDrawer.size(panels[k].legend, style: style, typesetter: typesetter).width + 6
                outside = true
            }
        }
        if outside {
            for k in panels.indices {
                margins[k].r = panels.indices.filter { $0 % cols == k % cols }.map { margins[$0].r }.max()!
            }
            for k in panels.indices { place(&panels[k], margins: margins[k]) }
        }
        // One decade step per figure and direction: the widest any panel needs.
        func widest(_ ticks: (PanelLayout) -> [Tick], _ scale: (Axes) -> Scale) -> Int? {
            panels.filter { scale($0.axes) != .linear }.compactMap { TickMaker.decadeStep(of: ticks($0)) }.max()
        }
        decadeStep = (widest(\.xTicks, \.xScale), widest(\.yTicks, \.yScale))
        if decadeStep.x != nil || decadeStep.y != nil {
            for k in panels.indices { computeTicks(&panels[k]) }
        }
        // Shared axes share their ticks too: those of the panel that has room for the fewest.
        func majors(_ t: [Tick]) -> Int { t.filter { !$0.isMinor }.count }
        if figure.sharedX, let fewest = panels.map(\.xTicks).min(by: { majors($0) < majors($1) }) {
            for k in panels.indices { panels[k].xTicks = fewest }
        }
        if figure.sharedY, let fewest = panels.map(\.yTicks).min(by: { majors($0) < majors($1) }) {
            for k in panels.indices { panels[k].yTicks = fewest }
        }
    }

    /// The least room between text items of neighbouring panels, in points.
    static let panelTextGap = 3.0

    private func margins(_ p: PanelLayout) -> (l: Double, r: Double, t: Double, b: Double) {
        let tl = style.tickLength
        var l = tl + 3, b = tl + 3, t = 6.0, r = 6.0
        if p.showYLabels {
            let w = p.yTicks.filter { !$0.isMinor }.map { label($0.source, style.tickLabelSize).width }.max() ?? 0
            l += w + 1
            if let yl = p.axes.yLabel { l += label(yl, style.labelSize).height + 3 }
        }
        if p.showXLabels {
            let majors = p.xTicks.filter { !$0.isMinor }
            b += (majors.map { label($0.source, style.tickLabelSize).height }.max() ?? 0)
            if let xl = p.axes.xLabel { b += label(xl, style.labelSize).height + 2 }
            // The first and last tick labels may stick out of the plot: each keeps half the
            // gap between panels' text, `panelTextGap`, to its cell's edge.
            let ctx = markContext(p)
            if let first = majors.first {
                let underhang = p.plot.minX - (ctx.px(first.value) - label(first.source, style.tickLabelSize).width / 2)
                l = max(l, underhang + Self.panelTextGap / 2)
            }
            if let last = majors.last {
                let overhang = ctx.px(last.value) + label(last.source, style.tickLabelSize).width / 2 - p.plot.maxX
                r = max(r, overhang + Self.panelTextGap / 2)
            }
        }
        if let title = p.axes.title {
            t += label(title, style.titleSize, bold: true).height + 2
        } else if p.letter != nil {
            t += label("a", style.panelLetterSize, bold: true).height * 0.5
        }
        if let cs = p.colorScale {
            let w = p.colorBarTicks.map { label($0.source, style.tickLabelSize).width }.max() ?? 0
            r = 8 + 7 + tl + 2 + w + 4
            if let colorLabel = cs.label { r += label(colorLabel, style.labelSize).height + 2 }
        }
        if p.legendPlacement == .outsideRight, !p.legend.isEmpty {
            r += LegendDrawer.size(p.legend, style: style, typesetter: typesetter).width + 6
        }
        return (l, r, t, b)
    }

    /// Sets a panel's plot area inside its cell with the given margins, and its ticks.
    private func place(_ p: inout PanelLayout, margins m: (l: Double, r: Double, t: Double, b: Double)) {
        p.plot = Rect(x: p.cell.minX + m.l, y: p.cell.minY + m.t,
                      width: max(10, p.cell.width - m.l - m.r), height: max(10, p.cell.height - m.t - m.b))
        computeTicks(&p)
    }

    private func computeTicks(_ p: inout PanelLayout) {
        let a = p.axes
        // x: as many 1-2-5 ticks as fit without labels touching.
        // A figure's decade step applies where the panel's own ticks are decades too.
        func step(_ fixed: Int?, _ current: [Tick]) -> Int? { TickMaker.decadeStep(of: current) == nil ? nil : fixed }
        let xStep = step(decadeStep.x, p.xTicks), yStep = step(decadeStep.y, p.yTicks)
        var count = max(2, Int(p.plot.width / 36) + 1)
        while true {
            let ticks = TickMaker.ticks(a.xScale, p.xLimits.lowerBound, p.xLimits.upperBound, count: count, decadeStep: xStep)
            if count <= 2 || xStep != nil || !xOverlaps(ticks, p) { p.xTicks = ticks; break }
            count -= 1
        }
        count = max(2, Int(p.plot.height / 26) + 1)
        while true {
            let ticks = TickMaker.ticks(a.yScale, p.yLimits.lowerBound, p.yLimits.upperBound, count: count, decadeStep: yStep)
            if count <= 2 || yStep != nil || !yOverlaps(ticks, p) { p.yTicks = ticks; break }
            count -= 1
        }
        if let cs = p.colorScale {
            count = max(2, Int(p.plot.height / 26) + 1)
            while true {
                let ticks = TickMaker.linear(cs.range.lowerBound, cs.range.upperBound, count: count)
                if count <= 2 || !colorBarOverlaps(ticks, p, cs) { p.colorBarTicks = ticks; break }
                count -= 1
            }
        }
    }

    private func xOverlaps(_ ticks: [Tick], _ p: PanelLayout) -> Bool {
        let ctx = markContext(p)
        var lastRight = -Double.infinity
        for t in ticks where !t.isMinor {
            let w = label(t.source, style.tickLabelSize).width
            let x = ctx.px(t.value)
            if x - w / 2 < lastRight + 5 { return true }
            lastRight = x + w / 2
        }
        return false
    }

    private func yOverlaps(_ ticks: [Tick], _ p: PanelLayout) -> Bool {
        let ctx = markContext(p)
        let majors = ticks.filter { !$0.isMinor }
        guard majors.count > 1 else { return false }
        let h = label("0", style.tickLabelSize).height
        let ys = majors.map { ctx.py($0.value) }.sorted()
        return zip(ys.dropFirst(), ys).contains { $0 - $1 < h + 3 }
    }

    private func colorBarOverlaps(_ ticks: [Tick], _ p: PanelLayout, _ cs: ColorScale) -> Bool {
        guard ticks.count > 1 else { return false }
        let h = label("0", style.tickLabelSize).height
        let span = cs.range.upperBound - cs.range.lowerBound
        let step = abs(ticks[1].value - ticks[0].value) / span * p.plot.height
        return step < h + 3
    }

    func markContext(_ p: PanelLayout) -> MarkContext {
        MarkContext(canvas: canvas, typesetter: typesetter, plotArea: p.plot, xScale: p.axes.xScale, yScale: p.axes.yScale,
                    xLimits: p.xLimits, yLimits: p.yLimits, style: style)
    }

    func colorBarRect(_ p: PanelLayout, _ cs: ColorScale) -> Rect {
        Rect(x: p.plot.maxX + 8, y: p.plot.minY, width: 7, height: p.plot.height)
    }

    // MARK: drawing

    func draw() {
        texts = []
        let ink = style.ink
        if let title = titleLabel, let source = figure.title {
            drawLabel(source, title, at: Point(figure.width.points / 2, 3), anchor: TextAnchor(.center, .top), panel: nil)
        }
        for (k, p) in panels.enumerated() { drawPanel(p, index: k, ink: ink) }
    }

    /// Draws `box`, the laid-out `source`, and notes the box it covers.
    private func drawLabel(_ source: String, _ box: LabelBox, at point: Point, anchor: TextAnchor, rotation: Double = 0, panel: Int?) {
        texts.append(SceneText(source, box, at: point, anchor: anchor, rotation: rotation, panel: panel))
        typesetter.draw(box, at: point, anchor: anchor, rotation: rotation)
    }

    private func drawPanel(_ p: PanelLayout, index: Int, ink: Color) {
        let a = p.axes
        var ctx = markContext(p)
        let plot = p.plot
        let box = a.box ?? (p.colorScale != nil)
        let tickStyle = StrokeStyle(width: style.axisLineWidth)

        // Grid lines.
        if a.grid {
            var g = Path()
            for t in p.xTicks where !t.isMinor { let x = ctx.px(t.value); g.move(to: Point(x, plot.minY)); g.line(to: Point(x, plot.maxY)) }
            for t in p.yTicks where !t.isMinor { let y = ctx.py(t.value); g.move(to: Point(plot.minX, y)); g.line(to: Point(plot.maxX, y)) }
            canvas.stroke(g, color: style.gridColor, style: StrokeStyle(width: 0.5))
        }

        // Marks, clipped to the plot area.
        let colors = a.seriesColors()
        canvas.clipped(to: Path(rect: plot)) {
            for (m, c) in zip(a.marks, colors) {
                ctx.seriesColor = c
                m.draw(in: ctx)
            }
        }

        // Frame.
        var frame = Path()
        frame.move(to: Point(plot.minX, plot.minY)); frame.line(to: Point(plot.minX, plot.maxY)); frame.line(to: Point(plot.maxX, plot.maxY))
        if box { frame.line(to: Point(plot.maxX, plot.minY)); frame.close() }
        canvas.stroke(frame, color: ink, style: StrokeStyle(width: style.axisLineWidth, cap: .square))

        // Ticks (outwards) and their labels.
        let tl = style.tickLength, ml = style.minorTickLength
        var ticks = Path()
        var xLabelBottom = plot.maxY + tl
        for t in p.xTicks {
            let x = ctx.px(t.value)
            guard x >= plot.minX - 0.5, x <= plot.maxX + 0.5 else { continue }
            ticks.move(to: Point(x, plot.maxY)); ticks.line(to: Point(x, plot.maxY + (t.isMinor ? ml : tl)))
            if !t.isMinor && p.showXLabels {
                let text = label(t.source, style.tickLabelSize)
                drawLabel(t.source, text, at: Point(x, plot.maxY + tl + 1.5), anchor: TextAnchor(.center, .top), panel: index)
                xLabelBottom = max(xLabelBottom, plot.maxY + tl + 1.5 + text.height)
            }
        }
        var yLabelLeft = plot.minX - tl
        for t in p.yTicks {
            let y = ctx.py(t.value)
            guard y >= plot.minY - 0.5, y <= plot.maxY + 0.5 else { continue }
            ticks.move(to: Point(plot.minX, y)); ticks.line(to: Point(plot.minX - (t.isMinor ? ml : tl), y))
            if !t.isMinor && p.showYLabels {
                let text = label(t.source, style.tickLabelSize)
                drawLabel(t.source, text, at: Point(plot.minX - tl - 2, y), anchor: TextAnchor(.right, .center), panel: index)
                yLabelLeft = min(yLabelLeft, plot.minX - tl - 2 - text.width)
            }
        }
        canvas.stroke(ticks, color: ink, style: tickStyle)

        // Axis labels and title.
        if p.showXLabels, let xl = a.xLabel {
            drawLabel(xl, label(xl, style.labelSize), at: Point(plot.midX, xLabelBottom + 1.5), anchor: TextAnchor(.center, .top), panel: index)
        }
        if p.showYLabels, let yl = a.yLabel {
            // Rotated a quarter turn: the text's top faces left.
            drawLabel(yl, label(yl, style.labelSize), at: Point(yLabelLeft - 2.5, plot.midY),
                      anchor: TextAnchor(.center, .bottom), rotation: Double.pi / 2, panel: index)
        }
        if let title = a.title {
            drawLabel(title, label(title, style.titleSize, bold: true), at: Point(plot.midX, plot.minY - 3),
                      anchor: TextAnchor(.center, .bottom), panel: index)
        }
        if let letter = p.letter {
            // Half the gap between panels' text below the cell's top edge.
            let corner = Point(p.cell.minX + 1, p.cell.minY + Self.panelTextGap / 2)
            let t = Text(markup: letter, style: style.text(style.panelLetterSize, bold: true))
            canvas.draw(t, at: corner, anchor: TextAnchor(.left, .top))
            texts.append(SceneText(letter, label(letter, style.panelLetterSize, bold: true), at: corner, anchor: TextAnchor(.left, .top),
                                   panel: index))
        }

        if let cs = p.colorScale { drawColorBar(p, cs, ink: ink) }
        if !p.legend.isEmpty {
            drawLegend(p, ctx: ctx)
            texts.append(SceneText(source: "legend", rect: LegendPlacer(layout: self).box(p, p.legendPlacement), panel: index))
        }
        if let note = p.note {
            let t = Text(markup: Markup.escape(note), style: style.text(style.noteSize, italic: true, color: Color.gray(0.45)))
            canvas.draw(t, at: Point(plot.midX, plot.midY), anchor: TextAnchor(.center, .center))
        }
    }

    private func drawLegend(_ p: PanelLayout, ctx: MarkContext) {
        let placement = p.legendPlacement
        LegendDrawer.draw(p.legend, in: LegendPlacer(layout: self).box(p, placement), style: style, canvas: canvas,
                          typesetter: typesetter, framed: placement != .outsideRight)
    }
}
