/// Commands: symbols, fractions, roots, accents, fonts, text, spacing, boxes, colours,
/// tags and fences.
extension FormulaParser {
    /// Parses the command at the read position. Returns nil for commands that only record
    /// something (`\tag`, `\label`, `\notag`, macro definitions).
    mutating func parseCommand() -> MathNode? {
        let start = position
        let name = peekCommandName()
        position += 1 + name.count
        guard let first = name.first else {
            report(at: start, "lone '\\' at the end of the formula")
            return errorNode("\\", at: start)
        }
        if !first.isASCIILetter {
            return escapedCharacter(first, at: start)
        }
        if let node = symbolCommand(name) { return node }
        if let (mark, stretchy) = TeXSymbols.accents[name] {
            return .accent(base: parseArgument(of: "\\" + name, at: start), mark: mark, stretchy: stretchy)
        }
        if let styled = TeXSymbols.fontCommands[name] {
            return parseStyled(styled, command: name, at: start)
        }
        if let height = TeXSymbols.delimiterSizes[name] {
            return .sizedDelimiter(readDelimiter(after: name, at: start), heightEm: height)
        }
        if let style = TeXSymbols.textCommands[name] {
            return parseText(MathTextStyle(variant: style), command: name, at: start)
        }
        if let arrow = TeXSymbols.extensibleArrows[name] {
            let under = parseOptionalMath()
            return .extensibleArrow(arrow, under: under, over: parseArgument(of: "\\" + name, at: start))
        }
        if let atomClass = TeXSymbols.classCommands[name] {
            return parseClassed(atomClass, command: name, at: start)
        }
        if let node = parseBoxCommand(name, at: start) { return node }
        switch name {
        // The logos, as KaTeX allows them in math too: upright text.
        case "TeX", "LaTeX": return .text(name, style: MathTextStyle(variant: nil))
        case "frac": return parseFraction(.auto, command: name, at: start)
        case "tfrac": return parseFraction(.text, command: name, at: start)
        case "dfrac": return parseFraction(.display, command: name, at: start)
        case "cfrac":
            _ = readOptionalArgument()
            return parseFraction(.continued, command: name, at: start)
        case "binom", "dbinom", "tbinom":
            let style: FractionStyle = name == "dbinom" ? .display : name == "tbinom" ? .text : .auto
            let numerator = parseArgument(of: "\\" + name, at: start)
            let denominator = parseArgument(of: "\\" + name, at: start)
            return .fenced(open: "(", close: ")", body: .fraction(
                numerator: numerator, denominator: denominator, style: style, barThickness: 0))
        case "genfrac": return parseGeneralizedFraction(at: start)
        case "sqrt": return parseRoot(at: start)
        case "overset", "stackrel":
            let over = parseArgument(of: "\\" + name, at: start)
            return .underOver(base: parseArgument(of: "\\" + name, at: start), under: nil, over: over)
        case "underset":
            let under = parseArgument(of: "\\underset", at: start)
            return .underOver(base: parseArgument(of: "\\underset", at: start), under: under, over: nil)
        case "overline": return .overline(parseArgument(of: "\\overline", at: start))
        case "underline": return .underline(parseArgument(of: "\\underline", at: start))
        case "overbrace", "underbrace":
            return .brace(parseArgument(of: "\\" + name, at: start), over: name == "overbrace")
        case "operatorname": return parseOperatorName(at: start)
        case "not": return parseNegation(at: start)
        case "substack": return parseSubstack(at: start)
        case "left": return parseFenced(at: start)
        case "middle": return parseMiddle(at: start)
        case "begin": return parseEnvironment(at: start)
        case "newcommand", "renewcommand", "providecommand", "def", "DeclareMathOperator":
            parseDefinition(name, at: start)
            return nil
        case "tag":
            if peek() == "*" { position += 1 }
            tag = readRawArgument(after: name, at: start)
            return nil
        case "label":
            label = readRawArgument(after: name, at: start)
            return nil
        case "notag", "nonumber":
            suppressesNumber = true
            return nil
        case "right", "end", "limits", "nolimits", "displaystyle", "textstyle", "scriptstyle",
             "scriptscriptstyle", "color", "rm", "bf", "it", "cal", "sf", "tt", "hline":
            report(at: start, "\\\(name) cannot be used here")
            return errorNode("\\" + name, at: start)
        default:
            if TeXSymbols.textSizes[name] != nil {
                report(at: start, "\\\(name) changes the size of text only; use it inside \\text{...}")
            } else {
                report(at: start, "unknown command \\\(name)")
            }
            return errorNode("\\" + name, at: start)
        }
    }

