/// Sub- and superscripts beside their base (rule 18 of the TeXbook's Appendix G), and
/// limits below and above big operators and `\overset`, `\underset` (rule 13a).
extension MathLayoutEngine {
    func scripts(base: MathNode, sub: MathNode?, sup: MathNode?, _ style: LayoutStyle) -> MathBox {
        if case .brace = base {
            return braceLabels(layout(base, style), under: sub.map { layout($0, style.script) },
                               over: sup.map { layout($0, style.script) }, style)
        }
        if base.takesLimits(displayStyle: style.display) {
            return limits(layout(base, style), under: sub.map { layout($0, style.subscriptStyle) },
                          over: sup.map { layout($0, style.script) }, style)
        }
        // Primes follow the base at full size; a subscript goes under them, as in TeX.
        let (primes, rest) = MathNode.splitPrimes(sup)
        let baseBox = layout(base, style)
        let primeBox = primes.map { layout($0, style) }
        let subBox = sub.map { layout($0, style.subscriptStyle) }
        let supBox = rest.map { layout($0, style.script) }
        var result = baseBox
        if let primeBox {
            result.draw(primeBox, x: baseBox.width, y: 0)
            result.width += primeBox.width
            result.ascent = max(result.ascent, primeBox.ascent)
            result.descent = max(result.descent, primeBox.descent)
        }
        if subBox == nil && supBox == nil { return result }
        let size = style.size, scriptSize = style.script.size
        let parameters = TeXFontParameters.self
        let xHeight = xHeight(style)
        // Rule 18a: scripts of a single character start from its baseline; those of
        // anything bigger hang from its top and bottom.
        let character = primeBox == nil && base.isCharacter
        var supShift = character ? 0 : baseBox.ascent - parameters.supDrop * scriptSize
        var subShift = character ? 0 : baseBox.descent + parameters.subDrop * scriptSize
        // The superscript clears a slanted letter or integral by its italic correction;
        // the subscript tucks under it.
        let italicCorrection = primeBox == nil ? self.italicCorrection(of: baseBox) : 0
        if let supBox {
            let least = style.cramped ? parameters.sup3 : style.display ? parameters.sup1 : parameters.sup2
            supShift = max(supShift, least * size, supBox.descent + xHeight / 4)
        }
        if let subBox {
            let least = supBox == nil ? parameters.sub1 : parameters.sub2
            subShift = max(subShift, least * size)
            if supBox == nil { subShift = max(subShift, subBox.ascent - 0.8 * xHeight) }
        }
        if let supBox, let subBox {
            // Rule 18e: at least four rule thicknesses between the scripts, the
            // superscript's bottom at least 4/5 of the x-height up.
            let gap = (supShift - supBox.descent) - (subBox.ascent - subShift)
            let minimumGap = 4 * style.ruleThickness
            if gap < minimumGap {
                subShift += minimumGap - gap
                let lift = 0.8 * xHeight - (supShift - supBox.descent)
                if lift > 0 {
                    supShift += lift
                    subShift -= lift
                }
            }
        }
        let supX = result.width + italicCorrection
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

    /// How far the ink of a single glyph run reaches past its advance width (the italic
    /// correction of TeX's fonts); 0 for anything else.
    private func italicCorrection(of box: MathBox) -> Double {
        guard box.glyphs.count == 1, let run = box.glyphs.first, run.scaleX == 1 else { return 0 }
        return metrics.measure(run.text, style: run.style, size: run.size).italicCorrection
    }

    /// Limits centred below and above the operator (or any base), rule 13a: the upper
    /// limit's baseline at least ξ11 above the base, its bottom at least ξ9 clear; the
    /// lower limit's top at least ξ12 below the base, at least ξ10 clear; ξ13 beyond both.
    func limits(_ base: MathBox, under: MathBox?, over: MathBox?, _ style: LayoutStyle) -> MathBox {
        let size = style.size
        let parameters = TeXFontParameters.self
        let width = max(base.width, under?.width ?? 0, over?.width ?? 0)
        var result = MathBox(width: width, ascent: base.ascent, descent: base.descent)
        result.draw(base, x: (width - base.width) / 2, y: 0)
        if let over {
            let gap = max(parameters.bigOpSpacing1 * size, parameters.bigOpSpacing3 * size - over.descent)
            let baseline = base.ascent + gap + over.descent
            result.draw(over, x: (width - over.width) / 2, y: baseline)
            result.ascent = baseline + over.ascent + parameters.bigOpSpacing5 * size
        }
        if let under {
            let gap = max(parameters.bigOpSpacing2 * size, parameters.bigOpSpacing4 * size - under.ascent)
            let baseline = -(base.descent + gap + under.ascent)
            result.draw(under, x: (width - under.width) / 2, y: baseline)
            result.descent = -baseline + under.descent + parameters.bigOpSpacing5 * size
        }
        return result
    }

    /// A big operator symbol, enlarged to the height of TeX's (cmex10) glyph in its style
    /// and centred on the math axis: 1.4 em in display style and 1 em in text style;
    /// integrals, 2.222 em and 1.111 em, are stretched upward from that size so that their
    /// strokes stay thin, like TeX's taller integral glyphs.
    func largeOperator(_ symbol: String, _ style: LayoutStyle) -> MathBox {
        let height = (style.display ? 1.4 : 1) * style.size
        let integralHeight = (style.display ? 2.222 : 1.111) * style.size
        let natural = metrics.measure(symbol, style: .upright, size: style.size)
        let naturalHeight = natural.ascent + natural.descent
        let size = naturalHeight > 0 ? style.size * height / naturalHeight : style.size
        var box = glyph(symbol, .upright, size: size)
        if Self.integralSigns.contains(symbol), naturalHeight > 0 {
            let stretch = integralHeight / height
            for index in box.glyphs.indices { box.glyphs[index].scaleY = stretch }
            box.ascent *= stretch
            box.descent *= stretch
        }
        let shift = metrics.axisHeight(size: style.size) - (box.ascent - box.descent) / 2
        for index in box.glyphs.indices { box.glyphs[index].y += shift }
        box.ascent += shift
        box.descent -= shift
        return box
    }

    static let integralSigns: Set<String> = ["∫", "∬", "∭", "∮", "∯", "∰", "⨌"]
}
