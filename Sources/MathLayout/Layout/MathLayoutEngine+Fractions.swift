/// Fractions: numerator over a bar on the math axis over denominator; without a bar for
/// `\binom` and `\genfrac`. Shifts and clearances follow rule 15 of the TeXbook's
/// Appendix G.
extension MathLayoutEngine {
    func fraction(_ numerator: MathNode, _ denominator: MathNode, _ fractionStyle: FractionStyle,
                  barThickness: Double?, _ style: LayoutStyle) -> MathBox {
        let displayed = switch fractionStyle {
        case .auto: style.display
        case .text: false
        case .display, .continued: true
        }
        // The numerator is as cramped as the fraction, the denominator cramped (rule 15a);
        // `\cfrac` sets both in plain display style.
        let continued = fractionStyle == .continued
        let partStyle = continued ? style.displayed : displayed ? style.text : style.script
        let top = layout(numerator, continued ? partStyle : partStyle.withCramped(style.cramped))
        let bottom = layout(denominator, continued ? partStyle : partStyle.crampedStyle)
        let size = style.size
        let thickness = barThickness.map { $0 * size } ?? style.ruleThickness
        let axis = metrics.axisHeight(size: size)
        let parameters = TeXFontParameters.self
        var numeratorShift = (displayed ? parameters.num1 : thickness == 0 ? parameters.num3 : parameters.num2) * size
        var denominatorShift = (displayed ? parameters.denom1 : parameters.denom2) * size
        if thickness == 0 {
            // Rule 15c: the gap between the parts is at least 7 (display) or 3 default
            // rule thicknesses; a shortfall moves both parts apart by half of it each.
            let clearance = (displayed ? 7 : 3) * style.ruleThickness
            let gap = (numeratorShift - top.descent) - (bottom.ascent - denominatorShift)
            if gap < clearance {
                numeratorShift += (clearance - gap) / 2
                denominatorShift += (clearance - gap) / 2
            }
        } else {
            // Rule 15d: each part clears the bar by 3 (display) or 1 bar thickness.
            let clearance = displayed ? 3 * thickness : thickness
            numeratorShift = max(numeratorShift, axis + thickness / 2 + clearance + top.descent)
            denominatorShift = max(denominatorShift, bottom.ascent + clearance + thickness / 2 - axis)
        }
        let padding = 0.12 * size
        let inner = max(top.width, bottom.width)
        var result = MathBox(width: inner + 2 * padding, ascent: numeratorShift + top.ascent,
                             descent: denominatorShift + bottom.descent)
        result.draw(top, x: padding + (inner - top.width) / 2, y: numeratorShift)
        result.draw(bottom, x: padding + (inner - bottom.width) / 2, y: -denominatorShift)
        if thickness > 0 {
            result.rules.append(MathRule(x: padding, y: axis - thickness / 2, width: inner, height: thickness))
        }
        return result
    }
}
