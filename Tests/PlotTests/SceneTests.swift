import TestSupport
import Foundation
import Graphics
import MathDrawing
import Testing
@testable import Plot

func sharedGrid() -> Figure {
    let x = (0..<50).map { Double($0) / 10 }
    let panels = (0..<4).map { k in
        Axes(xLabel: "$t$", yLabel: "$m$", marks: [LineMark(x: x, y: x.map { exp(-Double(k + 1) * $0) }, label: ["BPTT", "tBPTT", "RFLO", "x"][k])])
    }
    return Figure(width: .cm(14), height: .cm(9), rows: 2, columns: 2, sharedX: true, sharedY: true, panels: panels)
}

@Suite struct SceneTests {
    @Test func panelsLettersAndSharedAxes() {
        let s = sharedGrid().scene()
        #expect(s.panels.count == 4)
        #expect(s.panels.map(\.letter) == ["A", "B", "C", "D"])
        #expect(s.panels.allSatisfy { $0.markKinds == ["line"] })
        #expect(s.panels.allSatisfy { $0.xLimits == s.panels[0].xLimits && $0.yLimits == s.panels[0].yLimits })
        // Only the bottom row labels x ticks, only the left column labels y ticks.
        #expect(s.panels[0].xTicks.allSatisfy { $0.label.isEmpty })
        #expect(s.panels[2].xTicks.contains { !$0.label.isEmpty })
        #expect(s.panels[1].yTicks.allSatisfy { $0.label.isEmpty })
        #expect(s.panels[0].yTicks.filter { !$0.isMinor }.map(\.label) == ["0.0", "0.5", "1.0"])
        // Shared axes have the same ticks in every panel.
        #expect(s.panels.allSatisfy { $0.xTicks.map(\.value) == s.panels[0].xTicks.map(\.value) })
        #expect(s.panels.allSatisfy { $0.yTicks.map(\.value) == s.panels[0].yTicks.map(\.value) })
        // Panels line up in columns and rows.
        #expect(s.panels[0].plotArea.minX == s.panels[2].plotArea.minX)
        #expect(s.panels[0].plotArea.minY == s.panels[1].plotArea.minY)
        #expect(s.panels[0].plotArea.maxX < s.panels[1].plotArea.minX)
        #expect(s.warnings.isEmpty)
        #expect(s.panels[0].legendLabels == ["BPTT"])
    }

    @Test func tickLabelsNeverOverlap() {
        let typesetter = MathTypesetter(canvas: Render.measuringCanvas(width: 100, height: 100),
                                        family: FigureStyle().fontFamily)
        for width in [80.0, 140, 220, 455] {
            let a = Axes(marks: [LineMark(x: [-1234.5, 98765.4], y: [1e-4, 3e3])])
            let fig = Figure(a, width: .points(width), height: .points(width * 0.6))
            let p = fig.scene().panels[0]
            let ctxW = p.plotArea.width, lo = p.xLimits.lowerBound, hi = p.xLimits.upperBound
            var lastRight = -Double.infinity
            for t in p.xTicks where !t.isMinor {
                let w = typesetter.layout(MathLabel(t.source), font: TextStyle(family: fig.style.fontFamily, size: 7)).width
                let x = p.plotArea.minX + (t.value - lo) / (hi - lo) * ctxW
                #expect(x - w / 2 >= lastRight, "width \(width): \(p.xTicks.map(\.label))")
                lastRight = x + w / 2
            }
            #expect(p.xTicks.filter { !$0.isMinor }.count >= 2)
        }
    }

    @Test func logScaleDropsNonPositiveWithWarning() {
        let x = (0..<10).map(Double.init)
        let fig = Figure(Axes(yScale: .log, marks: [ScatterMark(x: x, y: x.map { $0 - 3 })]))
        let s = fig.scene()
        #expect(s.warnings.count == 1)
        #expect(s.warnings[0].contains("4 non-positive values dropped on the log scale"))
        #expect(s.panels[0].yLimits.lowerBound > 0)
        #expect(s.panels[0].yTicks.contains { $0.label == "10^0" || $0.label == "1" })
    }

