import Foundation
import Graphics
import Testing
@testable import Plot

/// Figures stay readable when printed: no text under 6 pt, legends off the data, colours
/// with 3:1 contrast against white, panel letters in bold capitals, curves that stop early
/// marked where they stop.
@Suite struct ReadabilityTests {
    /// The width figures are printed at: the PDF's text block, 16 cm (wider ones are scaled down).
    static let printedWidth = Length.textWidth.points

    /// A figure with everything that sets small text: exponent tick labels on log axes,
    /// nested subscripts in a legend, a small annotation, a colour bar, panel titles.
    static func busyFigure() -> Figure {
        let t = (1...200).map { Double($0) / 20 }
        let loss = Axes(title: "$\\mu_{\\mathrm{slow}}$", xLabel: "$\\tau$", yLabel: "$L_{t_0}$", yScale: .log, marks: [
            LineMark(x: t, y: t.map { exp(-3 * $0) }, label: "$e^{-2 \\mu_{\\mathrm{slow}} \\tau}$"),
            LineMark(x: t, y: t.map { exp(-$0) }, label: "$x_{t_{0}}^{2}$ (RFLO)"),
            AnnotationMark("$\\epsilon_{k_i}$", at: (x: 2, y: 1e-3), size: 4),
        ])
        let g = Grid(x: 0...1, y: 0...1, nx: 12, ny: 12) { $0 * $1 }
        let map = Axes(xLabel: "$b$", yLabel: "$c$", marks: [HeatmapMark(grid: g, colorBarLabel: "$\\lambda_{\\max}$")])
        let scatter = Axes(xScale: .log, yScale: .log, marks: [ScatterMark(x: [1e-6, 1e3], y: [1e-9, 1e4], label: "$f_{1}$")])
        return Figure(width: .cm(16), height: .cm(11), rows: 2, columns: 2, panels: [loss, map, scatter, loss])
    }

    @Test func noTextUnderSixPointsAtThePrintedSize() {
        for figure in [Self.busyFigure(), Figure(Self.busyFigure().panels[0], width: .cm(7), height: .cm(5))] {
            let canvas = RecordingCanvas(Size(figure.width.points, figure.height.points))
            figure.draw(on: canvas)
            let printed = min(1, Self.printedWidth / figure.width.points)
            #expect(canvas.texts.count > 20)
            let small = canvas.texts.filter { $0.style.size * printed < 6 - 1e-9 }
            #expect(small.isEmpty, "\(small.map { "\($0.markup) at \($0.style.size) pt" })")
            // Scripts are still smaller than their base where the base allows it.
            #expect(canvas.texts.contains { $0.style.size == 6 })
        }
    }

    /// A series filling the upper right quarter of the axes, and one point at the origin.
    static func upperRightCloud(legend: LegendPlacement = .automatic) -> Figure {
        var x: [Double] = [0], y: [Double] = [0]
        for i in 0...20 { for j in 0...20 { x.append(0.5 + Double(i) / 40); y.append(0.5 + Double(j) / 40) } }
        return Figure(Axes(legend: legend, marks: [ScatterMark(x: x, y: y, label: "BPTT")]), width: .cm(10), height: .cm(7))
    }

    @Test func legendsGoWhereTheyCoverNoData() {
        let auto = Self.upperRightCloud().scene().panels[0]
        #expect(auto.legendPlacement != .upperRight && auto.legendPlacement != .outsideRight && auto.legendPlacement != .hidden)
        // The option still decides.
        #expect(Self.upperRightCloud(legend: .upperRight).scene().panels[0].legendPlacement == .upperRight)
        // Data in every corner: the legend goes outside, and the plot makes room for it.
        let x = (0...400).map { Double($0) / 400 }
        let everywhere = Figure(Axes(marks: [LineMark(x: x, y: x, label: "BPTT"), LineMark(x: x, y: x.map { 1 - $0 }, label: "RFLO"),
                                             LineMark(x: x, y: x.map { _ in 0.0 }, label: "tBPTT"), LineMark(x: x, y: x.map { _ in 1.0 }),
                                             LineMark(x: x, y: x.map { _ in 0.5 })]),
                                width: .cm(12), height: .cm(7))
        let panel = everywhere.scene().panels[0]
        #expect(panel.legendPlacement == .outsideRight)
        #expect(panel.plotArea.maxX < everywhere.width.points - 40)
    }

