/// Square and n-th roots: a radical sign stretched to the radicand, with an overbar
/// (rule 11 of the TeXbook's Appendix G: the radicand is cramped, and a sign taller than
/// needed shares its excess evenly above and below the radicand).
extension MathLayoutEngine {
    func root(_ radicand: MathNode, index: MathNode?, _ style: LayoutStyle) -> MathBox {
        let body = layout(radicand, style.crampedStyle)
        let size = style.size
        let thickness = style.ruleThickness
        let clearance = thickness + (style.display ? xHeight(style) : thickness) / 4
        let sign = metrics.measure("√", style: .upright, size: size)
        let natural = sign.ascent + sign.descent
        let needed = body.ascent + clearance + thickness + body.descent
        let scale = natural > 0 ? max(1, needed / natural) : 1
        let excess = scale * natural - needed
        let top = body.ascent + clearance + excess / 2 + thickness
        let bottom = top - scale * natural

        let indexBox = index.map { layout($0, LayoutStyle(baseSize: style.baseSize, level: 2, display: false, minimumSize: style.minimumSize)) }
        // `\root`: the index 5mu in, the sign 10mu back under its end (all moved right
        // if that would start the sign left of the box).
        let mu = size / 18
        let shift = indexBox.map { max(0, 5 * mu - $0.width) } ?? 0
        let signX = indexBox.map { shift + $0.width - 5 * mu } ?? 0
        let bodyX = signX + sign.width

        var result = MathBox(width: bodyX + body.width + 0.05 * size, ascent: top, descent: max(body.descent, -bottom))
        result.glyphs.append(MathGlyphRun(text: "√", style: .upright, size: size, x: signX,
                                          y: bottom + scale * sign.descent, scaleY: scale))
        result.rules.append(MathRule(x: bodyX, y: top - thickness, width: body.width + 0.05 * size,
                                     height: thickness))
        result.draw(body, x: bodyX, y: 0)
        if let indexBox {
            // Raised by 60 % of the root's height less its depth, as `\root` does.
            let baseline = 0.6 * (top - result.descent)
            result.draw(indexBox, x: shift + 5 * mu, y: baseline)
            result.ascent = max(result.ascent, baseline + indexBox.ascent)
        }
        return result
    }
}
