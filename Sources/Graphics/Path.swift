import Foundation

/// A vector path in canvas units: sub-paths of straight and cubic segments.
public struct Path: Sendable {
    public enum Element: Sendable {
        case move(Point)
        case line(Point)
        case curve(Point, Point, Point)
        case close
    }
    public private(set) var elements: [Element] = []

    public init() {}
    public init(reservingCapacity n: Int) { elements.reserveCapacity(n) }

    public var isEmpty: Bool { elements.isEmpty }

    public mutating func move(to p: Point) { elements.append(.move(p)) }
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    public mutating func curve(to p: Point, control1 c1: Point, control2 c2: Point) {
        elements.append(.curve(c1, c2, p))
    }
    public mutating func close() { elements.append(.close) }
    public mutating func append(_ other: Path) { elements.append(contentsOf: other.elements) }

    /// A polyline through `points`.
    public init(polyline points: [Point], closed: Bool = false) {
        elements.reserveCapacity(points.count + 1)
        for (i, p) in points.enumerated() { elements.append(i == 0 ? .move(p) : .line(p)) }
        if closed && !points.isEmpty { elements.append(.close) }
    }

    public init(rect r: Rect) {
        self.init(polyline: [Point(r.minX, r.minY), Point(r.maxX, r.minY),
                             Point(r.maxX, r.maxY), Point(r.minX, r.maxY)], closed: true)
    }

    /// A circle of radius `r` around `c`, as four cubic arcs.
    public init(circleAt c: Point, radius r: Double) {
        self.init()
        addArc(center: c, radius: r, from: 0, to: 2 * Double.pi)
        close()
    }

    /// Appends an arc (angles in radians, counter-clockwise on screen when `to > from`
    /// in the y-down frame means clockwise visually; only the shape matters here).
    public mutating func addArc(center c: Point, radius r: Double, from a0: Double, to a1: Double) {
        let segments = max(1, Int((abs(a1 - a0) / (Double.pi / 2)).rounded(.up)))
        let step = (a1 - a0) / Double(segments)
        let k = 4.0 / 3.0 * tan(step / 4)
        var a = a0
        let start = Point(c.x + r * cos(a), c.y + r * sin(a))
        if case .some = elements.last { elements.append(.line(start)) } else { elements.append(.move(start)) }
        for _ in 0..<segments {
            let b = a + step
            let p0 = Point(c.x + r * cos(a), c.y + r * sin(a))
            let p3 = Point(c.x + r * cos(b), c.y + r * sin(b))
            let c1 = Point(p0.x - k * r * sin(a), p0.y + k * r * cos(a))
            let c2 = Point(p3.x + k * r * sin(b), p3.y - k * r * cos(b))
            elements.append(.curve(c1, c2, p3))
            a = b
        }
    }
}
