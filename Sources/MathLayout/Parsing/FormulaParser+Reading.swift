/// Low-level reading: peeking, command names, raw arguments, delimiters, diagnostics.
extension FormulaParser {
    func peek() -> Character? {
        peek(at: position)
    }

    func peek(at index: Int) -> Character? {
        index < chars.count ? chars[index] : nil
    }

    mutating func skipWhitespace() {
        while let c = peek(), c.isWhitespace { position += 1 }
    }

    /// Records a problem at read position `at` (the current one by default), as an
    /// offset in the source.
    mutating func report(at index: Int? = nil, _ message: String) {
        diagnostics.append(MathDiagnostic(offset: sourceOffset(index ?? position), message: message))
    }

    /// The source offset of the character at read position `index`.
    func sourceOffset(_ index: Int) -> Int {
        index < origins.count ? origins[index].offset : source.count
    }

    /// An error node for `command` found at read position `start`.
    func errorNode(_ command: String, at start: Int) -> MathNode {
        .error(command: command, offset: sourceOffset(start))
    }

    /// The name of the command at the read position (which holds a backslash): a run of
    /// letters, or the single character after the backslash, or "" at the end.
    func peekCommandName() -> String {
        guard let first = peek(at: position + 1) else { return "" }
        guard first.isASCIILetter else { return String(first) }
        var name = ""
        var index = position + 1
        while let c = peek(at: index), c.isASCIILetter { name.append(c); index += 1 }
        return name
    }

    /// Reads a braced argument as plain text (for `\text`, `\tag`, environment names),
    /// resolving escaped characters; without braces, reads one character.
    mutating func readRawArgument(after command: String, at start: Int) -> String {
        skipWhitespace()
        guard let first = peek() else {
            report(at: start, "missing argument for \\\(command)")
            return ""
        }
        guard first == "{" else {
            position += 1
            return String(first)
        }
        // `\{` and the like stand for the character; `\\` and line breaks for a space.
        var text = ""
        var escaped = false
        for c in readBracedGroup() {
            if escaped {
                if c.isASCIILetter {
                    text += "\\" + String(c)  // a command stays as written
                } else {
                    text.append(c == "\\" ? " " : c)
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                text.append(c.isNewline ? " " : c)
            }
        }
        if escaped { text.append("\\") }
        return text
    }

    /// Reads a braced argument exactly as written (for macro bodies and arguments); without
    /// braces, one character or one command. Nil when there is nothing to read.
    mutating func readVerbatimArgument() -> String? {
        skipWhitespace()
        guard let first = peek() else { return nil }
        if first == "\\" {
            let name = peekCommandName()
            position += 1 + name.count
            return "\\" + name
        }
        guard first == "{" else {
            position += 1
            return String(first)
        }
        return readBracedGroup()
    }

    /// The text of the braced group at the read position (which holds `{`), as written and
    /// without the outer braces; escaped braces do not count. Reports an unclosed group.
    private mutating func readBracedGroup() -> String {
        let open = position
        position += 1
        var text = "", depth = 0
        while let c = peek() {
            position += 1
            switch c {
            case "{": depth += 1
            case "}" where depth == 0: return text
            case "}": depth -= 1
            case "\\":
                if let next = peek() {
                    text.append(c)
                    position += 1
                    text.append(next)
                    continue
                }
            default: break
            }
            text.append(c)
        }
        report(at: open, "missing '}' for this '{'")
        return text
    }

    /// Reads a `[...]` option if one follows, as written.
    mutating func readOptionalArgument() -> String? {
        let saved = position
        skipWhitespace()
        guard peek() == "[" else {
            position = saved
            return nil
        }
        position += 1
        var text = "", depth = 0
        while let c = peek() {
            position += 1
            if c == "{" { depth += 1 }
            if c == "}" { depth -= 1 }
            if c == "]" && depth == 0 { return text }
            text.append(c)
        }
        report(at: saved, "missing ']' for this '['")
        return text
    }

    /// Reads a length such as `1em`, `-3mu`, `0.5cm`, `{2pt}`, in em (10pt to the em, as
    /// in TeX's ten-point fonts; 18mu to the em).
    mutating func readLength(after command: String, at start: Int) -> Double {
        skipWhitespace()
        let braced = peek() == "{"
        let text = braced ? readRawArgument(after: command, at: start) : readLengthToken()
        return length(text, after: command, at: start)
    }

    private mutating func readLengthToken() -> String {
        var text = ""
        while let c = peek(), c.isASCIIDigit || c == "." || c == "-" || c == "+" || c == " " && text.isEmpty {
            text.append(c)
            position += 1
        }
        skipWhitespace()
        if peek() == "\\" {
            let name = peekCommandName()
            position += 1 + name.count
            return text + "\\" + name
        }
        for _ in 0..<2 {
            if let c = peek(), c.isASCIILetter {
                text.append(c)
                position += 1
            }
        }
        return text
    }

    /// A length's text in em, or 0 with a diagnostic when it has no known unit.
    mutating func length(_ text: String, after command: String, at start: Int) -> Double {
        let trimmed = text.filter { !$0.isWhitespace }
        let number = trimmed.prefix { $0.isASCIIDigit || "+-.".contains($0) }
        let unit = String(trimmed.dropFirst(number.count))
        let value = number.isEmpty || number == "-" || number == "+"
            ? (number == "-" ? -1 : 1) : Double(number) ?? 0
        let perUnit: [String: Double] = [
            "em": 1, "ex": 0.431, "pt": 0.1, "mu": 1.0 / 18, "cm": 2.845, "mm": 0.2845,
            "in": 7.227, "bp": 0.1004, "pc": 1.2, "px": 0.075, "\\quad": 1, "\\qquad": 2,
        ]
        guard let factor = perUnit[unit] else {
            report(at: start, "\\\(command) needs a length such as 1em or 3mu, not '\(text)'")
            return 0
        }
        return value * factor
    }

    /// Reads the delimiter after `\left`, `\right`, `\middle` or `\big`; "." gives "".
    /// A token that is no delimiter is reported and left for the caller to parse.
    mutating func readDelimiter(after command: String, at start: Int) -> String {
        skipWhitespace()
        guard let c = peek() else {
            report(at: start, "missing delimiter after \\\(command)")
            return ""
        }
        if c == "." {
            position += 1
            return ""
        }
        if let delimiter = TeXSymbols.delimiterCharacters[c] {
            position += 1
            return delimiter
        }
        if c == "\\" {
            if let next = peek(at: position + 1), let delimiter = TeXSymbols.escapedDelimiters[next] {
                position += 2
                return delimiter
            }
            let name = peekCommandName()
            if let delimiter = TeXSymbols.delimiterCommands[name] {
                position += 1 + name.count
                return delimiter
            }
        }
        report("expected a delimiter after \\\(command)")
        return ""
    }
}

extension Character {
    var isASCIILetter: Bool { isASCII && isLetter }
    var isASCIIDigit: Bool { isASCII && isNumber }
}
