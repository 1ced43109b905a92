/// A filled outline (the curly brace of `\underbrace` and `\overbrace`) in box coordinates,
/// y growing upward like the rest of a `MathBox`. Shapes without a `color` take the formula's.
public struct MathShape: Equatable, Sendable {
    /// One step of the outline.
    public enum Element: Equatable, Sendable {
        case move(x: Double, y: Double)
        case line(x: Double, y: Double)
        /// A cubic Bézier curve from the current point to `(x, y)` through two control points.
        case curve(x1: Double, y1: Double, x2: Double, y2: Double, x: Double, y: Double)
        case close
    }

    public var elements: [Element]
    public var color: MathColor? = nil

    public init(elements: [Element], color: MathColor? = nil) {
        self.elements = elements
        self.color = color
    }

    /// The shape moved by `(dx, dy)`.
    func offset(dx: Double, dy: Double) -> MathShape {
        MathShape(elements: elements.map { element in
            switch element {
            case let .move(x, y): .move(x: x + dx, y: y + dy)
            case let .line(x, y): .line(x: x + dx, y: y + dy)
            case let .curve(x1, y1, x2, y2, x, y): .curve(x1: x1 + dx, y1: y1 + dy, x2: x2 + dx, y2: y2 + dy, x: x + dx, y: y + dy)
            case .close: .close
            }
        }, color: color)
    }

    /// A horizontal curly brace `width` wide reaching `depth` away from the edge at
    /// `edge` (upward when `away` is 1, downward when it is -1): hooks at both ends turning
    /// toward the base, a bar, and a pointed tip in the middle pointing away, its strokes
    /// `thickness` thick, as TeX assembles it from the font's brace pieces.
    static func brace(width: Double, depth: Double, thickness t: Double, edge: Double, away: Double) -> MathShape {
        let half = width / 2, bar = depth / 2
        let r = max(t * 1.5, min(depth, width / 4))
        let k = 0.55
        // (distance along, distance away from the base) to box coordinates.
        func p(_ x: Double, _ d: Double) -> (Double, Double) { (x, edge + away * d) }
        var elements: [Element] = []
        func move(_ x: Double, _ d: Double) { let q = p(x, d); elements.append(.move(x: q.0, y: q.1)) }
        func line(_ x: Double, _ d: Double) { let q = p(x, d); elements.append(.line(x: q.0, y: q.1)) }
        func curve(_ c1: (Double, Double), _ c2: (Double, Double), _ to: (Double, Double)) {
            let a = p(c1.0, c1.1), b = p(c2.0, c2.1), e = p(to.0, to.1)
            elements.append(.curve(x1: a.0, y1: a.1, x2: b.0, y2: b.1, x: e.0, y: e.1))
        }
        let outer = bar + t / 2, inner = bar - t / 2, cusp = bar + t / 2
        // Outer edge, left to right: hook, bar, tip, bar, hook.
        move(0, 0)
        curve((0, outer * k), (r * (1 - k), outer), (r, outer))
        line(half - r, outer)
        curve((half - r * (1 - k), outer), (half, outer + (depth - outer) * k), (half, depth))
        curve((half, outer + (depth - outer) * k), (half + r * (1 - k), outer), (half + r, outer))
        line(width - r, outer)
        curve((width - r * (1 - k), outer), (width, outer * k), (width, 0))
        // Inner edge, right to left.
        line(width - t, 0)
        curve((width - t, inner * k), (width - t - (r - t) * (1 - k), inner), (width - r, inner))
        line(half + r, inner)
        curve((half + r * (1 - k), inner), (half, inner + (cusp - inner) * k), (half, cusp))
        curve((half, inner + (cusp - inner) * k), (half - r * (1 - k), inner), (half - r, inner))
        line(r, inner)
        curve((t + (r - t) * (1 - k), inner), (t, inner * k), (t, 0))
        elements.append(.close)
        return MathShape(elements: elements)
    }
}
