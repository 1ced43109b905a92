import CHarfBuzzSubset
import Foundation
import MathLayout

/// Glyph widths of formulas measured with HarfBuzz in the installed faces the page embeds:
/// upright glyphs in the math face, italic and bold ones in the text face's styles (as the
/// PDF sets them), a character the text face lacks in the math face. Heights are the faces'
/// ascent and descent. Used to know how wide a display formula is before a browser sets it.
final class HarfBuzzMathMetrics: MathFontMetrics, @unchecked Sendable {
    /// The faces of the page, found once per process; nil when the math face is not installed.
    static let shared = HarfBuzzMathMetrics()

    /// One opened face: its HarfBuzz font at its units per em.
    private final class Face {
        let font: OpaquePointer
        let unitsPerEm: Double
        let ascent: Double
        let descent: Double

        init?(family: String, style: String) {
            guard let file = FontSubset.file(family: family, style: style),
                  let blob = hb_blob_create_from_file_or_fail(file) else { return nil }
            defer { hb_blob_destroy(blob) }
            let face = hb_face_create(blob, 0)
            defer { hb_face_destroy(face) }
            guard let font = hb_font_create(face) else { return nil }
            self.font = font
            unitsPerEm = Double(hb_face_get_upem(face))
            var extents = hb_font_extents_t()
            hb_font_get_h_extents(font, &extents)
            ascent = Double(extents.ascender) / unitsPerEm
            descent = Double(-extents.descender) / unitsPerEm
        }

        deinit { hb_font_destroy(font) }

        /// The advance of `text` in em, or nil when the face lacks one of its characters.
        func advance(_ text: String) -> Double? {
            guard let buffer = hb_buffer_create() else { return nil }
            defer { hb_buffer_destroy(buffer) }
            hb_buffer_add_utf8(buffer, text, -1, 0, -1)
            hb_buffer_guess_segment_properties(buffer)
            hb_shape(font, buffer, nil, 0)
            var count: UInt32 = 0
            guard let infos = hb_buffer_get_glyph_infos(buffer, &count),
                  let positions = hb_buffer_get_glyph_positions(buffer, &count) else { return nil }
            var width = 0.0
            for index in 0..<Int(count) {
                if infos[index].codepoint == 0 { return nil }
                width += Double(positions[index].x_advance)
            }
            return width / unitsPerEm
        }
    }

    private let math: Face
    private let styled: [MathGlyphStyle: Face]
    private var cache: [String: GlyphMetrics] = [:]
    private let lock = NSLock()

    private init?() {
        guard let math = Face(family: "TeX Gyre Pagella Math", style: "Regular") else { return nil }
        self.math = math
        var styled: [MathGlyphStyle: Face] = [:]
        for (style, name) in [(MathGlyphStyle.italic, "Italic"), (.bold, "Bold"), (.boldItalic, "Bold Italic")] {
            styled[style] = Face(family: "TeX Gyre Pagella", style: name)
        }
        self.styled = styled
    }

    func measure(_ text: String, style: MathGlyphStyle, size: Double) -> GlyphMetrics {
        let key = "\(style) \(text)"
        lock.lock()
        defer { lock.unlock() }
        let perEm: GlyphMetrics
        if let known = cache[key] {
            perEm = known
        } else {
            let face = styled[style].flatMap { face in face.advance(text).map { (face, $0) } }
            let (used, width) = face ?? (math, math.advance(text) ?? 0.5 * Double(text.count))
            perEm = GlyphMetrics(width: width, ascent: used.ascent, descent: used.descent)
            cache[key] = perEm
        }
        return GlyphMetrics(width: perEm.width * size, ascent: perEm.ascent * size, descent: perEm.descent * size)
    }
}
