import Foundation
import Graphics
import Testing
import Plot

/// A line that hides an earlier one of another colour is drawn dashed, in the plot and in its legend row.
struct CoincidentLineTests {
    static let x = (0...100).map { Double($0) / 10 }

    static func dashes(_ axes: Axes) throws -> Int {
        let svg = String(decoding: try Figure(axes, width: .cm(10), height: .cm(7)).svg(), as: UTF8.self)
        return svg.components(separatedBy: "stroke-dasharray").count - 1
    }

    @Test func theSecondOfTwoIdenticalSeriesIsDashed() throws {
        let y = Self.x.map { exp(-$0) }
        let axes = Axes(marks: [LineMark(x: Self.x, y: y, label: "BPTT"), LineMark(x: Self.x, y: y, label: "RFLO")])
        // The line and its legend sample.
        #expect(try Self.dashes(axes) == 2)
        // A third copy is dashed too; a solid original stays solid.
        #expect(try Self.dashes(axes.adding(LineMark(x: Self.x, y: y, label: "tBPTT"))) == 4)
        // A legend shared with panels that draw the line solid keeps its row solid.
        var shared = LineMark(x: Self.x, y: y, label: "RFLO")
        shared.legendDash = .solid
        #expect(try Self.dashes(Axes(marks: [LineMark(x: Self.x, y: y, label: "BPTT"), shared])) == 1, "the line only")
    }

    @Test func distinctSeriesAndTheOptionOffAreLeftSolid() throws {
        let y = Self.x.map { exp(-$0) }
        let distinct = Axes(marks: [LineMark(x: Self.x, y: y, label: "BPTT"), LineMark(x: Self.x, y: y.map { $0 + 0.3 }, label: "RFLO")])
        #expect(try Self.dashes(distinct) == 0)
        var off = Axes(marks: [LineMark(x: Self.x, y: y, label: "BPTT"), LineMark(x: Self.x, y: y, label: "RFLO")])
        off.distinguishCoincident = false
        #expect(try Self.dashes(off) == 0)
        // Two lines of one colour hide nothing from each other.
        let oneColor = Axes(marks: [LineMark(x: Self.x, y: y, label: "seed 1", color: Palette.blue), LineMark(x: Self.x, y: y, label: "seed 2", color: Palette.blue)])
        #expect(try Self.dashes(oneColor) == 0)
        // Lines that meet only at a few points stay solid.
        let crossing = Axes(marks: [LineMark(x: Self.x, y: Self.x, label: "up"), LineMark(x: Self.x, y: Self.x.map { 10 - $0 }, label: "down")])
        #expect(try Self.dashes(crossing) == 0)
    }
}
