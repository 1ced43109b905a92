import Foundation
import Graphics

/// A vector field (u, v) sampled on a grid: velocity components share the grid's xs, ys.
public struct VectorField: Sendable {
    public var u: Grid
    public var v: Grid
    public init(u: Grid, v: Grid) {
        precondition(u.xs == v.xs && u.ys == v.ys, "VectorField: u and v must share a grid")
        self.u = u; self.v = v
    }
    /// Samples `f(x, y) -> (u, v)` on an nx x ny grid.
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, nx: Int, ny: Int,
                _ f: (Double, Double) -> (Double, Double)) {
        self.u = Grid(x: x, y: y, nx: nx, ny: ny) { f($0, $1).0 }
        self.v = Grid(x: x, y: y, nx: nx, ny: ny) { f($0, $1).1 }
    }
}

/// Arrows at the grid points of a vector field. Lengths grow with the square root of the
/// magnitude, up to ~0.9 of a cell at the 90th percentile (so slow regions stay readable).
public struct VectorFieldMark: Mark {
    public var field: VectorField
    public var color: Color?
    /// Arrow lengths proportional to the magnitude (true) or all equal (false).
    public var scaleByMagnitude: Bool

    public init(field: VectorField, color: Color? = nil, scaleByMagnitude: Bool = true) {
        self.field = field; self.color = color; self.scaleByMagnitude = scaleByMagnitude
    }

    public var kind: String { "vectorfield" }

    public func extent(x sx: Scale, y sy: Scale) -> DataExtent {
        guard let x0 = field.u.xs.first, let x1 = field.u.xs.last, let y0 = field.u.ys.first, let y1 = field.u.ys.last
        else { return .none }
        return DataExtent(x: x0...x1, y: y0...y1)
    }

    public func draw(in ctx: MarkContext) {
        let xs = field.u.xs, ys = field.u.ys
        let nx = xs.count, ny = ys.count
        guard nx > 0, ny > 0 else { return }
        // Cell size on the canvas.
        let cellW = nx > 1 ? abs(ctx.px(xs[1]) - ctx.px(xs[0])) : ctx.plotArea.width
        let cellH = ny > 1 ? abs(ctx.py(ys[1]) - ctx.py(ys[0])) : ctx.plotArea.height
        let cell = min(cellW, cellH)
        // Screen-space vectors (data per unit converted by the local axis scale).
        let sxPerData = ctx.plotArea.width / max(1e-300, abs(ctx.xLimits.upperBound - ctx.xLimits.lowerBound))
        let syPerData = ctx.plotArea.height / max(1e-300, abs(ctx.yLimits.upperBound - ctx.yLimits.lowerBound))
        // Lengths relative to the 90th percentile of the magnitudes (longer arrows are
        // capped), so a few fast corners do not shrink every other arrow to a dot.
        var lengths: [Double] = []
        lengths.reserveCapacity(nx * ny)
        for k in 0..<(nx * ny) {
            let a = field.u.values[k] * sxPerData, b = field.v.values[k] * syPerData
            let l = (a * a + b * b).squareRoot()
            if l.isFinite && l > 0 { lengths.append(l) }
        }
        guard !lengths.isEmpty else { return }
        lengths.sort()
        let maxLen = lengths[min(lengths.count - 1, Int(Double(lengths.count) * 0.9))]
        guard maxLen > 0 else { return }
        let c = color ?? Color.gray(0.35)
        var shafts = Path(reservingCapacity: nx * ny * 2)
        var heads = Path(reservingCapacity: nx * ny * 4)
        for j in 0..<ny {
            for i in 0..<nx {
                guard let p = ctx.point(xs[i], ys[j]) else { continue }
                let a = field.u[i, j] * sxPerData, b = -field.v[i, j] * syPerData
                let l = (a * a + b * b).squareRoot()
                guard l.isFinite, l > 0 else { continue }
                let len = scaleByMagnitude ? 0.9 * cell * max(0.2, min(1, (l / maxLen).squareRoot())) : 0.75 * cell
                guard len > 0.3 else { continue }
                let dx = a / l, dy = b / l
                let tail = Point(p.x - dx * len / 2, p.y - dy * len / 2)
                let tip = Point(p.x + dx * len / 2, p.y + dy * len / 2)
                let head = min(len * 0.4, max(2.2, cell * 0.3))
                let base = Point(tip.x - dx * head, tip.y - dy * head)
                shafts.move(to: tail); shafts.line(to: base)
                let hw = head * 0.45
                heads.move(to: tip)
                heads.line(to: Point(base.x - dy * hw, base.y + dx * hw))
                heads.line(to: Point(base.x + dy * hw, base.y - dx * hw))
                heads.close()
            }
        }
        ctx.canvas.stroke(shafts, color: c, style: StrokeStyle(width: 0.6))
        ctx.canvas.fill(heads, color: c)
    }
}
