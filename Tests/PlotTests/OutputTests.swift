import TestSupport
import Foundation
import Graphics
import Testing
@testable import Plot

@Suite struct OutputTests {
    func lineFigure() -> Figure {
        let a = Axes(xLimits: 0...1, yLimits: 0...1, marks: [
            LineMark(x: [0, 1], y: [0.5, 0.5], color: Color(hex: 0xFF0000), width: 3),
        ])
        return Figure(a, width: .cm(8), height: .cm(5), title: "Line")
    }

    @Test func svgIdsUniqueAcrossTwoFigures() throws {
        let a = String(decoding: try lineFigure().svg(idPrefix: "f1-"), as: UTF8.self)
        let b = String(decoding: try sharedGrid().svg(idPrefix: "f2-"), as: UTF8.self)
        let ia = svgIDs(a), ib = svgIDs(b)
        #expect(!ia.isEmpty && !ib.isEmpty)
        #expect(Set(ia).isDisjoint(with: Set(ib)))
        #expect(svgReferences(a).allSatisfy(Set(ia).contains))
        #expect(svgReferences(b).allSatisfy(Set(ib).contains))
        // Text is drawn as glyphs: every tick label, axis label and letter leaves <use> elements.
        #expect(b.components(separatedBy: "<use xlink:href=\"#f2-glyph").count > 40)
        // The heatmap and its colour bar are the only images.
        let g = Grid(x: 0...1, y: 0...1, nx: 5, ny: 5) { $0 * $1 }
        let h = String(decoding: try Figure(Axes(marks: [HeatmapMark(grid: g)])).svg(idPrefix: "h-"), as: UTF8.self)
        #expect(h.components(separatedBy: "<image").count - 1 == 2)
    }

    @Test func pdfPageSizeAndFonts() throws {
        let fig = sharedGrid()
        let url = try temporaryFile(try fig.pdf(), ext: "pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let info = try runTool("pdfinfo", [url.path])
        let line = try #require(info.split(separator: "\n").first { $0.hasPrefix("Page size:") })
        let nums = line.split(separator: " ").compactMap { Double($0) }
        #expect(nums.count == 2)
        #expect(abs(nums[0] - fig.width.points) < 0.01 && abs(nums[1] - fig.height.points) < 0.01, "\(line)")
        let fonts = try runTool("pdffonts", [url.path]).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        #expect(fonts.allSatisfy { l in let c = l.split(separator: " "); return c[c.count - 5] == "yes" })
        #expect(fonts.allSatisfy { $0.contains("TeXGyreHeros") })
    }

    @Test func pngLineAtKnownPosition() throws {
        let fig = lineFigure()
        let p = fig.scene().panels[0]
        for scale in [1.0, 2.0] {
            let img = try #require(DecodedPNG(try fig.png(scale: scale)))
            #expect(img.width == Int((fig.width.points * scale).rounded(.up)))
            let x = Int(p.plotArea.midX * scale), y = Int(p.plotArea.midY * scale)
            let (r, g, b) = img.rgb(x, y)
            #expect(r > 230 && g < 40 && b < 40, "scale \(scale): \((r, g, b))")
            let (r2, g2, b2) = img.rgb(x, Int((p.plotArea.midY - 8) * scale))
            #expect(r2 > 230 && g2 > 230 && b2 > 230)
        }
    }

    @Test func sameFigureSameBytes() throws {
        let f = sharedGrid()
        #expect(try f.svg(idPrefix: "s-") == f.svg(idPrefix: "s-"))
        #expect(try f.pdf() == f.pdf())
        #expect(try f.png(scale: 2) == f.png(scale: 2))
    }
}
