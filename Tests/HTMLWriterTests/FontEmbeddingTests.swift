import Document
import Foundation
import HTMLWriter
import Testing

/// The page embeds WOFF2 subsets of its text faces (TeX Gyre Pagella, TeX Gyre Heros,
/// DejaVu Sans Mono) that hold the characters it shows, the same bytes on every render,
/// within the size budget.
struct FontEmbeddingTests {
    static let here = SourceLocation(file: "c.md", line: 1, column: 1)

    static func page() -> String {
        let blocks: [Block] = [
            .paragraph([.text("Ærøskøbing "), .emphasis([.text("façade")]), .text(" "), .strong([.text("Œuvre")]), .text(" "), .code("λ→x")]),
            .codeBlock(language: "swift", code: "let π = 3"),
        ]
        return HTMLWriter().render(ResolvedBook(Book(title: "Über", chapters: [Chapter(file: "c.md", number: 1, frontMatter: FrontMatter(), blocks: blocks)])))
    }

    @Test func eachTextFaceHasARuleWhoseSubsetCoversThePageText() throws {
        let html = Self.page()
        let faces: [(family: String, weight: Int, italic: Bool, installed: String)] = [
            ("Report Pagella", 400, false, "TeX Gyre Pagella"), ("Report Pagella", 400, true, "TeX Gyre Pagella"),
            ("Report Pagella", 700, false, "TeX Gyre Pagella"), ("Report Pagella", 700, true, "TeX Gyre Pagella"),
            ("Report Heros", 400, false, "TeX Gyre Heros"), ("Report Heros", 700, false, "TeX Gyre Heros"),
        ]
        for face in faces {
            let font = try EmbeddedFonts.font(face.family, weight: face.weight, italic: face.italic, in: html)
            #expect(EmbeddedFonts.familyName(of: font).filter { $0 != " " } == face.installed.filter { $0 != " " })
            let covered = EmbeddedFonts.characters(of: font)
            // Æ ø ç Œ Ü from the text, digits for counters; ⨌ is on no page.
            for scalar: UInt32 in [0xC6, 0xF8, 0xE7, 0x152, 0xDC, 0x30, 0x39] {
                #expect(covered.contains(scalar), "\(face.family) \(face.weight): U+\(String(scalar, radix: 16, uppercase: true)) missing")
            }
            #expect(!covered.contains(0x2A0C) && !covered.contains(0x416), "\(face.family): characters the page lacks are left out")
        }
        #expect(html.contains("body { font-family: \"Report Pagella\", \"TeX Gyre Pagella\""))
        #expect(html.contains("code, pre { font-family: \"Report Mono\", \"DejaVu Sans Mono\""))
    }

    @Test func theCodeFaceHoldsTheCodeCharacters() throws {
        let mono = try EmbeddedFonts.font("Report Mono", in: Self.page())
        #expect(EmbeddedFonts.familyName(of: mono) == "DejaVu Sans Mono")
        let covered = EmbeddedFonts.characters(of: mono)
        for scalar: UInt32 in [0x3BB, 0x2192, 0x3C0, 0x6C] { #expect(covered.contains(scalar)) }
        #expect(!covered.contains(0xC6), "Æ is not in the code")
    }

    @Test func renderingTwiceGivesTheSameBytesWithinBudget() {
        let first = Self.page()
        #expect(first == Self.page())
        #expect(first.contains("font-display: swap; src: url(data:font/woff2;base64,"))
        #expect(first.utf8.count < 400_000, "a small page with its fonts is \(first.utf8.count) bytes")
    }
}
