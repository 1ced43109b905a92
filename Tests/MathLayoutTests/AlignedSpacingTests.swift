import MathLayout
import XCTest

/// `&=` in an aligned environment keeps the space before its relation, as `{}=` in TeX.
final class AlignedSpacingTests: XCTestCase {
    func testRelationAfterAlignmentPointIsSpaced() throws {
        let engine = MathLayoutEngine(metrics: FixedWidthMetrics())
        let box = engine.layout(MathParser.parse("\\begin{aligned} a &= b \\end{aligned}"), display: true, size: 10)
        let a = try XCTUnwrap(box.run("a"))
        let equals = try XCTUnwrap(box.run("="))
        XCTAssertGreaterThan(equals.x - a.right, 2, "a thick space (5/18 em) before '='")
    }
}
