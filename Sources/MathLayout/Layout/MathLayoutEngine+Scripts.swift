/// Sub- and superscripts beside their base, and limits below and above big operators
/// (and `\overset`, `\underset`).
extension MathLayoutEngine {
    func scripts(base: MathNode, sub: MathNode?, sup: MathNode?, _ style: LayoutStyle) -> MathBox {
        if case .brace = base {
            return braceLabels(layout(base, style), under: sub.map { layout($0, style.script) },
                               over: sup.map { layout($0, style.script) }, style)
        }
        if base.takesLimits(displayStyle: style.display) {
            return limits(layout(base, style), under: sub.map { layout($0, style.script) },
                          over: sup.map { layout($0, style.script) }, style)
        }
        // Primes follow the base at full size; a subscript goes under them, as in TeX.
        let (primes, rest) = MathNode.splitPrimes(sup)
        let baseBox = layout(base, style)
        let primeBox = primes.map { layout($0, style) }
        let subBox = sub.map { layout($0, style.script) }
        let supBox = rest.map { layout($0, style.script) }
        var result = baseBox
        if let primeBox {
            result.draw(primeBox, x: baseBox.width, y: 0)
            result.width += primeBox.width
            result.ascent = max(result.ascent, primeBox.ascent)
            result.descent = max(result.descent, primeBox.descent)
        }
        if subBox == nil && supBox == nil { return result }
        let size = style.size
        let supX = result.width
        var supShift = 0.0, subShift = 0.0
        if let supBox {
            supShift = max((style.display ? 0.413 : 0.363) * size, baseBox.ascent - 0.25 * size,
                           supBox.descent + 0.1 * size)
        }
        if let subBox {
            subShift = max(0.15 * size, baseBox.descent + 0.05 * size,
                           subBox.ascent - 0.8 * xHeight(style))
        }
        if let supBox, let subBox {
            let gap = (supShift - supBox.descent) - (subBox.ascent - subShift)
            let minimumGap = 4 * style.ruleThickness
            if gap < minimumGap { subShift += minimumGap - gap }
        }
        var end = result.width
        if let supBox {
            result.draw(supBox, x: supX, y: supShift)
            result.ascent = max(result.ascent, supShift + supBox.ascent)
            end = supX + supBox.width
        }
        if let subBox {
            result.draw(subBox, x: baseBox.width, y: -subShift)
            result.descent = max(result.descent, subShift + subBox.descent)
            end = max(end, baseBox.width + subBox.width)
        }
        result.width = end + 0.05 * size
        return result
    }

    /// Limits centred below and above the operator (or any base).
    func limits(_ base: MathBox, under: MathBox?, over: MathBox?, _ style: LayoutStyle) -> MathBox {
        let gap = 0.15 * style.size
        let width = max(base.width, under?.width ?? 0, over?.width ?? 0)
        var result = MathBox(width: width, ascent: base.ascent, descent: base.descent)
        result.draw(base, x: (width - base.width) / 2, y: 0)
        if let over {
            let baseline = base.ascent + gap + over.descent
            result.draw(over, x: (width - over.width) / 2, y: baseline)
            result.ascent = baseline + over.ascent + gap / 2
        }
        if let under {
            let baseline = -(base.descent + gap + under.ascent)
            result.draw(under, x: (width - under.width) / 2, y: baseline)
            result.descent = -baseline + under.descent + gap / 2
        }
        return result
    }

    /// A big operator symbol, enlarged and centred on the math axis.
    func largeOperator(_ symbol: String, _ style: LayoutStyle) -> MathBox {
        let size = style.size * (style.display ? 1.6 : 1.15)
        var box = glyph(symbol, .upright, size: size)
        let shift = metrics.axisHeight(size: style.size) - (box.ascent - box.descent) / 2
        for index in box.glyphs.indices { box.glyphs[index].y += shift }
        box.ascent += shift
        box.descent -= shift
        return box
    }
}
