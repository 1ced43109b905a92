import Foundation

/// Accumulates MathML Core text for one formula, one node at a time.
struct MathMLBuilder {
    var output = ""
    /// The numbers of the rows of the first numbered table written (`align`, `gather`);
    /// nil once used, or when the display is not numbered.
    var rowNumbers: [EquationRowNumber]?
    /// How many scripts, limits or text-style fraction parts enclose the node being written:
    /// there, as in TeX, binary operators, relations and punctuation get no space.
    var scriptDepth = 0
    /// The font's italic corrections of single letters, in em.
    var italicCorrections: [Character: Double] = [:]
    /// Set while writing a large operator that TeX sets without space after it.
    private var operatorWithoutRightSpace = false
    /// Set for a formula's top row, read by the first row written: TeX spaces a relation
    /// only from its neighbours, so none goes in at the start or end of a formula
    /// ("$= T - 1$"), where MathML would still give the relation both spaces. (Not in an
    /// alignment's cell, where amsmath's `&=` keeps the space.)
    var edgeRelationsUnspaced = false

    /// Writes a row's children without an `<mrow>` of their own (for containers that are
    /// already rows: `<math>`, `<mtd>`, a fence's `<mrow>`, `<msqrt>`).
    mutating func writeContents(of node: MathNode, displayStyle: Bool) {
        if case .row(let nodes) = node {
            writeSequence(nodes, displayStyle: displayStyle)
        } else {
            edgeRelationsUnspaced = false
            write(node, displayStyle: displayStyle)
        }
    }

    /// Writes the atoms of a row; a binary operator without a left operand is a prefix.
    /// Operator names get TeX's thin space from the ordinary atoms beside them, which
    /// MathML gives only to `<mo>` operators.
    private mutating func writeSequence(_ nodes: [MathNode], displayStyle: Bool) {
        let classes = MathNode.spacingClasses(of: nodes)
        let unspacedEdges = edgeRelationsUnspaced
        edgeRelationsUnspaced = false
        for (index, node) in nodes.enumerated() {
            let atomClass = classes[index]
            let named = node.isNamedOperator
            let previous = classes[..<index].last(where: { $0 != nil }) ?? nil
            if named, let previous, [.ordinary, .closing, .inner].contains(previous) {
                output += Self.thinSpace
            } else if scriptDepth == 0, let previous, let atomClass, Self.innerSpacing(previous, atomClass) {
                output += Self.thinSpace
            }
            let next = classes[(index + 1)...].first(where: { $0 != nil }) ?? nil
            // TeX puts no space between a large operator and an opening or closing
            // delimiter or punctuation; MathML's operator dictionary gives ∑ a thin one.
            operatorWithoutRightSpace = node.isLargeOperatorSymbol && [.opening, .closing, .punctuation].contains(next)
            if case .symbol(let text, .binary) = node, atomClass == .ordinary {
                writeOperator(text, attributes: " form=\"prefix\"")
            } else if unspacedEdges, case .symbol(let text, .relation) = node, previous == nil || next == nil {
                writeOperator(text, attributes: (previous == nil ? " lspace=\"0em\"" : "") + (next == nil ? " rspace=\"0em\"" : ""))
            } else {
                write(node, displayStyle: displayStyle)
            }
            operatorWithoutRightSpace = false
            if named, let next, [.ordinary, .largeOperator, .inner].contains(next) {
                output += Self.thinSpace
            }
        }
    }

