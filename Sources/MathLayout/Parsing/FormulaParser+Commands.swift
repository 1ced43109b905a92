/// Commands: symbols, fractions, roots, accents, fonts, text, tags and fences.
extension FormulaParser {
    /// Parses the command at the read position. Returns nil for commands that only record
    /// something (`\tag`, `\label`, `\notag`).
    mutating func parseCommand() -> MathNode? {
        let start = position
        let name = peekCommandName()
        position += 1 + name.count
        guard let first = name.first else {
            report(at: start, "lone '\\' at the end of the formula")
            return .error(command: "\\", offset: start)
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
        switch name {
        case "frac": return parseFraction(.auto, command: name, at: start)
        case "tfrac": return parseFraction(.text, command: name, at: start)
        case "dfrac": return parseFraction(.display, command: name, at: start)
        case "sqrt": return parseRoot(at: start)
        case "overset", "stackrel":
            let over = parseArgument(of: "\\" + name, at: start)
            return .underOver(base: parseArgument(of: "\\" + name, at: start), under: nil, over: over)
        case "underset":
            let under = parseArgument(of: "\\underset", at: start)
            return .underOver(base: parseArgument(of: "\\underset", at: start), under: under, over: nil)
        case "overline": return .overline(parseArgument(of: "\\overline", at: start))
        case "underline": return .underline(parseArgument(of: "\\underline", at: start))
        case "text", "textrm", "textup", "textnormal", "mbox":
            return .text(readRawArgument(after: name, at: start))
        case "operatorname": return parseOperatorName(at: start)
        case "left": return parseFenced(at: start)
        case "middle": return parseMiddle(at: start)
        case "begin": return parseEnvironment(at: start)
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
        case "right", "end", "limits", "nolimits", "displaystyle", "textstyle",
             "rm", "bf", "it", "cal", "sf", "tt":
            report(at: start, "\\\(name) cannot be used here")
            return .error(command: "\\" + name, offset: start)
        default:
            report(at: start, "unknown command \\\(name)")
            return .error(command: "\\" + name, offset: start)
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
        return .error(command: "\\\(c)", offset: start)
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

    private mutating func parseFraction(_ style: FractionStyle, command: String, at start: Int) -> MathNode {
        let numerator = parseArgument(of: "\\" + command, at: start)
        let denominator = parseArgument(of: "\\" + command, at: start)
        return .fraction(numerator: numerator, denominator: denominator, style: style)
    }

    /// `\sqrt{x}` or `\sqrt[n]{x}`.
    private mutating func parseRoot(at start: Int) -> MathNode {
        skipWhitespace()
        var index: MathNode?
        if peek() == "[" {
            let open = position
            position += 1
            let nodes = parseSequence(until: activeStops.union(.closeBracket))
            if peek() == "]" {
                position += 1
            } else {
                report(at: open, "missing ']' for this '['")
            }
            index = nodes.count == 1 ? nodes[0] : .row(nodes)
        }
        return .root(radicand: parseArgument(of: "\\sqrt", at: start), index: index)
    }

    /// `\operatorname{diag}` is an upright operator name; `\operatorname*` takes limits.
    private mutating func parseOperatorName(at start: Int) -> MathNode {
        var limits = LimitPlacement.never
        if peek() == "*" {
            position += 1
            limits = .displayOnly
        }
        let content = parseStyled(.normal, command: "operatorname", at: start)
        if case .identifier(let text, _) = content {
            return .operatorName(text, limits: limits)
        }
        return content
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
