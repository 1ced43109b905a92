import Graphics

/// A grid of values drawn as coloured cells, with a colour bar beside the axes.
/// Non-finite cells stay empty (transparent).
public struct HeatmapMark: Mark {
    public var grid: Grid
    public var colorMap: ColorMap
    /// Value range mapped to the colour map; default: the data range (symmetric about 0
    /// for the diverging map).
    public var range: ClosedRange<Double>?
    public var colorBarLabel: String?
    public var showsColorBar: Bool

    public init(grid: Grid, colorMap: ColorMap = .sequential, range: ClosedRange<Double>? = nil,
                colorBarLabel: String? = nil, showsColorBar: Bool = true) {
        self.grid = grid; self.colorMap = colorMap; self.range = range
        self.colorBarLabel = colorBarLabel; self.showsColorBar = showsColorBar
    }

    public var kind: String { "heatmap" }

    var valueRange: ClosedRange<Double> {
        if let range { return range }
        guard let r = grid.finiteRange else { return 0...1 }
        if colorMap == .diverging {
            let m = max(abs(r.lowerBound), abs(r.upperBound), 1e-300)
            return -m...m
        }
        return r.lowerBound < r.upperBound ? r : (r.lowerBound - 0.5)...(r.upperBound + 0.5)
    }

    public var colorScale: ColorScale? {
        showsColorBar ? ColorScale(map: colorMap, range: valueRange, label: colorBarLabel) : nil
    }

    public func extent(x sx: Scale, y sy: Scale) -> DataExtent {
        guard !grid.values.isEmpty else { return .none }
        let (ex, ey) = grid.cellExtent
        return DataExtent(x: ex, y: ey, tight: true)
    }

    public func draw(in ctx: MarkContext) {
        let nx = grid.xs.count, ny = grid.ys.count
        guard nx > 0, ny > 0 else { return }
        let r = valueRange
        let span = r.upperBound - r.lowerBound
        // 256-entry lookup table: fast and identical for every surface.
        let lut: [(UInt8, UInt8, UInt8)] = (0..<256).map {
            let c = colorMap.color(at: Double($0) / 255)
            return (UInt8((c.red * 255).rounded()), UInt8((c.green * 255).rounded()), UInt8((c.blue * 255).rounded()))
        }
        var pixels = [UInt8](repeating: 0, count: nx * ny * 4)
        for j in 0..<ny {
            let row = ny - 1 - j  // top image row is the largest y
            for i in 0..<nx {
                let v = grid[i, j]
                guard v.isFinite else { continue }
                let t = span > 0 ? (v - r.lowerBound) / span : 0.5
                let (cr, cg, cb) = lut[Int((max(0, min(1, t)) * 255).rounded())]
                let k = (row * nx + i) * 4
                pixels[k] = cr; pixels[k + 1] = cg; pixels[k + 2] = cb; pixels[k + 3] = 255
            }
        }
        let (ex, ey) = grid.cellExtent
        let x0 = ctx.px(ex.lowerBound), x1 = ctx.px(ex.upperBound)
        let y0 = ctx.py(ey.upperBound), y1 = ctx.py(ey.lowerBound)
        ctx.canvas.draw(RGBAImage(width: nx, height: ny, pixels: pixels),
                        in: Rect(x: min(x0, x1), y: min(y0, y1), width: abs(x1 - x0), height: abs(y1 - y0)), smooth: false)
    }
}
