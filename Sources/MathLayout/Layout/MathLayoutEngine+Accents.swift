/// Accents set just above their base; stretchy ones are widened to the base's width.
extension MathLayoutEngine {
    func accent(_ base: MathNode, mark: String, stretchy: Bool, _ style: LayoutStyle) -> MathBox {
        let body = layout(base, style)
        let size = style.size
        let measured = metrics.measure(mark, style: .upright, size: size)
        let scaleX = stretchy && measured.width > 0 && body.width > 0 ? body.width / measured.width : 1
        let markWidth = measured.width * scaleX
        let baseline = body.ascent + 0.05 * size + measured.descent
        let width = max(body.width, markWidth)
        var result = MathBox(width: width, ascent: max(body.ascent, baseline + measured.ascent),
                             descent: body.descent)
        result.draw(body, x: (width - body.width) / 2, y: 0)
        result.glyphs.append(MathGlyphRun(text: mark, style: .upright, size: size,
                                          x: (width - markWidth) / 2, y: baseline, scaleX: scaleX))
        return result
    }
}