    mutating func write(_ node: MathNode, displayStyle: Bool) {
        switch node {
        case .identifier(let text, let variant):
            writeIdentifier(text, variant: variant)
        case .number(let digits):
            element("mn", text: digits)
        case .symbol(let text, let atomClass):
            let spaced: [MathAtomClass] = [.binary, .relation, .punctuation]
            writeOperator(text, attributes: scriptDepth > 0 && spaced.contains(atomClass) ? Self.noSpace : Self.symbolAttributes(atomClass))
        case .largeOperator(let symbol, let limits):
            writeOperator(symbol, attributes: (limits == .always ? " movablelimits=\"false\"" : "")
                + (operatorWithoutRightSpace ? " rspace=\"0em\"" : ""))
            operatorWithoutRightSpace = false
        case .operatorName(let text, _):
            element("mi", text: text)
        case .operatorGroup(let body, _):
            output += "<mrow>"
            writeContents(of: body, displayStyle: displayStyle)
            output += "</mrow>"
        case .classed(let body, let atomClass):
            let (left, right) = Self.classSpaces(atomClass)
            output += "<mrow>" + (left > 0 ? "<mspace width=\"\(Self.em(left))\"/>" : "")
            writeContents(of: body, displayStyle: displayStyle)
            output += (right > 0 ? "<mspace width=\"\(Self.em(right))\"/>" : "") + "</mrow>"
        case .text(let text, let style):
            writeText(text, style: style)
        case .space(let em):
            output += "<mspace width=\"\(Self.em(em))\"/>"
        case .row(let nodes):
            output += "<mrow>"
            writeSequence(nodes, displayStyle: displayStyle)
            output += "</mrow>"
        case .scripts(let base, let sub, let sup):
            writeScripts(base: base, sub: sub, sup: sup, displayStyle: displayStyle)
        case .fraction(let numerator, let denominator, let style, let thickness):
            writeFraction(numerator, denominator, style, thickness, displayStyle: displayStyle)
        case .root(let radicand, nil):
            output += "<msqrt>"
            writeContents(of: radicand, displayStyle: displayStyle)
            output += "</msqrt>"
        case .root(let radicand, let index?):
            output += "<mroot>"
            write(radicand, displayStyle: displayStyle)
            write(index, displayStyle: false)
            output += "</mroot>"
        case .accent(let base, let mark, let stretchy):
            output += "<mover accent=\"true\">"
            write(base, displayStyle: displayStyle)
            writeOperator(mark, attributes: " stretchy=\"\(stretchy)\"")
            output += "</mover>"
        case .overline(let base):
            // A rule drawn by CSS spans the base in any font; math fonts stretch no
            // overline character in MathML.
            output += "<mrow style=\"border-top: 0.05em solid; padding-top: 0.1em\">"
            writeContents(of: base, displayStyle: displayStyle)
            output += "</mrow>"
        case .underline(let base):
            output += "<mrow style=\"border-bottom: 0.05em solid; padding-bottom: 0.1em\">"
            writeContents(of: base, displayStyle: displayStyle)
            output += "</mrow>"
        case .brace(let base, let over):
            let name = over ? "mover" : "munder"
            output += "<\(name)>"
            write(base, displayStyle: displayStyle)
            writeOperator(over ? "⏞" : "⏟", attributes: " stretchy=\"true\"")
            output += "</\(name)>"
        case .underOver(let base, let under, let over):
            writeUnderOver(base, under: under, over: over, displayStyle: displayStyle)
        case .extensibleArrow(let arrow, let under, let over):
            let padded = { (label: MathNode?) in label.map { MathNode.row([.space(em: 0.3), $0, .space(em: 0.3)]) } }
            // A relation, so a thick space at each side outside scripts: Chromium gives an
            // arrow under or over its labels none of its own.
            let space = scriptDepth == 0 ? "<mspace width=\"\(Self.em(5.0 / 18))\"/>" : ""
            output += space
            writeUnderOver(.symbol(arrow, .relation), under: padded(under), over: padded(over) ?? .space(em: 1.2),
                           displayStyle: displayStyle, stretchy: true)
            output += space
        case .styleChange(let style, let body):
            output += "<mstyle displaystyle=\"\(style == .display)\" scriptlevel=\"\(style.scriptLevel)\">"
            writeContents(of: body, displayStyle: style == .display)
            output += "</mstyle>"
        case .fenced(let open, let close, let body):
            output += "<mrow>"
            writeOperator(open, attributes: " fence=\"true\" stretchy=\"true\"")
            writeContents(of: body, displayStyle: displayStyle)
            writeOperator(close, attributes: " fence=\"true\" stretchy=\"true\"")
            output += "</mrow>"
        case .middleDelimiter(let delimiter):
            writeOperator(delimiter, attributes: " stretchy=\"true\"")
        case .sizedDelimiter(let delimiter, let height):
            let size = Self.em(height)
            writeOperator(delimiter, attributes: " minsize=\"\(size)\" maxsize=\"\(size)\"" + Self.noSpace)
        case .table(let table):
            writeTable(table)
        case .boxed(let body):
            output += "<mrow style=\"border: 0.05em solid; padding: 0.25em\">"
            writeContents(of: body, displayStyle: displayStyle)
            output += "</mrow>"
        case .colored(let body, let color, let background):
            output += background
                ? "<mrow mathbackground=\"\(color.hex)\" style=\"padding: 0.25em\">"
                : "<mrow mathcolor=\"\(color.hex)\">"
            writeContents(of: body, displayStyle: displayStyle)
            output += "</mrow>"
        case .phantom(let body, let keepsWidth, let keepsHeight):
            let padding = (keepsWidth ? "" : " width=\"0\"") + (keepsHeight ? "" : " height=\"0\" depth=\"0\"")
            if !padding.isEmpty { output += "<mpadded\(padding)>" }
            output += "<mphantom>"
            writeContents(of: body, displayStyle: displayStyle)
            output += "</mphantom>"
            if !padding.isEmpty { output += "</mpadded>" }
        case .smash(let body):
            output += "<mpadded height=\"0\" depth=\"0\">"
            writeContents(of: body, displayStyle: displayStyle)
            output += "</mpadded>"
        case .lap(let body, let alignment):
            let shift = switch alignment {
            case .left: ""
            case .center: " lspace=\"-50%\""
            case .right: " lspace=\"-100%\""
            }
            output += "<mpadded width=\"0\"\(shift)>"
            writeContents(of: body, displayStyle: displayStyle)
            output += "</mpadded>"
        case .rule(let width, let height, let raise):
            let space = "<mspace width=\"\(Self.em(width))\" height=\"\(Self.em(height))\" style=\"background: currentcolor\"/>"
            output += raise == 0 ? space : "<mpadded voffset=\"\(Self.em(raise))\">\(space)</mpadded>"
        case .error(let command, _):
            output += "<merror>"
            element("mtext", text: command)
            output += "</merror>"
        }
    }

