import Document
@testable import Engine
import Plot
import Testing

/// A figure whose columns share a y axis draws its labels only left of the first column, and
/// a grid may name its rows on the first column's y axes; the artwork records where, so
/// that a phone can repeat them beside every later column.
struct SharedAxisLabelsTests {
    private func figure(sharedY: Bool) -> Figure {
        let axes = Axes(title: "a title", xLabel: "x", yLabel: "the loss", yScale: .log,
                        marks: [LineMark(x: [0, 1, 2], y: [1, 1e-3, 1e-6])])
        return Figure(width: .cm(16), height: .cm(10), rows: 2, columns: 2, sharedY: sharedY, panels: [axes, axes, axes, axes])
    }

    @Test func theLabelsAreTheFirstColumnsTicksAndTitles() throws {
        let figure = figure(sharedY: true)
        let scene = figure.scene()
        let labels = try #require(PlotArtwork.firstColumnLabels(scene, figure))
        let firstColumn = [scene.panels[0], scene.panels[2]]
        let ticks = firstColumn.map { $0.yTicks.filter { !$0.isMinor && !$0.label.isEmpty }.count }.reduce(0, +)
        #expect(labels.boxes.count == ticks + 2, "every major tick label and both axis titles")
        for box in labels.boxes {
            let row = try #require(firstColumn.first { box.y + box.height / 2 >= $0.plotArea.minY && box.y + box.height / 2 <= $0.plotArea.maxY })
            #expect(box.x + box.width <= row.plotArea.minX + 0.5, "left of the plot, clear of its ticks' ink")
        }
        let letters = scene.texts.filter { $0.source == "A" || $0.source == "C" }
        #expect(!letters.isEmpty)
        for letter in letters {
            #expect(!labels.boxes.contains { abs($0.y + 0.5 - letter.rect.minY) < 1e-9 && abs($0.x + 0.5 - letter.rect.minX) < 1e-9 },
                    "no panel letter")
        }
        #expect(!labels.boxes.contains { box in scene.texts.contains { $0.source == "a title" && abs($0.rect.minY - box.y - 0.5) < 1e-9 } }, "no title")
    }

    @Test func columnsWithTheirOwnAxesHaveNone() {
        let figure = figure(sharedY: false)
        #expect(PlotArtwork.firstColumnLabels(figure.scene(), figure) == nil)
    }

    @Test func rowsShareTheXAxisLabelsOfTheBottomRow() throws {
        let axes = Axes(xLabel: "time", yLabel: "y", marks: [LineMark(x: [0, 1, 2], y: [1, 2, 3])])
        let figure = Figure(width: .cm(16), height: .cm(10), rows: 2, columns: 2, sharedX: true, panels: [axes, axes, axes, axes])
        let scene = figure.scene()
        let rows = PlotArtwork.rows(scene, figure)
        try #require(rows.count == 2)
        #expect(rows[0].top == scene.panels[0].cell.minY && rows[0].bottom == scene.panels[2].cell.minY && rows[1].bottom == figure.height.points)
        #expect(rows[0].plotBottom == max(scene.panels[0].plotArea.maxY, scene.panels[1].plotArea.maxY))
        let labels = try #require(PlotArtwork.lastRowLabels(scene, figure))
        let bottom = [scene.panels[2], scene.panels[3]]
        let ticks = bottom.map { $0.xTicks.filter { !$0.isMinor && !$0.label.isEmpty }.count }.reduce(0, +)
        #expect(labels.boxes.count == ticks + 2, "every major tick label and both x titles of the bottom row")
        for box in labels.boxes { #expect(box.y + 0.5 >= rows[1].plotBottom, "under the bottom row's plots") }
        let unshared = Figure(width: .cm(16), height: .cm(10), rows: 2, columns: 2, panels: [axes, axes, axes, axes])
        #expect(PlotArtwork.lastRowLabels(unshared.scene(), unshared) == nil, "rows with their own x axes")
    }

    @Test func rowNamesOnTheFirstColumnAreRepeated() throws {
        let marks = [LineMark(x: [0, 1, 2], y: [1, 2, 3])]
        let named = ["BPTT", "RFLO"].map { Axes(xLabel: "x", yLabel: $0, marks: marks) }
        let other = Axes(xLabel: "x", marks: marks)
        let figure = Figure(width: .cm(16), height: .cm(10), rows: 2, columns: 2, panels: [named[0], other, named[1], other])
        let scene = figure.scene()
        let labels = try #require(PlotArtwork.firstColumnLabels(scene, figure))
        let names = scene.texts.filter { $0.source == "BPTT" || $0.source == "RFLO" }
        #expect(labels.boxes.count == 2 && names.count == 2, "the two row names and no tick label")
        for name in names {
            #expect(labels.boxes.contains { abs($0.x + 0.5 - name.rect.minX) < 1e-9 && abs($0.y + 0.5 - name.rect.minY) < 1e-9 })
        }
    }
}
