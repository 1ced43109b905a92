import Document
import Foundation
import HTMLWriter
import Testing

/// In the dark scheme a figure's data colours that would sit at under 3:1 against the page get
/// a lifted second colour through `light-dark()`; the first declaration stays for browsers
/// without it, and colours that already contrast are left alone.
struct DarkFigureColourTests {
    static func page(svg: String) -> String {
        let here = SourceLocation(file: "c.md", line: 1, column: 1)
        let artwork = FigureArtwork(widthPoints: 300, heightPoints: 200, svg: svg)
        let figure = FigureBlock(id: "fig-a", number: "1.1", caption: [.text("Lines.")], alt: "lines", artwork: artwork, location: here)
        let chapter = Chapter(file: "c.md", number: 1, frontMatter: FrontMatter(), blocks: [.figure(figure)])
        return HTMLWriter().render(ResolvedBook(Book(title: "B", chapters: [chapter], bibliography: [], citedKeys: [])))
    }

    /// WCAG 2 contrast, written out here: relative luminance of sRGB channels in 0...1.
    static func contrast(_ a: [Double], _ b: [Double]) -> Double {
        func luminance(_ c: [Double]) -> Double {
            let linear = c.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        }
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    @Test func aDarkLineGetsALiftedColourAndABrightOneDoesNot() throws {
        let dark = "stroke:rgb(26.666667%,0.392157%,32.941176%)", bright = "stroke:rgb(0%,44.705882%,69.803922%)"
        let html = Self.page(svg: "<svg xmlns=\"http://www.w3.org/2000/svg\"><path style=\"fill:none;\(dark);stroke-opacity:1\"/>"
                             + "<path style=\"fill:none;\(bright);stroke-opacity:1\"/></svg>")
        let lifted = try #require(html.firstMatch(of: /stroke:light-dark\(rgb\(26\.666667%,0\.392157%,32\.941176%\),rgb\(([0-9.]+)%,([0-9.]+)%,([0-9.]+)%\)\)/))
        #expect(html.contains(dark + ";stroke:light-dark("), "the plain colour comes first")
        let background = [0x16, 0x16, 0x18].map { Double($0) / 255 }
        let colour = [lifted.output.1, lifted.output.2, lifted.output.3].map { Double($0)! / 100 }
        #expect(Self.contrast(colour, background) >= 3)
        #expect(Self.contrast([0.26666667, 0.00392157, 0.32941176], background) < 3)
        #expect(html.contains(bright + ";stroke-opacity:1"), "a colour with enough contrast is left alone")
    }
}
