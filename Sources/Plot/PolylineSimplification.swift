import Graphics

/// Drops the points of a polyline that the eye cannot see: a point is kept only when leaving
/// it out would move some skipped point more than `tolerance` (0.1 pt by default) away from
/// the drawn segment. Smooth curves sampled densely shrink several-fold, with no visible change.
enum PolylineSimplification {
    static func simplified(_ points: [Point], tolerance: Double = 0.1) -> [Point] {
        guard points.count > 2 else { return points }
        var kept = [points[0]]
        var skipped: [Point] = []
        var anchor = points[0]
        let tolerance2 = tolerance * tolerance
        for i in 1..<points.count {
            let p = points[i]
            let fits = skipped.allSatisfy { distance2($0, toSegmentFrom: anchor, to: p) <= tolerance2 }
            if fits {
                skipped.append(p)
            } else {
                // The previous point becomes a corner; start a new segment there.
                let corner = skipped.removeLast()
                kept.append(corner)
                anchor = corner
                skipped = [p]
            }
        }
        if let last = skipped.last { kept.append(last) }
        return kept
    }

    /// Squared distance from `p` to the segment `a`-`b`.
    static func distance2(_ p: Point, toSegmentFrom a: Point, to b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let length2 = dx * dx + dy * dy
        var t = length2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0
        t = min(max(t, 0), 1)
        let ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y
        return ex * ex + ey * ey
    }
}