    /// `\,`, `\{`, `\|`, `\#` and the other backslash-punctuation commands.
    private mutating func escapedCharacter(_ c: Character, at start: Int) -> MathNode {
        if let em = TeXSymbols.shortSpaces[c] { return .space(em: em) }
        if let delimiter = TeXSymbols.escapedDelimiters[c] {
            return .symbol(delimiter, TeXSymbols.delimiterClass(delimiter))
        }
        if TeXSymbols.escapedCharacters.contains(c) { return .symbol(String(c), .ordinary) }
        report(at: start, "unknown command \\\(c)")
        return errorNode("\\\(c)", at: start)
    }

    /// Greek letters, symbols, operators and spaces: commands without arguments.
    private func symbolCommand(_ name: String) -> MathNode? {
        if let letter = TeXSymbols.lowercaseGreek[name] {
            return .identifier(letter, variant: variant)
        }
        if let letter = TeXSymbols.uppercaseGreek[name] {
            return .identifier(letter, variant: variant ?? .normal)
        }
        if let symbol = TeXSymbols.ordinaryIdentifiers[name] {
            return .identifier(symbol, variant: variant)
        }
        if let (symbol, atomClass) = TeXSymbols.symbols[name] {
            return .symbol(symbol, atomClass)
        }
        if let (symbol, limits) = TeXSymbols.largeOperators[name] {
            return .largeOperator(symbol, limits: limits)
        }
        if let (text, limits) = TeXSymbols.operatorNames[name] {
            return .operatorName(text, limits: limits)
        }
        if let em = TeXSymbols.spaces[name] {
            return .space(em: em)
        }
        return nil
    }

    private mutating func parseStyled(_ styled: MathVariant, command: String, at start: Int) -> MathNode {
        let saved = variant
        variant = styled
        defer { variant = saved }
        return parseArgument(of: "\\" + command, at: start)
    }

    /// Parses a `[...]` argument as math if one follows (`\sqrt[n]`, `\xrightarrow[below]`).
    private mutating func parseOptionalMath() -> MathNode? {
        skipWhitespace()
        guard peek() == "[" else { return nil }
        let open = position
        position += 1
        let nodes = parseSequence(until: activeStops.union(.closeBracket))
        if peek() == "]" {
            position += 1
        } else {
            report(at: open, "missing ']' for this '['")
        }
        return nodes.count == 1 ? nodes[0] : .row(nodes)
    }

    private mutating func parseFraction(_ style: FractionStyle, command: String, at start: Int) -> MathNode {
        let numerator = parseArgument(of: "\\" + command, at: start)
        let denominator = parseArgument(of: "\\" + command, at: start)
        return .fraction(numerator: numerator, denominator: denominator, style: style, barThickness: nil)
    }

    /// `\genfrac{(}{)}{0pt}{1}{a}{b}`: delimiters, bar thickness (empty for the default),
    /// style (0 display ... 3 scriptscript, empty to follow), numerator, denominator.
    private mutating func parseGeneralizedFraction(at start: Int) -> MathNode {
        let open = readDelimiterArgument(at: start)
        let close = readDelimiterArgument(at: start)
        let thicknessText = readRawArgument(after: "genfrac", at: start)
        let thickness = thicknessText.allSatisfy(\.isWhitespace)
            ? nil : length(thicknessText, after: "genfrac", at: start)
        let styleText = readRawArgument(after: "genfrac", at: start).filter { !$0.isWhitespace }
        let numerator = parseArgument(of: "\\genfrac", at: start)
        let denominator = parseArgument(of: "\\genfrac", at: start)
        var node = MathNode.fraction(numerator: numerator, denominator: denominator,
                                     style: styleText == "0" ? .display : styleText == "1" ? .text : .auto,
                                     barThickness: thickness)
        if styleText == "2" || styleText == "3" {
            node = .styleChange(styleText == "2" ? .script : .scriptScript, body: node)
        }
        return open.isEmpty && close.isEmpty ? node : .fenced(open: open, close: close, body: node)
    }

    /// A braced delimiter argument of `\genfrac`: `{(}`, `{\langle}` or `{}`.
    private mutating func readDelimiterArgument(at start: Int) -> String {
        skipWhitespace()
        guard peek() == "{" else { return readDelimiter(after: "genfrac", at: start) }
        position += 1
        skipWhitespace()
        if peek() == "}" {
            position += 1
            return ""
        }
        let delimiter = readDelimiter(after: "genfrac", at: start)
        skipWhitespace()
        if peek() == "}" { position += 1 } else { report(at: start, "missing '}' in \\genfrac") }
        return delimiter
    }

    /// `\sqrt{x}` or `\sqrt[n]{x}`.
    private mutating func parseRoot(at start: Int) -> MathNode {
        let index = parseOptionalMath()
        return .root(radicand: parseArgument(of: "\\sqrt", at: start), index: index)
    }

