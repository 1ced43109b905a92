/// Values on a rectangular grid: `values[j * xs.count + i]` belongs to (xs[i], ys[j]).
/// xs and ys increase.
public struct Grid: Sendable {
    public var xs: [Double]
    public var ys: [Double]
    public var values: [Double]

    public init(xs: [Double], ys: [Double], values: [Double]) {
        precondition(values.count == xs.count * ys.count, "Grid: values.count must be xs.count * ys.count")
        self.xs = xs; self.ys = ys; self.values = values
    }

    /// Samples `f` on an evenly spaced nx x ny grid over the given ranges.
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, nx: Int, ny: Int, _ f: (Double, Double) -> Double) {
        let xs = (0..<nx).map { x.lowerBound + (x.upperBound - x.lowerBound) * Double($0) / Double(max(1, nx - 1)) }
        let ys = (0..<ny).map { y.lowerBound + (y.upperBound - y.lowerBound) * Double($0) / Double(max(1, ny - 1)) }
        var v = [Double](); v.reserveCapacity(nx * ny)
        for yy in ys { for xx in xs { v.append(f(xx, yy)) } }
        self.init(xs: xs, ys: ys, values: v)
    }

    @inline(__always) public subscript(i: Int, j: Int) -> Double { values[j * xs.count + i] }

    /// Finite minimum and maximum, or nil.
    var finiteRange: ClosedRange<Double>? {
        var lo = Double.infinity, hi = -Double.infinity
        for v in values where v.isFinite { lo = min(lo, v); hi = max(hi, v) }
        return lo <= hi ? lo...hi : nil
    }

    /// Bilinear interpolation at (x, y), nil outside the grid.
    func interpolate(_ x: Double, _ y: Double) -> Double? {
        guard let i = Grid.cell(xs, x), let j = Grid.cell(ys, y) else { return nil }
        let tx = (x - xs[i]) / (xs[i + 1] - xs[i]), ty = (y - ys[j]) / (ys[j + 1] - ys[j])
        let a = self[i, j], b = self[i + 1, j], c = self[i, j + 1], d = self[i + 1, j + 1]
        return (a * (1 - tx) + b * tx) * (1 - ty) + (c * (1 - tx) + d * tx) * ty
    }

    /// Index i with a[i] <= v <= a[i+1].
    static func cell(_ a: [Double], _ v: Double) -> Int? {
        guard a.count >= 2, v >= a[0], v <= a[a.count - 1] else { return nil }
        var lo = 0, hi = a.count - 1
        while hi - lo > 1 { let m = (lo + hi) / 2; if a[m] <= v { lo = m } else { hi = m } }
        return lo
    }

    /// The x and y ranges covered by cells centred on the grid points.
    var cellExtent: (ClosedRange<Double>, ClosedRange<Double>) {
        func ext(_ a: [Double]) -> ClosedRange<Double> {
            guard a.count > 1 else { return (a.first ?? 0) - 0.5...(a.first ?? 0) + 0.5 }
            return a[0] - (a[1] - a[0]) / 2...a[a.count - 1] + (a[a.count - 1] - a[a.count - 2]) / 2
        }
        return (ext(xs), ext(ys))
    }
}
