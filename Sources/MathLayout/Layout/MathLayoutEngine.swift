/// Lays out a formula tree as boxes for the PDF writer and plot labels, following TeX's
/// rules in simplified form: scripts at 70% size, fractions on the math axis, limits
/// below and above big operators in display style, delimiters stretched to their content.
public struct MathLayoutEngine {
    let metrics: any MathFontMetrics
    /// The smallest size of scripts and scripts of scripts, in points (0: no floor).
    let minimumSize: Double

    public init(metrics: any MathFontMetrics, minimumSize: Double = 0) {
        self.metrics = metrics
        self.minimumSize = minimumSize
    }

    /// Lays out a parsed formula at font size `size`, in display or inline style.
    public func layout(_ formula: ParsedFormula, display: Bool, size: Double) -> MathBox {
        layout(formula.root, display: display, size: size)
    }

    /// Lays out a formula tree at font size `size`, in display or inline style.
    public func layout(_ node: MathNode, display: Bool, size: Double) -> MathBox {
        layout(node, LayoutStyle(baseSize: size, level: 0, display: display, minimumSize: minimumSize))
    }

    func layout(_ node: MathNode, _ style: LayoutStyle) -> MathBox {
        switch node {
        case .identifier(let text, let variant):
            return identifier(text, variant: variant, style)
        case .number(let digits):
            return glyph(digits, .upright, size: style.size)
        case .symbol(let text, _), .middleDelimiter(let text):
            return glyph(text, .upright, size: style.size)
        case .largeOperator(let symbol, _):
            return largeOperator(symbol, style)
        case .operatorName(let text, _):
            return glyph(text, .upright, size: style.size)
        case .operatorGroup(let body, _), .classed(let body, _):
            return layout(body, style)
        case .text(let text, let textStyle):
            return self.text(text, textStyle, style)
        case .space(let em):
            return MathBox(width: em * style.size)
        case .row(let nodes):
            return row(nodes, style)
        case .scripts(let base, let sub, let sup):
            return scripts(base: base, sub: sub, sup: sup, style)
        case .fraction(let numerator, let denominator, let fractionStyle, let thickness):
            return fraction(numerator, denominator, fractionStyle, barThickness: thickness, style)
        case .root(let radicand, let index):
            return root(radicand, index: index, style)
        case .accent(let base, let mark, let stretchy):
            return accent(base, mark: mark, stretchy: stretchy, style)
        case .overline(let base):
            return line(over: true, base, style)
        case .underline(let base):
            return line(over: false, base, style)
        case .brace(let base, let over):
            return brace(base, over: over, style)
        case .underOver(let base, let under, let over):
            return limits(layout(base, style), under: under.map { layout($0, style.subscriptStyle) },
                          over: over.map { layout($0, style.script) }, style)
        case .extensibleArrow(let arrow, let under, let over):
            return extensibleArrow(arrow, under: under, over: over, style)
        case .styleChange(let mathStyle, let body):
            return layout(body, style.switched(to: mathStyle))
        case .fenced(let open, let close, let body):
            return fenced(open: open, close: close, body: body, style)
        case .sizedDelimiter(let text, let heightEm):
            return delimiter(text, halfHeight: heightEm * style.size / 2, style)
        case .table(let table):
            return self.table(table, style)
        case .boxed(let body):
            return boxed(body, style)
        case .colored(let body, let color, let background):
            return colored(body, color, background: background, style)
        case .phantom(let body, let keepsWidth, let keepsHeight):
            let box = layout(body, style)
            return MathBox(width: keepsWidth ? box.width : 0, ascent: keepsHeight ? box.ascent : 0,
                           descent: keepsHeight ? box.descent : 0)
        case .smash(let body):
            var box = layout(body, style)
            (box.ascent, box.descent) = (0, 0)
            return box
        case .lap(let body, let alignment):
            return lap(body, alignment, style)
        case .rule(let width, let height, let raise):
            let size = style.size
            return MathBox(width: width * size, ascent: max(0, (height + raise) * size), descent: max(0, -raise * size),
                           rules: [MathRule(x: 0, y: raise * size, width: width * size, height: height * size)])
        case .error(let command, _):
            var box = glyph(command, .upright, size: style.size)
            for index in box.glyphs.indices { box.glyphs[index].isError = true }
            return box
        }
    }

    /// A single glyph run with its measured extents.
    func glyph(_ text: String, _ glyphStyle: MathGlyphStyle, size: Double) -> MathBox {
        guard !text.isEmpty else { return MathBox() }
        let measured = metrics.measure(text, style: glyphStyle, size: size)
        let run = MathGlyphRun(text: text, style: glyphStyle, size: size, x: 0, y: 0)
        return MathBox(width: measured.width, ascent: measured.ascent, descent: measured.descent,
                       glyphs: [run])
    }

    /// Single letters are italic unless styled; words and symbols are upright; alphabets
    /// without a face of their own (double-struck, script, ...) use their Unicode letters.
    private func identifier(_ text: String, variant: MathVariant?, _ style: LayoutStyle) -> MathBox {
        let isLetter = text.count == 1 && text.first?.isLetter == true
        switch variant {
        case nil: return glyph(text, isLetter ? .italic : .upright, size: style.size)
        case .normal?: return glyph(text, .upright, size: style.size)
        case .italic?: return glyph(text, .italic, size: style.size)
        case .bold?: return glyph(text, .bold, size: style.size)
        case .boldItalic?: return glyph(text, .boldItalic, size: style.size)
        case let other?: return glyph(MathAlphabet.styled(text, other), .upright, size: style.size)
        }
    }

    /// Text in its face, at its size relative to the math around it.
    private func text(_ text: String, _ textStyle: MathTextStyle, _ style: LayoutStyle) -> MathBox {
        let size = style.size * textStyle.scale
        switch textStyle.variant {
        case .bold?: return glyph(text, .bold, size: size)
        case .italic?: return glyph(text, .italic, size: size)
        case .boldItalic?: return glyph(text, .boldItalic, size: size)
        case nil, .normal?: return glyph(text, .upright, size: size)
        case let other?: return glyph(MathAlphabet.styled(text, other), .upright, size: size)
        }
    }

    /// The height of the letter x, which places accents and subscripts.
    func xHeight(_ style: LayoutStyle) -> Double {
        metrics.measure("x", style: .italic, size: style.size).ascent
    }
}
