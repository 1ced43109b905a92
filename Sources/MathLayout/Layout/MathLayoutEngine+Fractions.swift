/// Fractions: numerator over a bar on the math axis over denominator; without a bar for
/// `\binom` and `\genfrac`.
extension MathLayoutEngine {
    func fraction(_ numerator: MathNode, _ denominator: MathNode, _ fractionStyle: FractionStyle,
                  barThickness: Double?, _ style: LayoutStyle) -> MathBox {
        let displayed = switch fractionStyle {
        case .auto: style.display
        case .text: false
        case .display, .continued: true
        }
        let partStyle = fractionStyle == .continued ? style.displayed : displayed ? style.text : style.script
        let top = layout(numerator, partStyle)
        let bottom = layout(denominator, partStyle)
        let size = style.size
        let thickness = barThickness.map { $0 * size } ?? style.ruleThickness
        let axis = metrics.axisHeight(size: size)
        let clearance = thickness == 0 ? (displayed ? 7 : 3) * style.ruleThickness / 2
            : displayed ? 3 * thickness : thickness
        let numeratorShift = max((displayed ? 0.677 : 0.394) * size,
                                 axis + thickness / 2 + clearance + top.descent)
        let denominatorShift = max((displayed ? 0.686 : 0.345) * size,
                                   bottom.ascent + clearance + thickness / 2 - axis)
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
