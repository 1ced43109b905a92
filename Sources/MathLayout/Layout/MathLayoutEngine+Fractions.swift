/// Fractions: numerator over a bar on the math axis over denominator.
extension MathLayoutEngine {
    func fraction(_ numerator: MathNode, _ denominator: MathNode, _ fractionStyle: FractionStyle,
                  _ style: LayoutStyle) -> MathBox {
        let displayed = switch fractionStyle {
        case .auto: style.display
        case .text: false
        case .display: true
        }
        let partStyle = displayed ? style.text : style.script
        let top = layout(numerator, partStyle)
        let bottom = layout(denominator, partStyle)
        let size = style.size
        let thickness = style.ruleThickness
        let axis = metrics.axisHeight(size: size)
        let clearance = displayed ? 3 * thickness : thickness
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
        result.rules.append(MathRule(x: padding, y: axis - thickness / 2, width: inner, height: thickness))
        return result
    }
}