    /// Data along the top and bottom edges: the legend goes halfway up a side, inside the axes.
    @Test func legendsTakeTheMiddleOfASideWhenTopAndBottomHoldData() {
        let x = (0...400).map { Double($0) / 400 }
        let bands = Figure(Axes(marks: [LineMark(x: x, y: x.map { _ in 0.0 }, label: "BPTT"), LineMark(x: x, y: x.map { _ in 1.0 }, label: "RFLO")]),
                           width: .cm(12), height: .cm(7))
        #expect(bands.scene().panels[0].legendPlacement == .centerRight)
        // A line down the right side sends it to the left.
        let right = Figure(Axes(marks: [LineMark(x: x, y: x.map { _ in 0.0 }, label: "BPTT"), LineMark(x: x, y: x.map { _ in 1.0 }, label: "RFLO"),
                                        LineMark(x: x.map { _ in 1.0 }, y: x)]), width: .cm(12), height: .cm(7))
        #expect(right.scene().panels[0].legendPlacement == .centerLeft)
    }

    @Test func everyPaletteColourHasThreeToOneContrast() {
        #expect(abs(Palette.contrast(.black, .white) - 21) < 1e-9)
        #expect(abs(Palette.contrast(Color(hex: 0x767676), .white) - 4.54) < 0.01)
        let fixed = Palette.qualitative + Array(Palette.named.values) + [Palette.gray]
        for color in fixed { #expect(Palette.contrast(color, .white) >= 3, "\(color.hexString)") }
        for count in 1...8 {
            for rank in 0..<count {
                for base in Palette.named.values {
                    #expect(Palette.contrast(Palette.shade(base, rank: rank, of: count), .white) >= 3)
                }
                #expect(Palette.contrast(Palette.sequentialShade(rank: rank, of: count), .white) >= 3)
            }
        }
        for base in fixed { #expect(Palette.contrast(Palette.tint(base, share: 0.9), .white) >= 3 - 1e-6) }
        // Variants are told apart: the ramp runs dark to the family colour.
        let ramp = (0..<4).map { Palette.shade(Palette.vermillion, rank: $0, of: 4) }
        #expect(Set(ramp).count == 4 && ramp.last == Palette.vermillion)
        // A rule keeps its colour in every figure, variants included.
        #expect(Palette.color(for: "tBPTT-4", index: 3) == Palette.vermillion)
        #expect(Palette.color(for: "RFLO", index: 0) == Palette.bluishGreen)
    }

    @Test func panelLettersAreBoldCapitals() {
        let figure = sharedGrid()
        let canvas = RecordingCanvas(Size(figure.width.points, figure.height.points))
        figure.draw(on: canvas)
        let letters = canvas.texts.filter { ["A", "B", "C", "D"].contains($0.markup) }
        #expect(letters.count == 4 && letters.allSatisfy(\.style.bold))
    }

    @Test func curvesThatStopEarlyEndWithAMarker() {
        let x = (0..<10).map(Double.init)
        let y = x.map { $0 < 6 ? $0 : .nan }
        let color = Color(hex: 0x123456)
        func fills(_ mark: LineMark) -> [Path] {
            let figure = Figure(Axes(marks: [mark]))
            let canvas = RecordingCanvas(Size(figure.width.points, figure.height.points))
            figure.draw(on: canvas)
            return canvas.fills.filter { $0.1 == color }.map(\.0)
        }
        #expect(LineMark(x: x, y: y).earlyEnd == 5)
        #expect(LineMark(x: x, y: x).earlyEnd == nil)
        #expect(fills(LineMark(x: x, y: y, color: color)).isEmpty)
        #expect(fills(LineMark(x: x, y: y, color: color, endMarker: .circle)).count == 1)
        // A curve that runs to the end of its data has no end marker.
        #expect(fills(LineMark(x: x, y: x, color: color, endMarker: .circle)).isEmpty)
    }
}
