/// Accents set just above their base (stretchy ones widened to the base's width), and
/// the rules of `\overline` and `\underline`; accented and overlined bases are cramped.
extension MathLayoutEngine {
    func accent(_ base: MathNode, mark: String, stretchy: Bool, _ style: LayoutStyle) -> MathBox {
        let body = layout(base, style.crampedStyle)
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

    /// A rule of default thickness three thicknesses above or below the base, as in TeX.
    func line(over: Bool, _ base: MathNode, _ style: LayoutStyle) -> MathBox {
        let body = layout(base, over ? style.crampedStyle : style)
        let thickness = style.ruleThickness
        var result = body
        if over {
            result.rules.append(MathRule(x: 0, y: body.ascent + 3 * thickness, width: body.width,
                                         height: thickness))
            result.ascent += 5 * thickness
        } else {
            result.rules.append(MathRule(x: 0, y: -body.descent - 4 * thickness, width: body.width,
                                         height: thickness))
            result.descent += 5 * thickness
        }
        return result
    }
}
