import Foundation
import Graphics
import MathDrawing

/// A figure: a grid of Axes (panels A, B, C, ... when there are several) of a physical size.
/// A value with no global state; render it with `svg`, `pdf`, `png` or `draw(on:)`.
public struct Figure: Sendable {
    public var width: Length
    public var height: Length
    public var rows: Int
    public var columns: Int
    /// Panels in row-major order.
    public var panels: [Axes]
    public var title: String?
    /// All panels share x limits; only the bottom row shows x tick labels and labels.
    public var sharedX: Bool
    /// All panels share y limits; only the first column shows y tick labels and labels.
    public var sharedY: Bool
    /// Letter panels A, B, C, ... in bold capitals (only when there is more than one).
    public var panelLetters: Bool
    public var style: FigureStyle

    public init(width: Length = .textWidth, height: Length? = nil, rows: Int = 1, columns: Int? = nil,
                sharedX: Bool = false, sharedY: Bool = false, title: String? = nil, panelLetters: Bool = true,
                style: FigureStyle = FigureStyle(), panels: [Axes]) {
        let r = max(1, rows)
        let c = max(1, columns ?? Int((Double(max(1, panels.count)) / Double(r)).rounded(.up)))
        self.width = width
        self.rows = r
        self.columns = c
        let cellW = width.points / Double(c)
        self.height = height ?? .points(min(width.points * 0.9, Double(r) * cellW * (c == 1 ? 0.62 : 0.78)))
        self.panels = panels
        self.title = title
        self.sharedX = sharedX
        self.sharedY = sharedY
        self.panelLetters = panelLetters
        self.style = style
    }

    /// A one-panel figure.
    public init(_ axes: Axes, width: Length = .textWidth, height: Length? = nil, title: String? = nil) {
        self.init(width: width, height: height, title: title, panels: [axes])
    }

    /// The laid-out scene: panels with their frames, limits, ticks and marks, warnings, and
    /// the text items as drawn (drawn on a canvas that keeps nothing).
    public func scene() -> Scene {
        let meter = TextSizeMeter(Render.measuringCanvas(width: width.points, height: height.points))
        let layout = FigureLayout(figure: self, canvas: meter)
        layout.draw()
        var scene = layout.scene
        scene.smallestTextSize = meter.smallest
        return scene
    }

    /// What the figure could not show (dropped log-scale points, empty panels).
    public var warnings: [String] {
        FigureLayout(figure: self, canvas: Render.measuringCanvas(width: width.points, height: height.points)).warnings
    }

    /// Problems in the maths of the labels it draws (unknown commands, unbalanced braces,
    /// a `$` left open), each naming its label. The figure still draws such a label, with
    /// the unknown command in red.
    public var labelProblems: [String] {
        var sources = title.map { [$0] } ?? []
        for axes in panels {
            sources += [axes.title, axes.xLabel, axes.yLabel].compactMap { $0 }
            if axes.legend != .hidden { sources += axes.legendEntries().map(\.label) }
            sources += axes.marks.compactMap { $0.colorScale?.label } + axes.marks.flatMap(\.texts)
        }
        var seen = Set<String>()
        return sources.filter { seen.insert($0).inserted }.flatMap { source in
            style.label(source).diagnostics.map { "label '\(source)': \($0.message)" }
        }
    }

    /// Draws the figure with its top-left corner at the canvas origin, at its own size.
    @discardableResult
    public func draw(on canvas: Canvas) -> Scene {
        let layout = FigureLayout(figure: self, canvas: canvas)
        layout.draw()
        return layout.scene
    }

    /// SVG bytes; every id is prefixed with `idPrefix` so several figures fit in one page.
    public func svg(idPrefix: String = "fig-") throws -> Data {
        try Render.svg(width: width.points, height: height.points, idPrefix: idPrefix, name: name) { draw(on: $0) }
    }

    /// PDF bytes: one page of exactly the figure's size, fonts embedded.
    public func pdf() throws -> Data {
        try Render.pdf(width: width.points, height: height.points, title: title.map { style.label($0).plainText }, name: name) { draw(on: $0) }
    }

    /// PNG bytes at `scale` pixels per point (1 or 2).
    public func png(scale: Double = 1) throws -> Data {
        try Render.png(width: width.points, height: height.points, scale: scale, name: name) { draw(on: $0) }
    }

    var name: String { "figure" + (title.map { " '\($0)'" } ?? "") }
}

/// The laid-out figure, for tests and for writers that need positions.
public struct Scene: Sendable {
    public var size: Size
    public var panels: [PanelScene]
    public var warnings: [String]
    /// The titles, tick labels, axis labels and panel letters drawn (empty before drawing),
    /// each legend as one item.
    public var texts: [SceneText] = []
    /// The smallest font size of any text drawn, scripts included (`scene()` only).
    public var smallestTextSize: Double?
}

public struct PanelScene: Sendable {
    public var letter: String?
    /// The plot area (inside the axis lines).
    public var plotArea: Rect
    /// The panel's cell of the figure's grid: the plot area with its labels, letter and title
    /// (the last column's cells include a legend outside the axes).
    public var cell: Rect
    public var xLimits: ClosedRange<Double>
    public var yLimits: ClosedRange<Double>
    /// Ticks as drawn; labels are empty where hidden (shared axes) or minor.
    public var xTicks: [Tick]
    public var yTicks: [Tick]
    public var markKinds: [String]
    public var legendLabels: [String]
    public var colorBar: Rect?
    public var colorBarTicks: [Tick]
    /// A note drawn in an empty panel ("no data").
    public var note: String?
    /// Where the legend is drawn (`.automatic` resolved; `.hidden` when there is none).
    public var legendPlacement: LegendPlacement = .hidden
}
