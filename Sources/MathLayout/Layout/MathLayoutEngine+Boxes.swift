/// Braces under and over material, arrows stretched to their labels, frames, colours and
/// material that takes no width (`\llap`, `\rlap`, `\clap`).
extension MathLayoutEngine {
    /// A curly brace below (or above) the base: hooks turned toward it at both ends and a
    /// tip in the middle pointing to where the label goes, stretched to the base's width.
    func brace(_ base: MathNode, over: Bool, _ style: LayoutStyle) -> MathBox {
        let body = layout(base, style)
        let size = style.size
        let thickness = 1.5 * style.ruleThickness
        let depth = 0.32 * size, gap = 0.12 * size
        var result = body
        // The brace's edge next to the base, and the direction away from it.
        let edge = over ? body.ascent + gap : -body.descent - gap
        let away = over ? 1.0 : -1.0
        result.shapes.append(MathShape.brace(width: body.width, depth: depth, thickness: thickness, edge: edge, away: away))
        if over {
            result.ascent = edge + depth
        } else {
            result.descent = -(edge - depth)
        }
        return result
    }

    /// An arrow widened to its labels (script size) plus a little room on each side, the
    /// labels centred above and below it.
    func extensibleArrow(_ arrow: String, under: MathNode?, over: MathNode?, _ style: LayoutStyle) -> MathBox {
        let size = style.size
        let overBox = over.map { layout($0, style.script) }
        let underBox = under.map { layout($0, style.subscriptStyle) }
        let labelWidth = max(overBox?.width ?? 0, underBox?.width ?? 0)
        let measured = metrics.measure(arrow, style: .upright, size: size)
        let width = max(measured.width, labelWidth + 0.6 * size, 1.2 * size)
        let scale = measured.width > 0 ? width / measured.width : 1
        let arrowBox = MathBox(width: width, ascent: measured.ascent, descent: measured.descent,
                               glyphs: [MathGlyphRun(text: arrow, style: .upright, size: size, x: 0, y: 0, scaleX: scale)])
        return limits(arrowBox, under: underBox, over: overBox, style)
    }

    /// A frame of default rule thickness around the content, as `\boxed` (`\fbox` padding).
    func boxed(_ body: MathNode, _ style: LayoutStyle) -> MathBox {
        let inner = layout(body, style)
        let size = style.size
        let thickness = style.ruleThickness, padding = 0.3 * size
        let width = inner.width + 2 * (padding + thickness)
        var result = MathBox(width: width, ascent: inner.ascent + padding + thickness,
                             descent: inner.descent + padding + thickness)
        result.draw(inner, x: padding + thickness, y: 0)
        let height = result.ascent + result.descent
        result.rules += [
            MathRule(x: 0, y: -result.descent, width: width, height: thickness),
            MathRule(x: 0, y: result.ascent - thickness, width: width, height: thickness),
            MathRule(x: 0, y: -result.descent, width: thickness, height: height),
            MathRule(x: width - thickness, y: -result.descent, width: thickness, height: height),
        ]
        return result
    }

    /// The content in `color` (inner colours win), or on a background of it with padding.
    func colored(_ body: MathNode, _ color: MathColor, background: Bool, _ style: LayoutStyle) -> MathBox {
        var inner = layout(body, style)
        guard background else {
            for index in inner.glyphs.indices where inner.glyphs[index].color == nil {
                inner.glyphs[index].color = color
            }
            for index in inner.rules.indices where inner.rules[index].color == nil {
                inner.rules[index].color = color
            }
            for index in inner.shapes.indices where inner.shapes[index].color == nil {
                inner.shapes[index].color = color
            }
            return inner
        }
        let padding = 0.3 * style.size
        var result = MathBox(width: inner.width + 2 * padding, ascent: inner.ascent + padding,
                             descent: inner.descent + padding)
        result.rules.append(MathRule(x: 0, y: -result.descent, width: result.width,
                                     height: result.ascent + result.descent, color: color))
        result.draw(inner, x: padding, y: 0)
        return result
    }

    /// Content that takes no width: it ends at the point (`.right`, `\llap`), starts there
    /// (`.left`, `\rlap`) or is centred on it.
    func lap(_ body: MathNode, _ alignment: ColumnAlignment, _ style: LayoutStyle) -> MathBox {
        let inner = layout(body, style)
        let x = switch alignment {
        case .left: 0.0
        case .center: -inner.width / 2
        case .right: -inner.width
        }
        var result = MathBox(width: 0, ascent: inner.ascent, descent: inner.descent)
        result.draw(inner, x: x, y: 0)
        return result
    }
}
