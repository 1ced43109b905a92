/// `\left ... \right` groups and delimiters stretched symmetrically about the math axis.
extension MathLayoutEngine {
    func fenced(open: String, close: String, body: MathNode, _ style: LayoutStyle) -> MathBox {
        let inner = layout(body, style)
        let axis = metrics.axisHeight(size: style.size)
        var halfHeight = max(inner.ascent - axis, inner.descent + axis)
        if case .fraction(_, _, let fractionStyle, _) = body {
            // A fraction with delimiters of its own (`\binom`, `\genfrac`), rule 15e: they
            // are σ20 (display) or σ21 (text) tall, whatever the parts.
            let displayed = fractionStyle == .auto ? style.display : fractionStyle != .text
            let least = displayed ? TeXFontParameters.delim1 : TeXFontParameters.delim2
            halfHeight = max(halfHeight, least * style.size / 2)
        }
        let parts = [delimiter(open, halfHeight: halfHeight, style), inner,
                     delimiter(close, halfHeight: halfHeight, style)]
        var result = MathBox()
        for part in parts {
            result.draw(part, x: result.width, y: 0)
            result.width += part.width
            result.ascent = max(result.ascent, part.ascent)
            result.descent = max(result.descent, part.descent)
        }
        return result
    }

    /// `text` stretched to reach `halfHeight` above and below the axis (never shrunk);
    /// the null delimiter "" is a small empty space.
    func delimiter(_ text: String, halfHeight: Double, _ style: LayoutStyle) -> MathBox {
        let size = style.size
        guard !text.isEmpty else { return MathBox(width: 0.12 * size) }
        let measured = metrics.measure(text, style: .upright, size: size)
        let natural = measured.ascent + measured.descent
        let scale = natural > 0 ? max(1, 2 * halfHeight / natural) : 1
        let axis = metrics.axisHeight(size: size)
        let bottom = axis - scale * natural / 2
        let run = MathGlyphRun(text: text, style: .upright, size: size, x: 0,
                               y: bottom + scale * measured.descent, scaleY: scale)
        return MathBox(width: measured.width, ascent: bottom + scale * natural, descent: -bottom,
                       glyphs: [run])
    }
}
