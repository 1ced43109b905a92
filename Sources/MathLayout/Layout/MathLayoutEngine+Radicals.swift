/// Square and n-th roots: a radical sign stretched to the radicand, with an overbar.
extension MathLayoutEngine {
    func root(_ radicand: MathNode, index: MathNode?, _ style: LayoutStyle) -> MathBox {
        let body = layout(radicand, style)
        let size = style.size
        let thickness = style.ruleThickness
        let clearance = thickness + (style.display ? xHeight(style) : thickness) / 4
        let sign = metrics.measure("√", style: .upright, size: size)
        let natural = sign.ascent + sign.descent
        let needed = body.ascent + clearance + thickness + body.descent
        let scale = natural > 0 ? max(1, needed / natural) : 1
        let bottom = -body.descent
        let top = bottom + max(needed, scale * natural)

        let indexBox = index.map { layout($0, LayoutStyle(baseSize: style.baseSize, level: 2, display: false, minimumSize: style.minimumSize)) }
        let indexWidth = indexBox?.width ?? 0
        let signX = max(0, indexWidth - 0.5 * sign.width)
        let bodyX = signX + sign.width

        var result = MathBox(width: bodyX + body.width + 0.05 * size, ascent: top, descent: body.descent)
        result.glyphs.append(MathGlyphRun(text: "√", style: .upright, size: size, x: signX,
                                          y: bottom + scale * sign.descent, scaleY: scale))
        result.rules.append(MathRule(x: bodyX, y: top - thickness, width: body.width + 0.05 * size,
                                     height: thickness))
        result.draw(body, x: bodyX, y: 0)
        if let indexBox {
            let baseline = bottom + 0.6 * (top - bottom)
            result.draw(indexBox, x: max(0, 0.5 * sign.width - indexWidth), y: baseline)
            result.ascent = max(result.ascent, baseline + indexBox.ascent)
        }
        return result
    }
}
