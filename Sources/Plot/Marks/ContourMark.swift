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

    /// A point where a contour crosses a grid edge: the edge (horizontal from node (i, j) to
    /// (i+1, j), or vertical from (i, j) to (i, j+1)) identifies it, so the two cells that share
    /// the edge name the same point.
    struct EdgePoint: Hashable {
        var i: Int, j: Int, vertical: Bool
    }

    /// The contour segments of one level (marching squares), as pairs of edge points.
    func edgeSegments(level: Double) -> [(EdgePoint, EdgePoint)] {
        let nx = grid.xs.count, ny = grid.ys.count
        guard nx > 1, ny > 1 else { return [] }
        var out: [(EdgePoint, EdgePoint)] = []
        for j in 0..<(ny - 1) {
            for i in 0..<(nx - 1) {
                let v = [grid[i, j], grid[i + 1, j], grid[i + 1, j + 1], grid[i, j + 1]]
                guard v.allSatisfy({ $0.isFinite }) else { continue }
                var code = 0
                for (k, val) in v.enumerated() where val > level { code |= 1 << k }
                if code == 0 || code == 15 { continue }
                // Edges: bottom, right, top, left.
                let e = [EdgePoint(i: i, j: j, vertical: false), EdgePoint(i: i + 1, j: j, vertical: true),
                         EdgePoint(i: i, j: j + 1, vertical: false), EdgePoint(i: i, j: j, vertical: true)]
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
                for (a, b) in pairs { out.append((e[a], e[b])) }
            }
        }
        return out
    }

    /// Where the contour of `level` crosses an edge, by linear interpolation.
    func position(_ p: EdgePoint, level: Double) -> Point {
        let (i1, j1) = p.vertical ? (p.i, p.j + 1) : (p.i + 1, p.j)
        let a = grid[p.i, p.j], b = grid[i1, j1]
        let t = a == b ? 0.5 : (level - a) / (b - a)
        return Point(grid.xs[p.i] + t * (grid.xs[i1] - grid.xs[p.i]), grid.ys[p.j] + t * (grid.ys[j1] - grid.ys[p.j]))
    }

    /// The contour segments in data coordinates, for one level.
    public func segments(level: Double) -> [(Point, Point)] {
        edgeSegments(level: level).map { (position($0.0, level: level), position($0.1, level: level)) }
    }

    /// The contour lines of one level in data coordinates, segments joined into polylines
    /// (closed ones end where they start), so dashes run evenly along them.
    public func polylines(level: Double) -> [[Point]] {
        let segments = edgeSegments(level: level)
        var touching: [EdgePoint: [Int]] = [:]
        for (k, (a, b)) in segments.enumerated() {
            touching[a, default: []].append(k)
            touching[b, default: []].append(k)
        }
        var used = [Bool](repeating: false, count: segments.count)
        var lines: [[Point]] = []
        // Open lines start at a point with one segment; then what is left are closed loops.
        let starts = segments.indices.filter { touching[segments[$0].0]!.count == 1 || touching[segments[$0].1]!.count == 1 }
        for first in starts + Array(segments.indices) where !used[first] {
            used[first] = true
            var (start, end) = segments[first]
            if touching[end]!.count == 1 { swap(&start, &end) }
            var chain = [start, end]
            while let next = touching[end]!.first(where: { !used[$0] }) {
                used[next] = true
                end = segments[next].0 == end ? segments[next].1 : segments[next].0
                chain.append(end)
            }
            lines.append(chain.map { position($0, level: level) })
        }
        return lines
    }

    public func draw(in ctx: MarkContext) {
        let c = color ?? ctx.seriesColor
        var path = Path()
        for level in levels {
            for line in polylines(level: level) {
                // Points outside the axes' scales break a line into drawable runs.
                var run: [Point] = []
                for point in line.map({ ctx.point($0.x, $0.y) }) + [nil] {
                    if let point { run.append(point); continue }
                    if run.count >= 2 { path.append(Path(polyline: PolylineSimplification.simplified(run))) }
                    run = []
                }
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
