import Graphics
@testable import Plot
import Testing

/// Dense polylines lose the points the eye cannot see, and keep every visible corner.
struct PolylineSimplificationTests {
    @Test func straightRunsCollapseToTheirEnds() {
        let points = (0...100).map { Point(Double($0), 2 * Double($0)) }
        #expect(PolylineSimplification.simplified(points) == [points[0], points[100]])
    }

    @Test func everyDroppedPointStaysWithinTheTolerance() {
        let points = (0...2000).map { i -> Point in
            let t = Double(i) / 2000 * 6.283
            return Point(100 * t, 50 * Foundation.sin(t) + (i == 1000 ? 5 : 0))
        }
        let kept = PolylineSimplification.simplified(points, tolerance: 0.1)
        #expect(kept.count < points.count / 5)
        #expect(kept.contains(points[1000]), "a spike is a visible corner")
        for p in points {
            let nearest = zip(kept, kept.dropFirst()).map { PolylineSimplification.distance2(p, toSegmentFrom: $0, to: $1) }.min()!
            #expect(nearest <= 0.1 * 0.1 + 1e-12)
        }
    }
}

import Foundation
