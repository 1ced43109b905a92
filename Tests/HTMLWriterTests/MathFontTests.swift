import CHarfBuzzSubset
import Document
import Foundation
import HTMLWriter
import MathLayout
import Testing

/// The page embeds a subset of the PDF's math font as a data URI, holding the glyphs its
/// formulas use; numbered rows carry their numbers and the ids references link to.
struct MathFontTests {
    static let here = SourceLocation(file: "c.md", line: 1, column: 1)

    static func page() -> String {
        var align = DisplayMath(tex: "\\begin{align} \\alpha &= \\sum_k x_k \\label{eq-r} \\\\ \\underbrace{y}_{n} &\\le \\sqrt{\\infty} \\end{align}", location: here)
        align.rows = [EquationRowNumber(number: "1.1", id: "eq-r"), EquationRowNumber(number: "1.2")]
        let blocks: [Block] = [
            .paragraph([.text("See "), .reference(label: "eq-r", location: here, text: "Eq. (1.1)"), .math(tex: "\\nabla f(\\theta)", location: here)]),
            .displayMath(align),
        ]
        return HTMLWriter().render(ResolvedBook(Book(title: "T", chapters: [Chapter(file: "c.md", number: 1, frontMatter: FrontMatter(), blocks: blocks)])))
    }

    /// The characters the font in `data` maps to glyphs (its `cmap`), read with HarfBuzz.
    static func characters(of data: Data) -> Set<UInt32> {
        data.withUnsafeBytes { bytes -> Set<UInt32> in
            guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
                  let blob = hb_blob_create_or_fail(base, UInt32(bytes.count), HB_MEMORY_MODE_READONLY, nil, nil) else { return [] }
            defer { hb_blob_destroy(blob) }
            let face = hb_face_create(blob, 0)
            defer { hb_face_destroy(face) }
            let set = hb_set_create()
            defer { hb_set_destroy(set) }
            hb_face_collect_unicodes(face, set)
            var found: Set<UInt32> = []
            var codepoint = UInt32.max  // HB_SET_VALUE_INVALID: start before the first
            while hb_set_next(set, &codepoint) != 0 { found.insert(codepoint) }
            return found
        }
    }

    @Test func pageEmbedsASubsetOfTheMathFont() throws {
        let html = Self.page()
        let marker = "src: url(data:font/otf;base64,"
        let start = try #require(html.range(of: marker))
        #expect(html.contains("@font-face { font-family: \"Report Math\";"))
        #expect(html.contains("math { font-family: \"Report Math\", \"TeX Gyre Pagella Math\", math; }"))
        let encoded = html[start.upperBound...].prefix { $0 != ")" }
        let font = try #require(Data(base64Encoded: String(encoded)))
        #expect(font.count < 200_000, "a subset, not the whole font (\(font.count) bytes)")
        let covered = Self.characters(of: font)
        // α ∑ x (and its italic) ≤ ∞ ∇ θ, the brace, and the italic forms browsers show for one-letter <mi>.
        for scalar: UInt32 in [0x3B1, 0x2211, 0x78, 0x1D465, 0x2264, 0x221E, 0x2207, 0x3B8, 0x1D703, 0x23DF, 0x221A, 0x28, 0x31] {
            #expect(covered.contains(scalar), "U+\(String(scalar, radix: 16, uppercase: true)) missing from the subset")
        }
        #expect(!covered.contains(0x2A0C), "a character no formula uses (⨌) is left out")
        #expect(html.utf8.count < 2_500_000)
    }

    @Test func numberedRowsCarryNumbersAndTargets() {
        let html = Self.page()
        #expect(html.contains("<mtable displaystyle=\"true\" class=\"numbered\""))
        #expect(html.contains("<mtd id=\"eq-r\""))
        #expect(html.contains("<span class=\"eqno-row\">(1.1)</span>") && html.contains("<span class=\"eqno-row\">(1.2)</span>"))
        #expect(html.contains("href=\"#eq-r\""))
    }
}
