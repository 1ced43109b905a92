/// Braces under and over material, arrows stretched to their labels, frames, colours and
/// material that takes no width (`\llap`, `\rlap`, `\clap`).
extension MathLayoutEngine {
    /// A curly brace below (or above) the base: hooks turned toward it at both ends and a
    /// tip in the middle pointing to where the label goes, stretched to the base's width.
    /// As plain TeX's `\overbrace` and `\underbrace`, 3 pt (at 10 pt) separate the brace
    /// from the base, and 3 pt more are kept beyond it, toward the label.
    func brace(_ base: MathNode, over: Bool, _ style: LayoutStyle) -> MathBox {
        let body = layout(base, style)
        let size = style.size
        let thickness = 1.5 * style.ruleThickness
        let depth = 0.32 * size, gap = 3 * Self.plainPoint(style)
        var result = body
        // The brace's edge next to the base, and the direction away from it.
        let edge = over ? body.ascent + gap : -body.descent - gap
        let away = over ? 1.0 : -1.0
        result.shapes.append(MathShape.brace(width: body.width, depth: depth, thickness: thickness, edge: edge, away: away))
        if over {
            result.ascent = edge + depth + gap
        } else {
            result.descent = -(edge - depth) + gap
        }
        return result
    }

    /// The labels of a brace, set as TeX sets the limits of an operator (TeXbook,
    /// Appendix G, rule 13a, with plain TeX's `\bigopspacing` values of `cmex10`): the
    /// label above clears the brace's box by max(ξ9, ξ11 − its depth), the one below by
    /// max(ξ10, ξ12 − its height), and ξ13 is kept beyond each.
    func braceLabels(_ brace: MathBox, under: MathBox?, over: MathBox?, _ style: LayoutStyle) -> MathBox {
        let pt = Self.plainPoint(style)
        let width = max(brace.width, under?.width ?? 0, over?.width ?? 0)
        var result = MathBox(width: width, ascent: brace.ascent, descent: brace.descent)
        result.draw(brace, x: (width - brace.width) / 2, y: 0)
        if let over {
            let clearance = max(1.11111 * pt, 2 * pt - over.descent)
            let baseline = brace.ascent + clearance + over.descent
            result.draw(over, x: (width - over.width) / 2, y: baseline)
            result.ascent = baseline + over.ascent + pt
        }
        if let under {
            let clearance = max(1.66666 * pt, 6 * pt - under.ascent)
            let baseline = -(brace.descent + clearance + under.ascent)
            result.draw(under, x: (width - under.width) / 2, y: baseline)
            result.descent = -baseline + under.descent + pt
        }
        return result
    }

    /// One of plain TeX's points at the formula's size (its values are for 10 pt text);
    /// like TeX's, they do not shrink in scripts.
    static func plainPoint(_ style: LayoutStyle) -> Double { style.baseSize / 10 }

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
