import Foundation

/// Accumulates MathML text for one formula, one node at a time.
struct MathMLBuilder {
    var output = ""

    /// Writes a row's children without an `<mrow>` of their own (for containers that are
    /// already rows: `<math>`, `<mtd>`, a fence's `<mrow>`, `<msqrt>`).
    mutating func writeContents(of node: MathNode, displayStyle: Bool) {
        if case .row(let nodes) = node {
            writeSequence(nodes, displayStyle: displayStyle)
        } else {
            write(node, displayStyle: displayStyle)
        }
    }

    /// Writes the atoms of a row; a binary operator without a left operand is a prefix.
    private mutating func writeSequence(_ nodes: [MathNode], displayStyle: Bool) {
        for (node, atomClass) in zip(nodes, MathNode.spacingClasses(of: nodes)) {
            if case .symbol(let text, .binary) = node, atomClass == .ordinary {
                writeOperator(text, attributes: " form=\"prefix\"")
            } else {
                write(node, displayStyle: displayStyle)
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
            writeOperator(text, attributes: Self.symbolAttributes(atomClass))
        case .largeOperator(let symbol, let limits):
            writeOperator(symbol, attributes: limits == .always ? " movablelimits=\"false\"" : "")
        case .operatorName(let text, _):
            element("mi", text: text)
        case .text(let text):
            element("mtext", text: Self.keepingEdgeSpaces(text))
        case .space(let em):
            output += "<mspace width=\"\(Self.em(em))\"/>"
        case .row(let nodes):
            output += "<mrow>"
            writeSequence(nodes, displayStyle: displayStyle)
            output += "</mrow>"
        case .scripts(let base, let sub, let sup):
            writeScripts(base: base, sub: sub, sup: sup, displayStyle: displayStyle)
        case .fraction(let numerator, let denominator, let style):
            // `\tfrac` in display or `\dfrac` in text: mfrac takes no displaystyle, mstyle does.
            var override: String?
            if style == .text && displayStyle { override = "false" }
            if style == .display && !displayStyle { override = "true" }
            if let override { output += "<mstyle displaystyle=\"\(override)\">" }
            output += "<mfrac>"
            write(numerator, displayStyle: false)
            write(denominator, displayStyle: false)
            output += "</mfrac>"
            if override != nil { output += "</mstyle>" }
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
            let stretchingMark = stretchy ? Self.stretchingAccents[mark] ?? mark : mark
            writeOperator(stretchingMark, attributes: " stretchy=\"\(stretchy)\"")
            output += "</mover>"
        case .overline(let base):
            output += "<mover accent=\"false\">"
            write(base, displayStyle: displayStyle)
            writeOperator(Self.line, attributes: " stretchy=\"true\"")
            output += "</mover>"
        case .underline(let base):
            output += "<munder accentunder=\"false\">"
            write(base, displayStyle: displayStyle)
            writeOperator(Self.line, attributes: " stretchy=\"true\"")
            output += "</munder>"
        case .underOver(let base, let under, let over):
            let name = under == nil ? "mover" : over == nil ? "munder" : "munderover"
            output += "<\(name)>"
            write(base, displayStyle: displayStyle)
            for part in [under, over].compactMap({ $0 }) { write(part, displayStyle: false) }
            output += "</\(name)>"
        case .styleChange(let display, let body):
            output += "<mstyle displaystyle=\"\(display)\" scriptlevel=\"0\">"
            writeContents(of: body, displayStyle: display)
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
        case .table(let rows, let style):
            writeTable(rows, style: style)
        case .error(let command, _):
            output += "<merror>"
            element("mtext", text: command)
            output += "</merror>"
        }
    }

    /// Single letters are italic and words upright by default, so those need no attribute.
    private mutating func writeIdentifier(_ text: String, variant: MathVariant?) {
        let isDefault = variant == nil || (variant == .italic && text.count == 1)
            || (variant == .normal && text.count > 1)
        if let variant, !isDefault {
            element("mi", attributes: " mathvariant=\"\(variant.rawValue)\"",
                    text: MathAlphabet.styled(text, variant))
        } else {
            element("mi", text: text)
        }
    }

    private mutating func writeScripts(base: MathNode, sub: MathNode?, sup: MathNode?, displayStyle: Bool) {
        let limits = base.takesLimits(displayStyle: displayStyle)
        var base = base, sup = sup
        if !limits, case let (primes?, rest) = MathNode.splitPrimes(sup) {
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
        write(base, displayStyle: displayStyle)
        if let sub { write(sub, displayStyle: false) }
        if let sup { write(sup, displayStyle: false) }
        output += "</\(name)>"
    }

    /// Column alignment goes both into `columnalign` (MathML 3) and into each cell's
    /// style, which is what Chromium's MathML Core follows.
    private mutating func writeTable(_ rows: [[MathNode]], style: TableStyle) {
        let columns = rows.map(\.count).max() ?? 0
        var attributes = ""
        if style != .matrix {
            let alignments = (0..<columns).map { style.alignment(ofColumn: $0).rawValue }
            attributes = " columnalign=\"\(alignments.joined(separator: " "))\""
        }
        if style == .aligned { attributes += " columnspacing=\"0em\" displaystyle=\"true\"" }
        output += "<mtable\(attributes)>"
        for row in rows {
            output += "<mtr>"
            for (column, cell) in row.enumerated() {
                output += "<mtd\(Self.cellStyle(style, column: column))>"
                writeContents(of: cell, displayStyle: style == .aligned)
                output += "</mtd>"
            }
            output += "</mtr>"
        }
        output += "</mtable>"
    }

    private static func cellStyle(_ style: TableStyle, column: Int) -> String {
        switch (style, style.alignment(ofColumn: column)) {
        case (.matrix, _): ""
        case (.aligned, .right): " style=\"text-align: right; padding-right: 0\""
        case (.aligned, _): " style=\"text-align: left; padding-left: 0\""
        case (_, let alignment): " style=\"text-align: \(alignment.rawValue)\""
        }
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

    private static let noSpace = " lspace=\"0em\" rspace=\"0em\""

    /// The combining forms that browsers stretch over a wide base.
    private static let stretchingAccents: [String: String] = ["ˆ": "\u{302}", "→": "\u{20D7}"]

    /// The stretchy line of `\\overline` and `\\underline` (COMBINING LOW LINE, which
    /// MathML fonts can stretch).
    private static let line = "\u{332}"

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
