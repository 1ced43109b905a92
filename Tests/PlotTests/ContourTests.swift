import Graphics
import Plot
import Testing

/// Contours are joined into polylines: a circle is one closed line, a line across the grid
/// one open line, and every joined point lies on the level set.
struct ContourTests {
    @Test func circleIsOneClosedLine() {
        let grid = Grid(x: -2...2, y: -2...2, nx: 41, ny: 41) { x, y in x * x + y * y }
        let mark = ContourMark(grid: grid, levels: [1])
        let lines = mark.polylines(level: 1)
        #expect(lines.count == 1)
        let line = lines[0]
        #expect(line.count == mark.segments(level: 1).count + 1)
        #expect(abs(line.first!.x - line.last!.x) < 1e-12 && abs(line.first!.y - line.last!.y) < 1e-12)
        for p in line { #expect(abs((p.x * p.x + p.y * p.y).squareRoot() - 1) < 0.01) }
    }

    @Test func lineAcrossTheGridIsOneOpenLine() {
        let grid = Grid(x: -1...1, y: -1...1, nx: 21, ny: 21) { x, y in y - 0.5 * x }
        let lines = ContourMark(grid: grid, levels: [0]).polylines(level: 0)
        #expect(lines.count == 1)
        #expect(abs(lines[0].first!.x - lines[0].last!.x) > 1.9)
        for p in lines[0] { #expect(abs(p.y - 0.5 * p.x) < 1e-12) }
    }
}