    /// Letters of a style arrive as their Unicode letters (`𝐖`), which is what MathML Core
    /// shows; only an upright single letter needs `mathvariant="normal"`.
    private mutating func writeIdentifier(_ text: String, variant: MathVariant?) {
        switch variant {
        case .normal? where text.count == 1:
            element("mi", attributes: " mathvariant=\"normal\"", text: text)
        case let variant? where variant != .normal && variant != .italic:
            element("mi", text: MathAlphabet.styled(text, variant))
        case .italic? where text.count > 1:
            element("mi", text: MathAlphabet.styled(text, .italic))
        default:
            element("mi", text: text)
        }
    }

    private mutating func writeText(_ text: String, style: MathTextStyle) {
        var css: [String] = []
        var shown = text
        switch style.variant {
        case .bold?: css.append("font-weight: bold")
        case .italic?: css.append("font-style: italic")
        case .boldItalic?: css += ["font-weight: bold", "font-style: italic"]
        case .monospace?: css.append("font-family: monospace")
        case .sansSerif?: css.append("font-family: sans-serif")
        case .normal?, nil: break
        case let other?: shown = MathAlphabet.styled(text, other)
        }
        if style.scale != 1 { css.append("font-size: \(Int((style.scale * 100).rounded()))%") }
        element("mtext", attributes: css.isEmpty ? "" : " style=\"\(css.joined(separator: "; "))\"",
                text: Self.keepingEdgeSpaces(shown))
    }

