import Foundation
import Graphics
import Testing
@testable import Plot

/// A legend outside the last column of a row takes its room from the whole row: the
/// columns' plots keep one width instead of the last one shrinking.
struct OutsideLegendTests {
    @Test func theColumnsKeepOneWidth() {
        let x = (0...50).map { Double($0) / 10 }
        let labels = ["$\\varepsilon = 10^{-1}$", "$\\varepsilon = 10^{-2}$", "a long label for the legend"]
        let panels = (0..<3).map { column in
            Axes(title: "panel \(column)", legend: column == 2 ? .outsideRight : .hidden,
                 marks: labels.enumerated().map { k, label in LineMark(x: x, y: x.map { $0 * Double(k + 1) }, label: label) })
        }
        let scene = Figure(width: .cm(16), height: .cm(5), rows: 1, columns: 3, panels: panels).scene()
        let widths = scene.panels.map(\.plotArea.width)
        #expect(widths.count == 3)
        #expect(widths.max()! - widths.min()! < 1, "plot widths \(widths)")
        #expect(scene.panels[2].legendPlacement == .outsideRight)
    }
}
