import MathLayout
import Testing

/// `\overbrace` and `\underbrace` keep plain TeX's distances (TeXbook, Appendix G, rule 13a
/// and the macros of plain.tex), at 10 pt where one point is a tenth of the size: 3 pt
/// between base and brace, 3 pt kept beyond the brace, then the label's clearance
/// max(ξ9 = 1.11111 pt, ξ11 = 2 pt − depth) above or max(ξ10 = 1.66666 pt, ξ12 = 6 pt − height)
/// below, and ξ13 = 1 pt beyond the label.
struct BraceSpacingTests {
    private let engine = MathLayoutEngine(metrics: FixedWidthMetrics())
    private let size = 10.0
    /// Letters of the test metrics reach 0.7 em up and 0.2 em down.
    private let letterAscent = 0.7, letterDescent = 0.2

    /// The lowest and highest y of the brace outline.
    private func braceExtent(_ box: MathBox) throws -> (low: Double, high: Double) {
        let ys = try #require(box.shapes.first).elements.flatMap { element -> [Double] in
            switch element {
            case let .move(_, y), let .line(_, y): [y]
            case let .curve(_, y1, _, y2, _, y): [y1, y2, y]
            case .close: []
            }
        }
        return (try #require(ys.min()), try #require(ys.max()))
    }

    @Test func anOverbraceIsThreePointsAboveItsBaseAndItsLabelClearsItByRule13a() throws {
        let box = engine.layout(MathParser.parse("\\overbrace{a+b}^{n}"), display: true, size: size)
        let a = try #require(box.run("a")), n = try #require(box.run("n"))
        let brace = try braceExtent(box)
        #expect(abs((brace.low - a.top) - 3) < 1e-9)
        let labelDepth = letterDescent * 0.7 * size
        let clearance = max(1.11111, 2 - labelDepth)
        #expect(abs((n.bottom - brace.high) - (3 + clearance)) < 1e-9)
        #expect(abs(box.ascent - (n.top + 1)) < 1e-9)
    }

    @Test func anUnderbraceLabelClearsTheBraceBySixPointsLessItsHeight() throws {
        // A script-script label is short enough that ξ12 − height exceeds ξ10.
        let box = engine.layout(MathParser.parse("\\underbrace{a+b}_{\\scriptscriptstyle n}"), display: true, size: size)
        let a = try #require(box.run("a")), n = try #require(box.run("n"))
        let brace = try braceExtent(box)
        #expect(abs((a.bottom - brace.high) - 3) < 1e-9)
        let labelHeight = letterAscent * 0.5 * size
        #expect(6 - labelHeight > 1.66666)
        #expect(abs((brace.low - n.top) - (3 + 6 - labelHeight)) < 1e-9)
        #expect(abs(box.descent - (-n.bottom + 1)) < 1e-9)
        // A script-size label is taller: the clearance is ξ10.
        let tall = engine.layout(MathParser.parse("\\underbrace{a+b}_{n}"), display: true, size: size)
        let tallLabel = try #require(tall.run("n"))
        #expect(abs((try braceExtent(tall).low - tallLabel.top) - (3 + 1.66666)) < 1e-9)
    }

    @Test func aBraceWithoutLabelKeepsThreePointsBeyondIt() throws {
        let box = engine.layout(MathParser.parse("\\overbrace{x}"), display: true, size: size)
        #expect(abs(box.ascent - (try braceExtent(box).high + 3)) < 1e-9)
    }
}
