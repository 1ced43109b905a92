import MathLayout

/// Font metrics for tests without Cairo: every character is half an em wide, letters
/// reach 0.7 em up and 0.2 em down, accent marks float between 0.5 and 0.75 em. An italic
/// `f` alone overhangs its advance by 0.1 em (its italic correction).
struct FixedWidthMetrics: MathFontMetrics {
    static let marks: Set<Character> = ["ˆ", "¯", "˙", "¨", "˜", "→", "ˇ", "˘", "´", "`"]
    static let italicCorrectionOfF = 0.1

    func measure(_ text: String, style: MathGlyphStyle, size: Double) -> GlyphMetrics {
        let width = 0.5 * size * Double(text.count)
        if text.count == 1, let c = text.first, Self.marks.contains(c) {
            return GlyphMetrics(width: width, ascent: 0.75 * size, descent: -0.5 * size)
        }
        let overhang = text == "f" && style == .italic ? Self.italicCorrectionOfF * size : 0
        return GlyphMetrics(width: width, ascent: 0.7 * size, descent: 0.2 * size, italicCorrection: overhang)
    }
}

extension MathBox {
    /// The first glyph run with exactly this text.
    func run(_ text: String) -> MathGlyphRun? {
        glyphs.first { $0.text == text }
    }
}

extension MathGlyphRun {
    private var metrics: GlyphMetrics { FixedWidthMetrics().measure(text, style: style, size: size) }
    var top: Double { y + scaleY * metrics.ascent }
    var bottom: Double { y - scaleY * metrics.descent }
    var right: Double { x + scaleX * metrics.width }
}
