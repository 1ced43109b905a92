import CHarfBuzzSubset

/// The italic corrections of the math font's italic letters, from its MATH table
/// (MathItalicsCorrectionInfo), in em: TeX adds them before a superscript, which MathML
/// Core browsers leave to the page. Empty when the font is not installed.
public enum MathItalicCorrections {
    /// The correction of each Latin and Greek letter's mathematical italic, by the letter
    /// as a formula writes it.
    static let byLetter: [Character: Double] = {
        guard let file = FontSubset.file(family: EmbeddedFace.math.installedFamily) else { return [:] }
        return corrections(file: file)
    }()

    /// The corrections in the font at `file`.
    public static func corrections(file: String) -> [Character: Double] {
        guard let blob = hb_blob_create_from_file_or_fail(file) else { return [:] }
        defer { hb_blob_destroy(blob) }
        let face = hb_face_create(blob, 0)
        defer { hb_face_destroy(face) }
        guard let font = hb_font_create(face) else { return [:] }
        defer { hb_font_destroy(font) }
        let unitsPerEm = Double(hb_face_get_upem(face))
        guard unitsPerEm > 0 else { return [:] }
        var result: [Character: Double] = [:]
        let letters = Array(0x41...0x5A) + Array(0x61...0x7A) + Array(0x391...0x3A9) + Array(0x3B1...0x3C9)
        for value in letters {
            guard let letter = Unicode.Scalar(UInt32(value)), let italic = PageCharacters.mathItalic(letter) else { continue }
            var glyph: hb_codepoint_t = 0
            guard hb_font_get_nominal_glyph(font, italic.value, &glyph) != 0 else { continue }
            let correction = hb_ot_math_get_glyph_italics_correction(font, glyph)
            if correction > 0 { result[Character(letter)] = Double(correction) / unitsPerEm }
        }
        return result
    }
}
