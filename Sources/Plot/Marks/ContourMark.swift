import Graphics

/// Contour lines of a grid at given levels (marching squares), e.g. nullclines at level 0.
public struct ContourMark: Mark {
    public var grid: Grid
    public var levels: [Double]
    public var label: String?
    public var color: Color?
    public var width: Double
    public var dash: Dash

    public init(grid: Grid, levels: [Double] = [0], label: String? = nil, color: Color? = nil, width: Double = 1.2,
                dash: Dash = .solid) {
        self.grid = grid; self.levels = levels; self.label = label; self.color = color; self.width = width; self.dash = dash
    }

    public var kind: String { "contour" }
    public var consumesColor: Bool { true }

    public func extent(x sx: Scale, y sy: Scale) -> DataExtent {
        guard let x0 = grid.xs.first, let x1 = grid.xs.last, let y0 = grid.ys.first, let y1 = grid.ys.last else { return .none }
        return DataExtent(x: x0...x1, y: y0...y1, tight: true)
    }

    /// The contour segments in data coordinates, for one level.
    public func segments(level: Double) -> [(Point, Point)] {
        let nx = grid.xs.count, ny = grid.ys.count
        guard nx > 1, ny > 1 else { return [] }
        var out: [(Point, Point)] = []
        func lerp(_ i0: Int, _ j0: Int, _ i1: Int, _ j1: Int) -> Point {
            let a = grid[i0, j0], b = grid[i1, j1]
            let t = a == b ? 0.5 : (level - a) / (b - a)
            return Point(grid.xs[i0] + t * (grid.xs[i1] - grid.xs[i0]), grid.ys[j0] + t * (grid.ys[j1] - grid.ys[j0]))
        }
        for j in 0..<(ny - 1) {
            for i in 0..<(nx - 1) {
                let v = [grid[i, j], grid[i + 1, j], grid[i + 1, j + 1], grid[i, j + 1]]
                guard v.allSatisfy({ $0.isFinite }) else { continue }
                var code = 0
                for (k, val) in v.enumerated() where val > level { code |= 1 << k }
                if code == 0 || code == 15 { continue }
                // Edge points: bottom (0-1), right (1-2), top (2-3), left (3-0).
                let e: [() -> Point] = [{ lerp(i, j, i + 1, j) }, { lerp(i + 1, j, i + 1, j + 1) },
                                        { lerp(i + 1, j + 1, i, j + 1) }, { lerp(i, j + 1, i, j) }]
                let pairs: [(Int, Int)]
                switch code {
                case 1, 14: pairs = [(3, 0)]
                case 2, 13: pairs = [(0, 1)]
                case 3, 12: pairs = [(3, 1)]
                case 4, 11: pairs = [(1, 2)]
                case 6, 9: pairs = [(0, 2)]
                case 7, 8: pairs = [(3, 2)]
                case 5: pairs = [(3, 0), (1, 2)]
                case 10: pairs = [(0, 1), (2, 3)]
                default: pairs = []
                }
                for (a, b) in pairs { out.append((e[a](), e[b]())) }
            }
        }
        return out
    }

    public func draw(in ctx: MarkContext) {
        let c = color ?? ctx.seriesColor
        var path = Path()
        for level in levels {
            for (a, b) in segments(level: level) {
                guard let p = ctx.point(a.x, a.y), let q = ctx.point(b.x, b.y) else { continue }
                path.move(to: p); path.line(to: q)
            }
        }
        ctx.canvas.stroke(path, color: c, style: StrokeStyle(width: width, dash: dash.pattern(width: width), cap: .round, join: .round))
    }

    public func legendEntries(color: Color) -> [LegendEntry] {
        guard let label else { return [] }
        return [LegendEntry(label: label, color: self.color ?? color, sample: .line(width: width, dash: dash, marker: nil))]
    }

    public func inkPoints(in ctx: MarkContext) -> [Point] {
        levels.flatMap { segments(level: $0) }.compactMap { ctx.point($0.0.x, $0.0.y) }
    }
}
