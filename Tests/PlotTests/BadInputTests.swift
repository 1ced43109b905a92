import TestSupport
import Foundation
import Graphics
import Testing
@testable import Plot

@Suite struct BadInputTests {
    /// Degenerate inputs must render (never crash, never hang) and keep a message where
    /// nothing can be shown.
    @Test func degenerateFiguresRender() throws {
        let nan = Double.nan, inf = Double.infinity
        let cases: [Axes] = [
            Axes(marks: [LineMark(x: [1], y: [1])]),
            Axes(marks: [LineMark(x: [0, 1, 2], y: [5, 5, 5])]),
            Axes(marks: [LineMark(x: [0, 1], y: [-1e300, 1e300])]),
            Axes(marks: [LineMark(x: [0, 1], y: [1e-300, 2e-300])]),
            Axes(xScale: .log, yScale: .log, marks: [LineMark(x: [1e-300, 1e300], y: [1e-300, 1e300])]),
            Axes(marks: [LineMark(x: [3, 1, 2], y: [nan, -inf, inf])]),
            Axes(yScale: .log, marks: [LineMark(x: [0, 1, 2], y: [0, -1, 0])]),
            Axes(yScale: .symlog(linearWidth: 0), marks: [LineMark(x: [0, 1], y: [-5, 5])]),
            Axes(xLimits: 1...1, yLimits: 2...2, marks: [ScatterMark(x: [0], y: [0])]),
            Axes(xScale: .log, xLimits: 0...10, marks: [ScatterMark(x: [1, 2], y: [0, 1])]),
            Axes(marks: [HeatmapMark(grid: Grid(xs: [], ys: [], values: []))]),
            Axes(marks: [HeatmapMark(grid: Grid(xs: [0, 1], ys: [0], values: [nan, nan]))]),
            Axes(marks: [HeatmapMark(grid: Grid(xs: [0, 1], ys: [0, 1], values: [2, 2, 2, 2]))]),
            Axes(marks: [ContourMark(grid: Grid(xs: [0, 1], ys: [0, 1], values: [nan, 1, -1, 0]))]),
            Axes(marks: [VectorFieldMark(field: VectorField(x: 0...1, y: 0...1, nx: 3, ny: 3) { _, _ in (0, 0) })]),
            Axes(marks: [StreamlineMark(field: VectorField(x: 0...1, y: 0...1, nx: 3, ny: 3) { _, _ in (nan, 0) })]),
            Axes(marks: [BarMark(x: [], height: []), StemMark(x: [1], y: [nan])]),
            Axes(marks: [ErrorBarMark(x: [1, 2], y: [1, nan], error: [inf, 1])]),
            Axes(marks: [BandMark(x: [0, 1, 2], lower: [0, nan, 0], upper: [1, 1, nan])]),
        ]
        for (i, a) in cases.enumerated() {
            let fig = Figure(a, width: .points(200), height: .points(120))
            let scene = fig.scene()
            let p = scene.panels[0]
            #expect(p.xLimits.lowerBound < p.xLimits.upperBound, "case \(i)")
            #expect(p.yLimits.lowerBound < p.yLimits.upperBound, "case \(i)")
            #expect(p.xLimits.lowerBound.isFinite && p.yLimits.upperBound.isFinite, "case \(i)")
            _ = try fig.png()
        }
    }

    @Test func tooManyPanelsWarns() {
        let fig = Figure(rows: 1, columns: 2, panels: [Axes(), Axes(), Axes()])
        #expect(fig.scene().panels.count == 2)
        #expect(fig.warnings.contains { $0.contains("3 panels do not fit a 1 x 2 grid") })
    }

    @Test func logLimitsThatCannotBeShownWarn() {
        let fig = Figure(Axes(xScale: .log, xLimits: 0...10, marks: [ScatterMark(x: [1, 2], y: [0, 1])]))
        #expect(fig.warnings.contains { $0.contains("x limits") })
    }
}

@Suite struct LabelProblemTests {
    @Test func badMathInLabelsIsListedAndStillDrawn() throws {
        let x = [0.0, 1]
        let axes = Axes(title: "fine $\\eta$", xLabel: "$\\nosuch x$", yLabel: "cost $w",
                        marks: [LineMark(x: x, y: x, label: "$\\frac{a$"), AnnotationMark("$\\nosuch x$", at: (0.5, 0.5)),
                                AnnotationMark("\\$5", at: (0.2, 0.2))])
        let fig = Figure(axes, title: "$\\alpha$")
        #expect(fig.labelProblems == [
            "label '$\\nosuch x$': unknown command \\nosuch",
            "label 'cost $w': '$' without a closing '$'; the rest is shown as text",
            "label '$\\frac{a$': missing '}' for this '{'",
            "label '$\\frac{a$': missing argument for \\frac",
        ])
        let canvas = RecordingCanvas(Size(fig.width.points, fig.height.points))
        fig.draw(on: canvas)
        #expect(canvas.texts.filter { $0.markup == "\\nosuch" }.count == 2)
        #expect(canvas.texts.contains { $0.markup == "$w" })
        _ = try fig.pdf()
    }
}
