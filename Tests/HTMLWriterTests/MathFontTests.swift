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

    @Test func pageEmbedsASubsetOfTheMathFont() throws {
        let html = Self.page()
        #expect(html.contains("math { font-family: \"Report Math\", \"TeX Gyre Pagella Math\","))
        let font = try EmbeddedFonts.font("Report Math", in: html)
        #expect(font.count < 200_000, "a subset, not the whole font (\(font.count) bytes)")
        let covered = EmbeddedFonts.characters(of: font)
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