    /// `\operatorname{diag}` is an upright operator name; `\operatorname*` takes limits in
    /// display style. Letters, digits, spaces and dashes make one name (`arg\,min` is
    /// `arg min` with a thin space); other content becomes an operator group.
    private mutating func parseOperatorName(at start: Int) -> MathNode {
        var limits = LimitPlacement.never
        if peek() == "*" {
            position += 1
            limits = .displayOnly
        }
        let content = parseStyled(.normal, command: "operatorname", at: start)
        if let text = Self.operatorText(content) {
            return .operatorName(text, limits: limits)
        }
        return .operatorGroup(content, limits: limits)
    }

    private static func operatorText(_ node: MathNode) -> String? {
        switch node {
        case .identifier(let text, .normal?), .identifier(let text, nil), .number(let text):
            return text
        case .space(let em) where em > 0:
            return em < 0.2 ? "\u{2009}" : " "
        case .symbol(let text, _) where ["−", "-", ".", "′", "*", "∗"].contains(text):
            return text == "∗" ? "*" : text
        case .row(let nodes) where !nodes.isEmpty:
            let parts = nodes.map(operatorText)
            return parts.contains(nil) ? nil : parts.compactMap { $0 }.joined()
        default:
            return nil
        }
    }

    /// `\mathrel{...}`, `\mathbin{...}` and friends; `\mathop{...}` makes a big operator.
    private mutating func parseClassed(_ atomClass: MathAtomClass?, command: String, at start: Int) -> MathNode {
        let content = parseArgument(of: "\\" + command, at: start)
        guard let atomClass else {
            if case .largeOperator = content { return content }
            if case .symbol(let text, _) = content { return .largeOperator(text, limits: .displayOnly) }
            return .operatorGroup(content, limits: .displayOnly)
        }
        switch content {
        case .symbol(let text, _): return .symbol(text, atomClass)
        case .identifier(let text, _) where atomClass != .ordinary && text.count == 1:
            return .classed(content, atomClass)
        default: return atomClass == .ordinary ? .row([content]) : .classed(content, atomClass)
        }
    }

    /// `\not` before a relation: its negated character where Unicode has one, else the
    /// character with a combining long solidus.
    private mutating func parseNegation(at start: Int) -> MathNode {
        skipWhitespace()
        guard peek() != nil else {
            report(at: start, "missing argument for \\not")
            return errorNode("\\not", at: start)
        }
        let negated = parseAtom(singleToken: true)
        switch negated {
        case .symbol(let text, let atomClass):
            return .symbol(TeXSymbols.negations[text] ?? text + "\u{338}", atomClass)
        case .identifier(let text, _):
            return .symbol(TeXSymbols.negations[text] ?? text + "\u{338}", .relation)
        default:
            report(at: start, "\\not must come before a relation such as = or \\in")
            return negated
        }
    }

    /// `\substack{i<n \\ j<m}`: centred rows set tightly, for limits.
    private mutating func parseSubstack(at start: Int) -> MathNode {
        skipWhitespace()
        guard peek() == "{" else {
            report(at: start, "missing argument for \\substack")
            return .row([])
        }
        let open = position
        position += 1
        var rows: [[MathNode]] = []
        while true {
            let nodes = parseSequence(until: activeStops.union([.closeBrace, .cell]))
            rows.append([nodes.count == 1 ? nodes[0] : .row(nodes)])
            if peek() == "\\", peekCommandName() == "\\" {
                position += 2
                continue
            }
            if peek() == "}" {
                position += 1
            } else {
                report(at: open, "missing '}' for this '{'")
                if peek() != nil { position += 1 }
            }
            break
        }
        return .table(MathTable(rows: rows, style: .substack(.center)))
    }

    /// `\left( ... \right)`, possibly with `\middle` delimiters inside.
    private mutating func parseFenced(at start: Int) -> MathNode {
        let open = readDelimiter(after: "left", at: start)
        fenceDepth += 1
        let body = parseSequence(until: activeStops.union(.right))
        fenceDepth -= 1
        var close = ""
        if peek() == "\\", peekCommandName() == "right" {
            let rightStart = position
            position += 6
            close = readDelimiter(after: "right", at: rightStart)
        } else {
            report(at: start, "\\left without matching \\right")
        }
        return .fenced(open: open, close: close, body: .row(body))
    }

    private mutating func parseMiddle(at start: Int) -> MathNode {
        let delimiter = readDelimiter(after: "middle", at: start)
        guard fenceDepth > 0 else {
            report(at: start, "\\middle outside \\left ... \\right")
            return .symbol(delimiter, TeXSymbols.delimiterClass(delimiter))
        }
        return .middleDelimiter(delimiter)
    }
}
