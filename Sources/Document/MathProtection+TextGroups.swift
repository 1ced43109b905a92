/// Inline math may hold text that holds math: `$a \text{ if $b$ } c$` is one formula. The
/// end of an inline formula is therefore looked for outside the braced argument of a text
/// command, where a `$` opens and closes math nested in the text.
extension MathProtection {
    /// The commands whose braced argument is text (as the math parser reads them).
    static let textCommands: Set<String> = [
        "text", "textrm", "textup", "textnormal", "textbf", "textit", "textsl", "emph", "texttt",
        "textsf", "textmd", "mbox", "hbox", "fbox", "colorbox",
    ]

    /// If a text command (`\text`, `\textbf`, ...) starts at `start`, the index just past
    /// the closing brace of its argument (past an optional `[...]` and, for `\colorbox`,
    /// the colour), or nil when none starts there or its braces do not close
    /// on the line.
    static func textArgumentEnd(_ line: [UInt8], at start: Int) -> Int? {
        guard line[start] == UInt8(ascii: "\\") else { return nil }
        var i = start + 1
        while i < line.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(line[i]) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(line[i]) { i += 1 }
        let name = String(decoding: line[(start + 1)..<i], as: UTF8.self)
        guard textCommands.contains(name) else { return nil }
        var groups = name == "colorbox" ? 2 : 1
        while groups > 0 {
            while i < line.count, line[i] == UInt8(ascii: " ") { i += 1 }
            if i < line.count, line[i] == UInt8(ascii: "[") {
                guard let close = line[i...].firstIndex(of: UInt8(ascii: "]")) else { return nil }
                i = close + 1
                continue
            }
            guard i < line.count, line[i] == UInt8(ascii: "{"), let end = groupEnd(line, from: i) else { return nil }
            i = end
            groups -= 1
        }
        return i
    }

    /// The index past the `}` that closes the `{` at `open`, skipping escaped characters.
    private static func groupEnd(_ line: [UInt8], from open: Int) -> Int? {
        var depth = 0, i = open
        while i < line.count {
            switch line[i] {
            case UInt8(ascii: "\\"): i += 1
            case UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { return i + 1 }
            default: break
            }
            i += 1
        }
        return nil
    }
}
