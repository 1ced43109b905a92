/// Text mode: the argument of `\text{...}`, `\textbf{...}` and friends, which may hold
/// `$...$` math, nested text commands, size switches (`\small`) and escapes.
extension FormulaParser {
    /// Parses a text argument in `style` after `command` (consumed). One run of text is
    /// a `.text` node; text with math or several styles is a row.
    mutating func parseText(_ style: MathTextStyle, command: String, at start: Int) -> MathNode {
        skipWhitespace()
        guard let first = peek() else {
            report(at: start, "missing argument for \\\(command)")
            return .text("", style: style)
        }
        guard first == "{" else {
            position += 1
            return .text(String(first), style: style)
        }
        let nodes = parseTextGroup(style)
        return nodes.count == 1 ? nodes[0] : .row(nodes)
    }

    /// Parses `{...}` at the read position as text.
    private mutating func parseTextGroup(_ initial: MathTextStyle) -> [MathNode] {
        guard enterNesting() else { return [] }
        defer { nesting -= 1 }
        let open = position
        position += 1
        var style = initial
        var nodes: [MathNode] = [], buffer = ""
        func flush() {
            if !buffer.isEmpty { nodes.append(.text(buffer, style: style)) }
            buffer = ""
        }
        while true {
            guard let c = peek() else {
                report(at: open, "missing '}' for this '{'")
                break
            }
            if c == "}" {
                position += 1
                break
            }
            switch c {
            case "{":
                flush()
                nodes += parseTextGroup(style)
            case "$":
                flush()
                nodes.append(parseMathInText())
            case "~":
                buffer.append("\u{A0}")
                position += 1
            case "\\":
                if expandMacro() { continue }
                let commandStart = position
                let name = peekCommandName()
                position += 1 + name.count
                if let escaped = TeXSymbols.textEscapes[name] {
                    buffer += escaped
                } else if let variant = TeXSymbols.textCommands[name] {
                    flush()
                    let face = variant.map { Self.combine(style.variant, $0, emphasis: name == "emph") } ?? style.variant
                    let inner = MathTextStyle(variant: face, scale: style.scale)
                    nodes.append(parseText(inner, command: name, at: commandStart))
                } else if let variant = TeXSymbols.textSwitches[name] {
                    flush()
                    style.variant = Self.combine(style.variant, variant, emphasis: name == "em")
                } else if let scale = TeXSymbols.textSizes[name] {
                    flush()
                    style.scale = scale
                } else if let em = TeXSymbols.spaces[name] {
                    flush()
                    nodes.append(.space(em: em))
                } else if name == "textcolor" {
                    flush()
                    let color = readColor(after: name, at: commandStart)
                    nodes.append(.colored(parseText(style, command: name, at: commandStart), color, background: false))
                } else if name.isEmpty {
                    report(at: commandStart, "lone '\\' at the end of the formula")
                } else {
                    flush()
                    report(at: commandStart, "unknown command \\\(name) in text")
                    nodes.append(errorNode("\\" + name, at: commandStart))
                }
                // TeX drops the spaces after a command word that takes no argument.
                if name.first?.isASCIILetter == true, TeXSymbols.textCommands[name] == nil, name != "textcolor" {
                    skipWhitespace()
                }
            case _ where c.isWhitespace:
                if !buffer.hasSuffix(" ") { buffer.append(" ") }
                position += 1
            default:
                buffer.append(c)
                position += 1
            }
        }
        flush()
        return nodes
    }

    /// `$...$` inside text: math in text style.
    private mutating func parseMathInText() -> MathNode {
        let open = position
        position += 1
        let savedVariant = variant
        variant = nil
        let nodes = parseSequence(until: [.dollar, .closeBrace])
        variant = savedVariant
        if peek() == "$" {
            position += 1
        } else {
            report(at: open, "'$' without a closing '$' inside \\text")
        }
        return .styleChange(.text, body: .row(nodes))
    }

    /// The face of nested text commands: bold and italic combine; `\emph` toggles italic.
    private static func combine(_ outer: MathVariant?, _ inner: MathVariant, emphasis: Bool) -> MathVariant {
        switch (outer, inner) {
        case (.italic?, .italic) where emphasis: .normal
        case (.boldItalic?, .italic) where emphasis: .bold
        case (.bold?, .italic), (.italic?, .bold), (.boldItalic?, .italic), (.boldItalic?, .bold): .boldItalic
        default: inner
        }
    }
}
