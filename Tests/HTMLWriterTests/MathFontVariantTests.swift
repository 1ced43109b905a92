import CHarfBuzzSubset
import Document
import Foundation
import HTMLWriter
import MathLayout
import Testing

/// The embedded font lets browsers stretch `\widetilde` and `\widehat` (the spacing
/// accents get the combining marks' wider variants), and a superscript after an italic
/// letter keeps the font's italic correction.
struct MathFontVariantTests {
    static let here = SourceLocation(file: "c.md", line: 1, column: 1)

    static func page(_ formulas: [String]) -> String {
        let blocks: [Block] = [.paragraph(formulas.map { .math(tex: $0, location: here) })]
        return HTMLWriter().render(ResolvedBook(Book(title: "T", chapters: [Chapter(file: "c.md", number: 1, frontMatter: FrontMatter(), blocks: blocks)])))
    }

    /// The embedded font of `html`.
    static func font(of html: String) throws -> Data {
        try EmbeddedFonts.font("Report Math", in: html)
    }

    /// The advances of the horizontal variants of `character`'s glyph in the font `data`
    /// (HarfBuzz's reading of its MATH table), in font units.
    static func horizontalVariants(of character: UInt32, in data: Data) -> [Int32] {
        data.withUnsafeBytes { bytes -> [Int32] in
            guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
                  let blob = hb_blob_create_or_fail(base, UInt32(bytes.count), HB_MEMORY_MODE_READONLY, nil, nil) else { return [] }
            defer { hb_blob_destroy(blob) }
            let face = hb_face_create(blob, 0)
            defer { hb_face_destroy(face) }
            let font = hb_font_create(face)
            defer { hb_font_destroy(font) }
            var glyph: hb_codepoint_t = 0
            guard hb_font_get_nominal_glyph(font, character, &glyph) != 0 else { return [] }
            var variants = [hb_ot_math_glyph_variant_t](repeating: hb_ot_math_glyph_variant_t(), count: 16)
            var count: UInt32 = 16
            _ = hb_ot_math_get_glyph_variants(font, glyph, HB_DIRECTION_LTR, 0, &count, &variants)
            return variants.prefix(Int(count)).map(\.advance)
        }
    }

    @Test func wideAccentsStretchWithTheCombiningMarksVariants() throws {
        let html = Self.page(["\\widetilde{xyz}", "\\widehat{AB}"])
        #expect(html.contains("<mover accent=\"true\"><mrow><mi>x</mi><mi>y</mi><mi>z</mi></mrow><mo stretchy=\"true\">˜</mo></mover>"))
        let font = try Self.font(of: html)
        for (spacing, combining): (UInt32, UInt32) in [(0x2DC, 0x303), (0x2C6, 0x302)] {
            let variants = Self.horizontalVariants(of: spacing, in: font)
            let marks = Self.horizontalVariants(of: combining, in: font)
            #expect(variants.count >= 2, "U+\(String(spacing, radix: 16)) has no wider variants")
            // As wide as the combining mark's widest, each wider than the one before.
            #expect(variants.max() == marks.max())
            #expect(zip(variants, variants.dropFirst()).allSatisfy { $0 < $1 })
        }
    }

    @Test func aSuperscriptClearsTheItalicCorrectionOfItsLetter() throws {
        let file = try #require(Self.pagellaFile())
        let corrections = MathItalicCorrections.corrections(file: file)
        // The correction covers the ink that 𝑓 (U+1D453) has right of its advance.
        let overhang = try #require(Self.overhang(of: 0x1D453, file: file))
        let f = try #require(corrections["f"])
        #expect(overhang > 0 && f >= overhang)
        #expect(corrections["a"] == nil, "an upright-ending letter has none")
        let html = Self.page(["x f^{2+3}", "f_i^2"])
        #expect(html.contains("<msup><mpadded height=\"0\"><mi style=\"padding-right: \(String(format: "%.3f", f))em\">f</mi></mpadded>"))
        #expect(html.contains("<msubsup><mpadded height=\"0\" depth=\"0\"><mi>f</mi></mpadded><mi>i</mi><mrow><mspace width=\"\(String(format: "%.3f", f))em\"/><mn>2</mn>"))
    }

    static func pagellaFile() -> String? {
        ["/usr/share/texmf/fonts/opentype/public/tex-gyre-math/texgyrepagella-math.otf",
         "/usr/share/fonts/opentype/tex-gyre-math/texgyrepagella-math.otf"].first { FileManager.default.fileExists(atPath: $0) }
    }

    /// How far the ink of `character` reaches right of its advance, in em.
    static func overhang(of character: UInt32, file: String) -> Double? {
        guard let blob = hb_blob_create_from_file_or_fail(file) else { return nil }
        defer { hb_blob_destroy(blob) }
        let face = hb_face_create(blob, 0)
        defer { hb_face_destroy(face) }
        let font = hb_font_create(face)
        defer { hb_font_destroy(font) }
        var glyph: hb_codepoint_t = 0, extents = hb_glyph_extents_t()
        guard hb_font_get_nominal_glyph(font, character, &glyph) != 0, hb_font_get_glyph_extents(font, glyph, &extents) != 0 else { return nil }
        let advance = hb_font_get_glyph_h_advance(font, glyph)
        return Double(extents.x_bearing + extents.width - advance) / Double(hb_face_get_upem(face))
    }
}
