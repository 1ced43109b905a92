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

    mutating func report(at offset: Int? = nil, _ message: String) {
        diagnostics.append(MathDiagnostic(offset: offset ?? position, message: message))
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
        let open = position
        position += 1
        var text = "", depth = 0
        while let c = peek() {
            position += 1
            switch c {
            case "{":
                depth += 1
                text.append(c)
            case "}" where depth == 0:
                return text
            case "}":
                depth -= 1
                text.append(c)
            case "\\":
                if let escaped = peek(), !escaped.isASCIILetter {
                    position += 1
                    text.append(escaped == "\\" ? " " : escaped)
                } else {
                    text.append(c)
                }
            default:
                text.append(c.isNewline ? " " : c)
            }
        }
        report(at: open, "missing '}' for this '{'")
        return text
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
