import Foundation
import Graphics

/// Streamlines of a vector field: curves traced from evenly spread seeds (each region of
/// the plot is crossed by at most one line), with an arrow head in the middle of each.
public struct StreamlineMark: Mark {
    public var field: VectorField
    public var color: Color?
    /// Roughly how many lines across the plot.
    public var density: Int
    public var width: Double

    public init(field: VectorField, color: Color? = nil, density: Int = 12, width: Double = 0.8) {
        self.field = field; self.color = color; self.density = max(2, density); self.width = width
    }

    public var kind: String { "streamlines" }

    public func extent(x sx: Scale, y sy: Scale) -> DataExtent {
        guard let x0 = field.u.xs.first, let x1 = field.u.xs.last, let y0 = field.u.ys.first, let y1 = field.u.ys.last
        else { return .none }
        return DataExtent(x: x0...x1, y: y0...y1, tight: true)
    }

    /// The traced lines in data coordinates.
    public func lines() -> [[Point]] {
        guard let x0 = field.u.xs.first, let x1 = field.u.xs.last, let y0 = field.u.ys.first, let y1 = field.u.ys.last,
              x1 > x0, y1 > y0 else { return [] }
        let n = density * 2
        var occupied = [Bool](repeating: false, count: n * n)
        func cellIndex(_ p: Point) -> Int? {
            let i = Int((p.x - x0) / (x1 - x0) * Double(n)), j = Int((p.y - y0) / (y1 - y0) * Double(n))
            guard i >= 0, i < n, j >= 0, j < n else { return nil }
            return j * n + i
        }
        // Velocity in unit-square coordinates, normalised to unit speed.
        func dir(_ p: Point) -> Point? {
            guard let u = field.u.interpolate(p.x, p.y), let v = field.v.interpolate(p.x, p.y) else { return nil }
            let a = u / (x1 - x0), b = v / (y1 - y0)
            let l = (a * a + b * b).squareRoot()
            guard l.isFinite, l > 1e-12 else { return nil }
            return Point(a / l * (x1 - x0), b / l * (y1 - y0))
        }
        let h = 0.25 / Double(n)  // step in unit-square length
        func trace(_ start: Point, sign: Double, claimed: inout Set<Int>) -> [Point] {
            var pts: [Point] = []
            var p = start
            var previous: Point? = nil
            for _ in 0..<(8 * n * 4) {
                guard let d1 = dir(p) else { break }
                // Stop at a sink or source line, where the direction flips from step to step.
                if let e = previous, d1.x * e.x + d1.y * e.y < 0 { break }
                previous = d1
                let mid = Point(p.x + sign * d1.x * h / 2, p.y + sign * d1.y * h / 2)
                guard let d2 = dir(mid) else { break }
                let q = Point(p.x + sign * d2.x * h, p.y + sign * d2.y * h)
                guard let c = cellIndex(q) else { break }
                if occupied[c] && !claimed.contains(c) { break }
                claimed.insert(c)
                pts.append(q)
                p = q
            }
            return pts
        }
        var result: [[Point]] = []
        // Seeds on a coarse grid, centre outwards order is unimportant; row-major is deterministic.
        for sj in 0..<density {
            for si in 0..<density {
                let s = Point(x0 + (Double(si) + 0.5) / Double(density) * (x1 - x0),
                              y0 + (Double(sj) + 0.5) / Double(density) * (y1 - y0))
                guard let c0 = cellIndex(s), !occupied[c0] else { continue }
                var claimed: Set<Int> = [c0]
                let fwd = trace(s, sign: 1, claimed: &claimed)
                let bwd = trace(s, sign: -1, claimed: &claimed)
                let line = bwd.reversed() + [s] + fwd
                guard line.count >= 6 else { continue }
                for c in claimed { occupied[c] = true }
                result.append(line)
            }
        }
        return result
    }

    public func draw(in ctx: MarkContext) {
        let c = color ?? Palette.gray
        var path = Path()
        var heads = Path()
        for line in lines() {
            let pts = line.compactMap { ctx.point($0.x, $0.y) }
            guard pts.count >= 2 else { continue }
            path.append(Path(polyline: PolylineSimplification.simplified(pts)))
            let m = pts.count / 2
            let a = pts[max(0, m - 1)], b = pts[m]
            let dx = b.x - a.x, dy = b.y - a.y
            let l = (dx * dx + dy * dy).squareRoot()
            guard l > 0 else { continue }
            let ux = dx / l, uy = dy / l, size = 3.2
            let tip = Point(b.x + ux * size / 2, b.y + uy * size / 2)
            let base = Point(tip.x - ux * size, tip.y - uy * size)
            heads.move(to: tip)
            heads.line(to: Point(base.x - uy * size * 0.45, base.y + ux * size * 0.45))
            heads.line(to: Point(base.x + uy * size * 0.45, base.y - ux * size * 0.45))
            heads.close()
        }
        ctx.canvas.stroke(path, color: c, style: StrokeStyle(width: width, join: .round))
        ctx.canvas.fill(heads, color: c)
    }
}
