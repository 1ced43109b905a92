import Engine
import Foundation
import Testing
import TestSupport

/// The page's inline figures draw their ink in the page's colours (so they follow its dark
/// scheme); the exported files keep the fixed colours of the figure.
struct FigureThemeTests {
    @Test func inlineFiguresFollowThePageExportedFilesDoNot() throws {
        let effects = FigureFilesTests.effects()
        let result = try FigureFilesTests.build(effects, formats: [FigureFilesTests.PageFormat()]).run()
        #expect(result.exitStatus == 0, "\(result.problems)")
        let html = String(decoding: try effects.readFile(URL(fileURLWithPath: "/book/output/figure-book.html")), as: UTF8.self)
        let artwork = try #require(html.components(separatedBy: "<div class=\"artwork\"").dropFirst().first)
        let svg = String(artwork[..<(artwork.range(of: "</svg>")?.upperBound ?? artwork.endIndex)])
        // Axis lines and ticks, and the glyphs of the tick labels.
        #expect(svg.contains("stroke:currentColor"))
        #expect(svg.contains("fill:currentColor"))
        #expect(!svg.contains("rgb(10%,10%,10%)") && !svg.contains("fill:rgb(100%,100%,100%)"))
        #expect(html.contains(".artwork { margin: 0 auto; color: var(--fg); }"))
        let file = String(decoding: try effects.readFile(URL(fileURLWithPath: "/book/output/figures/fig-loss.svg")), as: UTF8.self)
        #expect(file.contains("stroke:rgb(10%,10%,10%)"))
        #expect(!file.contains("currentColor") && !file.contains("var(--"))
    }
}