    private mutating func writeFraction(_ numerator: MathNode, _ denominator: MathNode, _ style: FractionStyle,
                                        _ thickness: Double?, displayStyle: Bool) {
        // `\tfrac` in display or `\dfrac` in text: mfrac takes no displaystyle, mstyle does.
        var override: String?
        if style == .text && displayStyle { override = "false" }
        if (style == .display || style == .continued) && !displayStyle { override = "true" }
        if let override { output += "<mstyle displaystyle=\"\(override)\">" }
        output += "<mfrac\(thickness.map { " linethickness=\"\($0 == 0 ? "0" : Self.em($0))\"" } ?? "")>"
        // The parts of a fraction in text style are in script style.
        let scripted = style == .text || (style == .auto && !displayStyle)
        if scripted { scriptDepth += 1 }
        defer { if scripted { scriptDepth -= 1 } }
        for part in [numerator, denominator] {
            if style == .continued {
                output += "<mstyle displaystyle=\"true\">"
                writeContents(of: part, displayStyle: true)
                output += "</mstyle>"
            } else {
                write(part, displayStyle: false)
            }
        }
        output += "</mfrac>"
        if override != nil { output += "</mstyle>" }
    }

    private mutating func writeUnderOver(_ base: MathNode, under: MathNode?, over: MathNode?,
                                         displayStyle: Bool, stretchy: Bool = false) {
        let name = under == nil ? "mover" : over == nil ? "munder" : "munderover"
        output += "<\(name)>"
        if stretchy, case .symbol(let arrow, _) = base {
            writeOperator(arrow, attributes: " stretchy=\"true\"")
        } else {
            write(base, displayStyle: displayStyle)
        }
        scriptDepth += 1
        for part in [under, over].compactMap({ $0 }) { write(part, displayStyle: false) }
        scriptDepth -= 1
        output += "</\(name)>"
    }

    /// Primes without a subscript follow the base at full size (`f′`); with one, they
    /// are part of the superscript so that the subscript sits under them, as in TeX.
    private mutating func writeScripts(base: MathNode, sub: MathNode?, sup: MathNode?, displayStyle: Bool) {
        let limits = base.takesLimits(displayStyle: displayStyle)
        var base = base, sup = sup
        if !limits, sub == nil, case let (primes?, rest) = MathNode.splitPrimes(sup) {
            base = .row([base, primes])
            sup = rest
        }
        let name: String
        switch (sub, sup) {
        case (_?, _?): name = limits ? "munderover" : "msubsup"
        case (_?, nil): name = limits ? "munder" : "msub"
        case (nil, _?): name = limits ? "mover" : "msup"
        case (nil, nil):
            write(base, displayStyle: displayStyle)
            return
        }
        output += "<\(name)>"
        let character = !limits && Self.isCharacter(base)
        // TeX places the scripts of a single character from its baseline alone (TeXbook,
        // Appendix G, rule 18a); MathML Core also drops them from the base's top and
        // bottom, which sets y_i lower than x_i and f^2 higher than x^2. A base without
        // that height or depth leaves just the font's shifts.
        if character { output += "<mpadded\(sup == nil ? "" : " height=\"0\"")\(sub == nil ? "" : " depth=\"0\"")>" }
        let corrected = italicCorrection(of: base)
        if name == "msup", let corrected {
            // TeX sets a superscript after the letter's italic correction; MathML Core
            // applies it only to large operators, so it goes in as padding.
            element("mi", attributes: " style=\"padding-right: \(Self.em(corrected.correction))\"", text: corrected.letter)
        } else {
            write(base, displayStyle: displayStyle)
        }
        if character { output += "</mpadded>" }
        scriptDepth += 1
        if let sub { write(sub, displayStyle: false) }
        if let sup {
            if name == "msubsup", let corrected {
                // With both scripts the subscript stays at the letter and the superscript
                // alone moves by the correction, so the space goes before it.
                output += "<mrow><mspace width=\"\(Self.em(corrected.correction))\"/>"
                write(sup, displayStyle: false)
                output += "</mrow>"
            } else {
                write(sup, displayStyle: false)
            }
        }
        scriptDepth -= 1
        output += "</\(name)>"
    }

    /// A base that TeX sets as one character box: a one-character identifier or number.
    private static func isCharacter(_ base: MathNode) -> Bool {
        switch base {
        case let .identifier(text, _), let .number(text): return text.count == 1
        default: return false
        }
    }

    /// A one-letter italic identifier (`f`, not `\mathrm{f}`) with a positive italic
    /// correction, and the correction.
    private func italicCorrection(of base: MathNode) -> (letter: String, correction: Double)? {
        guard case let .identifier(text, variant) = base, variant == nil || variant == .italic,
              text.count == 1, let letter = text.first, let correction = italicCorrections[letter], correction > 0
        else { return nil }
        return (text, correction)
    }

    /// Alignment and rules go into each cell's style, which is what MathML Core follows.
    private mutating func writeTable(_ table: MathTable) {
        let style = table.style
        let small = style == .smallMatrix
        if small { output += "<mstyle scriptlevel=\"1\">" }
        let numbers = table.numbering.isEmpty ? nil : rowNumbers
        if numbers != nil { rowNumbers = nil }
        let attributes = (style.displaysCells ? " displaystyle=\"true\"" : "") + (numbers == nil ? "" : Self.numberedTableAttributes)
            + (Self.spacedAsTeXArray(style) ? Self.matrixAttributes : "")
        output += "<mtable\(attributes)>"
        let columns = table.columnCount
        for (rowIndex, row) in table.rows.enumerated() {
            output += "<mtr>"
            for (column, cell) in row.enumerated() {
                var css: [String] = []
                let alignment = style.alignment(ofColumn: column, row: rowIndex, rowCount: table.rows.count)
                switch style {
                case .matrix, .smallMatrix, .gathered: break
                case .aligned:
                    css += [Self.textAlign(alignment), alignment == .right ? "padding-right: 0" : "padding-left: 0"]
                case .substack:
                    css.append("padding: 0")
                    if alignment != .center { css.append(Self.textAlign(alignment)) }
                default:
                    if alignment != .center { css.append(Self.textAlign(alignment)) }
                }
                if case .array(let specs, let trailing) = style {
                    if specs.indices.contains(column), specs[column].lineBefore { css.append("border-left: 0.06em solid") }
                    if trailing, column == columns - 1 { css.append("border-right: 0.06em solid") }
                }
                if table.horizontalLines.contains(rowIndex) { css.append("border-top: 0.06em solid") }
                if table.horizontalLines.contains(rowIndex + 1), rowIndex == table.rows.count - 1 {
                    css.append("border-bottom: 0.06em solid")
                }
                output += css.isEmpty ? "<mtd>" : "<mtd style=\"\(css.joined(separator: "; "))\">"
                writeContents(of: cell, displayStyle: style.displaysCells)
                output += "</mtd>"
            }
            if let numbers {
                output += String(repeating: "<mtd></mtd>", count: columns - row.count)
                output += Self.numberCell(numbers.indices.contains(rowIndex) ? numbers[rowIndex] : nil)
            }
            output += "</mtr>"
        }
        output += "</mtable>"
        if small { output += "</mstyle>" }
    }

    /// Matrices and cases have TeX's column gap (twice `\arraycolsep`, 1 em) and none
    /// outside their first and last columns, which the stylesheet gives `mtable.matrix`
    /// (MathML's default cell padding is 0.4 em all round).
    private static func spacedAsTeXArray(_ style: TableStyle) -> Bool {
        switch style {
        case .matrix, .cases: true
        default: false
        }
    }

    private static let matrixAttributes = " class=\"matrix\""

    /// A cell's alignment. Chromium aligns the content of `<mtd>` only by the `-webkit-`
    /// keywords; other engines take the standard one before it.
    private static func textAlign(_ alignment: ColumnAlignment) -> String {
        "text-align: \(alignment.rawValue); text-align: -webkit-\(alignment.rawValue)"
    }

    private mutating func writeOperator(_ text: String, attributes: String) {
        if !text.isEmpty { element("mo", attributes: attributes, text: text) }
    }

    private mutating func element(_ name: String, attributes: String = "", text: String) {
        output += "<\(name)\(attributes)>\(XMLEscaping.escape(text))</\(name)>"
    }

    /// Ordinary symbols and bars get no operator spacing, as in TeX; brackets outside
    /// `\left ... \right` do not stretch.
    private static func symbolAttributes(_ atomClass: MathAtomClass) -> String {
        switch atomClass {
        case .ordinary: noSpace
        case .fence: " stretchy=\"false\"" + noSpace
        case .opening, .closing: " stretchy=\"false\""
        case .binary, .relation, .punctuation: ""
        }
    }

    /// The space TeX puts left and right of an atom of `atomClass` among ordinary atoms, in em.
    private static func classSpaces(_ atomClass: MathAtomClass) -> (Double, Double) {
        switch atomClass {
        case .relation: (5.0 / 18, 5.0 / 18)
        case .binary: (4.0 / 18, 4.0 / 18)
        case .punctuation: (0, 3.0 / 18)
        default: (0, 0)
        }
    }

    /// TeX's thin space between a `\left ... \right` group and an ordinary neighbour (or
    /// another group), which MathML gives no `<mo>` to carry; operators, relations and
    /// punctuation bring their own.
    private static func innerSpacing(_ left: MathNode.SpacingClass, _ right: MathNode.SpacingClass) -> Bool {
        guard left == .inner || right == .inner else { return false }
        let own: [MathNode.SpacingClass] = [.binary, .relation, .punctuation, .largeOperator]
        if own.contains(left) || own.contains(right) { return false }
        return !(left == .opening || right == .closing)
    }

    private static let noSpace = " lspace=\"0em\" rspace=\"0em\""
    private static let thinSpace = "<mspace width=\"0.1667em\"/>"

    /// MathML trims the edges of `<mtext>`; `\text{ and }` keeps its spaces as no-break spaces.
    static func keepingEdgeSpaces(_ text: String) -> String {
        let chars = Array(text)
        let leading = chars.prefix { $0 == " " }.count
        let trailing = chars.reversed().prefix { $0 == " " }.count
        return String(chars.enumerated().map { index, c in
            index < leading || index >= chars.count - trailing ? "\u{A0}" : c
        })
    }

    static func em(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text + "em"
    }
}

private extension MathNode {
    /// A large operator symbol (`\sum`, `\int`), with or without its limits.
    var isLargeOperatorSymbol: Bool {
        switch self {
        case .largeOperator: true
        case .scripts(let base, _, _), .underOver(let base, _, _): base.isLargeOperatorSymbol
        default: false
        }
    }
}
