import TestSupport
import Foundation
import Graphics
import Testing

/// A small drawing with text, a clip and an image: enough to make cairo emit ids.
func sample(_ canvas: Canvas, title: String) {
    canvas.fill(Path(rect: Rect(x: 10, y: 10, width: 50, height: 30)), color: Color(hex: 0xFF0000))
    canvas.clipped(to: Path(rect: Rect(x: 0, y: 0, width: 100, height: 100))) {
        var p = Path(); p.move(to: Point(0, 80)); p.line(to: Point(200, 80))
        canvas.stroke(p, color: Color(hex: 0x0000FF), style: StrokeStyle(width: 4))
    }
    canvas.draw(Text(plain: title, style: TextStyle(size: 10)), at: Point(100, 50), anchor: TextAnchor(.center, .center))
    canvas.draw(RGBAImage(width: 2, height: 1, pixels: [0, 255, 0, 255, 0, 0, 0, 255]), in: Rect(x: 120, y: 10, width: 40, height: 20), smooth: false)
}

@Suite struct SVGTests {
    @Test func idsArePrefixedAndUniqueAcrossFigures() throws {
        let a = String(decoding: try Render.svg(width: 200, height: 100, idPrefix: "figA-") { sample($0, title: "Alpha") }, as: UTF8.self)
        let b = String(decoding: try Render.svg(width: 200, height: 100, idPrefix: "figB-") { sample($0, title: "Beta") }, as: UTF8.self)
        let idsA = svgIDs(a), idsB = svgIDs(b)
        #expect(!idsA.isEmpty)
        #expect(idsA.allSatisfy { $0.hasPrefix("figA-") })
        #expect(idsB.allSatisfy { $0.hasPrefix("figB-") })
        #expect(Set(idsA).isDisjoint(with: Set(idsB)))
        #expect(Set(idsA).count == idsA.count)
        // Every reference points at an id of the same figure.
        #expect(svgReferences(a).allSatisfy { Set(idsA).contains($0) })
        #expect(svgReferences(b).allSatisfy { Set(idsB).contains($0) })
        #expect(a.contains("width=\"200pt\""))
    }

    @Test func inlineableDropsXMLDeclaration() throws {
        let svg = try Render.svg(width: 50, height: 50, idPrefix: "x-") { sample($0, title: "x") }
        let s = SVGText.inlineable(svg)
        #expect(s.hasPrefix("<svg"))
    }

    @Test func sameDrawingSameBytes() throws {
        let a = try Render.svg(width: 200, height: 100, idPrefix: "p-") { sample($0, title: "Same") }
        let b = try Render.svg(width: 200, height: 100, idPrefix: "p-") { sample($0, title: "Same") }
        #expect(a == b)
        let c = try Render.pdf(width: 200, height: 100) { sample($0, title: "Same") }
        let d = try Render.pdf(width: 200, height: 100) { sample($0, title: "Same") }
        #expect(c == d)
    }
}

@Suite struct PDFTests {
    @Test func pageSizeAndEmbeddedFonts() throws {
        let pdf = try Render.pdf(width: 321, height: 123, title: "test") { sample($0, title: "Fonts ηα 10−3") }
        let url = try temporaryFile(pdf, ext: "pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let info = try runTool("pdfinfo", [url.path])
        #expect(info.contains("Page size:       321 x 123 pts"), "\(info)")
        let fonts = try runTool("pdffonts", [url.path]).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for line in fonts {
            let cols = line.split(separator: " ", omittingEmptySubsequences: true)
            // name type [encoding] emb sub uni object ID: "emb" is the 5th field from the end.
            #expect(cols[cols.count - 5] == "yes", "not embedded: \(line)")
            #expect(line.contains("TeXGyreHeros"), "unexpected font: \(line)")
        }
    }
}

@Suite struct PNGTests {
    @Test func pixelsAtKnownPositions() throws {
        for scale in [1.0, 2.0] {
            let png = try Render.png(width: 200, height: 100, scale: scale) { sample($0, title: "px") }
            let img = try #require(DecodedPNG(png))
            #expect(img.width == Int(200 * scale) && img.height == Int(100 * scale))
            let s = Int(scale)
            let (r, g, b) = img.rgb(30 * s, 20 * s)       // inside the red rectangle
            #expect(r > 240 && g < 15 && b < 15)
            let (r2, g2, b2) = img.rgb(90 * s, 80 * s)    // on the blue line, inside the clip
            #expect(r2 < 15 && g2 < 15 && b2 > 240)
            let (r3, g3, b3) = img.rgb(150 * s, 80 * s)   // the line beyond the clip: background
            #expect(r3 > 240 && g3 > 240 && b3 > 240)
            let (r4, g4, b4) = img.rgb(125 * s, 20 * s)   // left image cell: green, sharp
            #expect(r4 < 15 && g4 > 240 && b4 < 15)
        }
    }

    @Test func invalidSizeThrowsNamedError() {
        #expect(throws: GraphicsError.self) {
            _ = try Render.png(width: -10, height: 10, name: "broken figure") { _ in }
        }
    }
}

@Suite struct TextTests {
    @Test func markupEscapingAndMeasuring() {
        #expect(Markup.escape("a<b & \"c\">") == "a&lt;b &amp; &quot;c&quot;&gt;")
        let canvas = Render.measuringCanvas(width: 100, height: 100)
        let small = canvas.measure(Text(plain: "Hello", style: TextStyle(size: 10)))
        let large = canvas.measure(Text(plain: "Hello", style: TextStyle(size: 20)))
        // 72 dpi: a 10 pt font is about 10-15 units tall, and metrics scale linearly.
        #expect(small.height > 9 && small.height < 16)
        #expect(abs(large.width - 2 * small.width) < 0.5)
    }
}