    @Test func emptyAndNonFiniteDataGetNotes() throws {
        let fig = Figure(width: .cm(12), height: .cm(5), panels: [
            Axes(marks: []), Axes(marks: [LineMark(x: [1, 2], y: [.nan, .infinity])]),
        ])
        let s = fig.scene()
        #expect(s.panels[0].note == "no data")
        #expect(s.panels[1].note == "no finite data to show")
        #expect(s.warnings == ["panel A: no data", "panel B: no finite data to show"])
        // And it still renders.
        let canvas = RecordingCanvas(Size(fig.width.points, fig.height.points))
        fig.draw(on: canvas)
        #expect(canvas.texts.contains { $0.markup == "no data" })
        _ = try fig.png()
    }

    @Test func nanLeavesGapsInLines() {
        let x = (0..<20).map(Double.init)
        var y = x.map { $0 * $0 }
        y[5] = .nan; y[12] = .infinity
        let fig = Figure(Axes(marks: [LineMark(x: x, y: y, color: Color(hex: 0xABCDEF))]))
        let canvas = RecordingCanvas(Size(fig.width.points, fig.height.points))
        fig.draw(on: canvas)
        let line = canvas.strokes.filter { $0.color == Color(hex: 0xABCDEF) }
        #expect(line.count == 1)
        #expect(line.first?.path.moveCount == 3)
    }

    @Test func labelsDrawnAndRuleColoursFixed() {
        let x = [0.0, 1, 2]
        // RFLO comes first, yet keeps its own colour; an unnamed line takes the cycle.
        let a = Axes(xLabel: "step", yLabel: "$\\eta$", marks: [
            LineMark(x: x, y: x, label: "RFLO"), LineMark(x: x, y: x.map { $0 * 2 }, label: "BPTT"),
        ])
        let fig = Figure(a)
        let canvas = RecordingCanvas(Size(fig.width.points, fig.height.points))
        let scene = fig.draw(on: canvas)
        let colors = canvas.strokes.map(\.color)
        #expect(colors.contains(Palette.bluishGreen) && colors.contains(Palette.blue))
        let p = scene.panels[0]
        let tickLabels = (p.xTicks + p.yTicks).filter { !$0.isMinor && !$0.label.isEmpty }.count
        // Tick labels + two axis labels + two legend labels.
        #expect(canvas.texts.count == tickLabels + 2 + 2)
        #expect(canvas.texts.contains { $0.markup.contains("η") })
    }

    @Test func heatmapHasColorBar() {
        let g = Grid(x: 0...1, y: 0...1, nx: 10, ny: 8) { $0 - $1 }
        let fig = Figure(Axes(marks: [HeatmapMark(grid: g, colorMap: .diverging, colorBarLabel: "v")]))
        let p = fig.scene().panels[0]
        let bar = try! #require(p.colorBar)
        #expect(bar.minX > p.plotArea.maxX && bar.height == p.plotArea.height)
        #expect(p.colorBarTicks.map(\.label).contains("0.0"))
        // Tight limits: the cells fill the axes.
        #expect(abs(p.xLimits.lowerBound + 1.0 / 18) < 1e-12)
        let canvas = RecordingCanvas(Size(fig.width.points, fig.height.points))
        fig.draw(on: canvas)
        #expect(canvas.images == 2)
    }

    @Test func contourAndStreamlines() {
        let g = Grid(x: -1...1, y: -1...1, nx: 41, ny: 41) { x, y in x * x + y * y - 0.25 }
        let segs = ContourMark(grid: g, levels: [0]).segments(level: 0)
        #expect(segs.count > 20)
        #expect(segs.allSatisfy { abs(($0.0.x * $0.0.x + $0.0.y * $0.0.y).squareRoot() - 0.5) < 0.01 })
        let field = VectorField(x: -1...1, y: -1...1, nx: 11, ny: 11) { x, y in (-y, x) }
        let lines = StreamlineMark(field: field, density: 6).lines()
        #expect(!lines.isEmpty)
        // Rotation: a streamline keeps its distance from the centre.
        for line in lines {
            let r = line.map { ($0.x * $0.x + $0.y * $0.y).squareRoot() }
            #expect(r.max()! - r.min()! < 0.05)
        }
    }
}
