/// Measures text for the box layout. The PDF writer implements it with Pango; the tests
/// with fixed-width glyphs.
///
/// `ascent` and `descent` should be the ink extents above and below the baseline (a
/// descent may be negative for a mark that floats above it, such as `^`), and `width`
/// the advance width, so that accents and stretched delimiters fit their content.
public protocol MathFontMetrics {
    /// The extents of `text` set in `style` at `size` (in points or any unit).
    func measure(_ text: String, style: MathGlyphStyle, size: Double) -> GlyphMetrics
    /// The height of the math axis (the centre of fraction bars and of `+`) above the
    /// baseline at `size`.
    func axisHeight(size: Double) -> Double
}

extension MathFontMetrics {
    /// A quarter of the font size, close to the axis of common text fonts.
    public func axisHeight(size: Double) -> Double { 0.25 * size }
}

/// The extents of a measured piece of text.
public struct GlyphMetrics: Equatable, Sendable {
    public var width: Double
    public var ascent: Double
    public var descent: Double
    /// How far the ink reaches right of the advance width (0 if it does not): TeX's italic
    /// correction, the room a superscript leaves after a slanted letter such as `f`.
    public var italicCorrection: Double

    public init(width: Double, ascent: Double, descent: Double, italicCorrection: Double = 0) {
        self.width = width
        self.ascent = ascent
        self.descent = descent
        self.italicCorrection = italicCorrection
    }
}

/// The font face a glyph run is drawn in. Double-struck, calligraphic and other alphabets
/// arrive as their Unicode letters in an upright face.
public enum MathGlyphStyle: Equatable, Sendable {
    case italic, upright, bold, boldItalic
}
