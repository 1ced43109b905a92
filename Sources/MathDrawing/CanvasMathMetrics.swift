import Graphics
import MathLayout

/// Measures formula glyphs on a canvas (with Pango on a Cairo canvas) in the font they
/// are drawn with, cached: a book measures the same few glyphs thousands of times.
final class CanvasMathMetrics: MathFontMetrics {
    private let canvas: Canvas
    private let font: MathFont
    private var cache: [MeasureKey: GlyphMetrics] = [:]

    private struct MeasureKey: Hashable {
        let text: String
        let style: MathGlyphStyle
        let size: Double
    }

    init(canvas: Canvas, font: MathFont) {
        self.canvas = canvas
        self.font = font
    }

    func measure(_ text: String, style: MathGlyphStyle, size: Double) -> GlyphMetrics {
        let key = MeasureKey(text: text, style: style, size: size)
        if let known = cache[key] { return known }
        let ink = canvas.inkExtents(Text(plain: text, style: font.textStyle(style, size: size, color: .black)))
        let metrics = GlyphMetrics(width: ink.width, ascent: ink.ascent, descent: ink.descent,
                                   italicCorrection: ink.overhang)
        cache[key] = metrics
        return metrics
    }

    /// The minus sign's centre: the math axis of the text font.
    func axisHeight(size: Double) -> Double {
        let minus = measure("\u{2212}", style: .upright, size: size)
        return (minus.ascent - minus.descent) / 2
    }
}

/// The font family formulas are set in, and whether every glyph is bold (formulas in a
/// bold title), which turns upright glyphs bold and italic ones bold italic.
struct MathFont: Hashable {
    let family: String
    let bold: Bool

    func glyphStyle(_ style: MathGlyphStyle) -> MathGlyphStyle {
        guard bold else { return style }
        switch style {
        case .upright, .bold: return .bold
        case .italic, .boldItalic: return .boldItalic
        }
    }

    func textStyle(_ style: MathGlyphStyle, size: Double, color: Color) -> TextStyle {
        let face = glyphStyle(style)
        return TextStyle(family: family, size: size, bold: face == .bold || face == .boldItalic,
                         italic: face == .italic || face == .boldItalic, color: color)
    }
}
