import Graphics
import MathDrawing

/// One text item of a drawn figure: its source (`$10^{-3}$`, a legend as `legend`), the box
/// it covers on the figure in points, and the panel it belongs to (nil for the figure title).
public struct SceneText: Sendable {
    public var source: String
    public var rect: Rect
    public var panel: Int?

    /// The box `label` covers when drawn with its `anchor` at `point`, turned by `rotation`
    /// (a quarter turn or none, the only turns figures use).
    init(_ source: String, _ label: LabelBox, at point: Point, anchor: TextAnchor, rotation: Double = 0, panel: Int?) {
        let offset = anchor.topLeftOffset(width: label.width, height: label.height, baseline: label.ascent)
        let upright = Rect(x: offset.x, y: offset.y, width: label.width, height: label.height)
        if abs(rotation) < 1e-9 {
            rect = Rect(x: point.x + upright.x, y: point.y + upright.y, width: upright.width, height: upright.height)
        } else {
            // A quarter turn counter-clockwise: the box's x runs upwards, its y to the right.
            rect = Rect(x: point.x + upright.y, y: point.y - upright.maxX, width: upright.height, height: upright.width)
        }
        self.source = source
        self.panel = panel
    }

    init(source: String, rect: Rect, panel: Int?) {
        self.source = source; self.rect = rect; self.panel = panel
    }

    /// The gap between two boxes: negative when they overlap (the larger of the two
    /// axis-wise distances, so two boxes side by side or one above the other both count).
    public func gap(to other: SceneText) -> Double {
        let dx = max(other.rect.minX - rect.maxX, rect.minX - other.rect.maxX)
        let dy = max(other.rect.minY - rect.maxY, rect.minY - other.rect.maxY)
        return max(dx, dy)
    }
}
