import Graphics
import MathDrawing

/// One row of a legend: a sample of the mark and its label.
public struct LegendEntry: Sendable {
    public enum Sample: Sendable {
        case line(width: Double, dash: Dash, marker: MarkerShape?)
        case marker(MarkerShape, filled: Bool)
        case patch(opacity: Double)
        case fixedPoint(FixedPointMark.Stability)
    }
    public var label: String
    public var color: Color
    public var sample: Sample
    public init(label: String, color: Color, sample: Sample) {
        self.label = label; self.color = color; self.sample = sample
    }
}

/// Where the legend goes inside the axes.
public enum LegendPlacement: Hashable, Sendable {
    /// The corner that covers the fewest data points.
    case automatic
    case upperRight, upperLeft, lowerLeft, lowerRight, upperCenter, lowerCenter
    /// Halfway up the left or right side of the axes.
    case centerLeft, centerRight
    /// Outside, to the right of the plot area.
    case outsideRight
    case hidden
}

enum LegendDrawer {
    static let sampleWidth = 16.0

    static func label(_ entry: LegendEntry, style: FigureStyle, typesetter: MathTypesetter) -> LabelBox {
        typesetter.layout(style.label(entry.label), font: style.text(style.legendSize))
    }

    static func size(_ entries: [LegendEntry], style: FigureStyle, typesetter: MathTypesetter) -> Size {
        var w = 0.0, h = 0.0
        for e in entries {
            let t = label(e, style: style, typesetter: typesetter)
            w = max(w, t.width)
            h += max(t.height, 8) + 1
        }
        return Size(w + sampleWidth + 4 + 8, h + 5)
    }

    static func draw(_ entries: [LegendEntry], in box: Rect, style: FigureStyle, canvas: Canvas,
                     typesetter: MathTypesetter, framed: Bool) {
        if framed {
            canvas.fill(Path(rect: box), color: Color.white.withAlpha(0.85))
            canvas.stroke(Path(rect: box), color: Color.gray(0.8), style: StrokeStyle(width: 0.5))
        }
        var y = box.minY + 2.5
        for e in entries {
            let t = label(e, style: style, typesetter: typesetter)
            let rowH = max(t.height, 8) + 1
            let cy = y + rowH / 2
            let x0 = box.minX + 4, x1 = x0 + sampleWidth
            switch e.sample {
            case .line(let width, let dash, let marker):
                var p = Path(); p.move(to: Point(x0, cy)); p.line(to: Point(x1, cy))
                canvas.stroke(p, color: e.color, style: StrokeStyle(width: width, dash: dash.pattern(width: width)))
                if let marker { drawMarkers([Point((x0 + x1) / 2, cy)], shape: marker, size: 4.5, color: e.color, filled: true, on: canvas) }
            case .marker(let shape, let filled):
                drawMarkers([Point((x0 + x1) / 2, cy)], shape: shape, size: 5, color: e.color, filled: filled, on: canvas)
            case .fixedPoint(let s):
                FixedPointMark.draw(s, at: Point((x0 + x1) / 2, cy), size: 5.5, color: e.color, on: canvas)
            case .patch(let opacity):
                let r = Rect(x: x0, y: cy - 3.5, width: sampleWidth, height: 7)
                canvas.fill(Path(rect: r), color: e.color.withAlpha(opacity))
            }
            typesetter.draw(t, at: Point(x1 + 4, cy), anchor: TextAnchor(.left, .center))
            y += rowH
        }
    }
}
