/// Turns colon fences into the fenced directives the parser already reads, before Markdown
/// parsing and line for line (line numbers stay right):
///
/// - MyST `:::{name} argument` ... `:::` becomes `~~~{name} argument` ... `~~~`, so every
///   directive works in both forms;
/// - Pandoc/Quarto divs `::: {.class #id key=value}` and `::: classname` become a `{div}`
///   directive whose argument is the attribute list.
///
/// Only the outermost fences of the text are rewritten: a container's content is parsed
/// again on its own, which rewrites the fences nested inside it. A closing line closes the
/// innermost open fence when it has at least as many colons (MyST's rule: the outer fence
/// has more colons; Pandoc's: equal runs nest too). Code blocks are left alone. A `:::` line
/// that closes nothing, a colon line that opens nothing, and a fence never closed are
/// positioned warnings.
struct ColonFences {
    private(set) var text: String
    private(set) var diagnostics: [Diagnostic] = []

    /// One colon line: how many colons, and what follows them (empty for a closing line).
    private struct ColonLine {
        var indent: Int
        var count: Int
        var rest: String
    }

    init(_ source: String, file: String, nested: Bool) {
        var lines = source.components(separatedBy: "\n")
        var index = 0
        var found: [Diagnostic] = []
        func warn(_ message: String, _ line: Int, _ column: Int) {
            found.append(Diagnostic(message, at: SourceLocation(file: file, line: line + 1, column: column),
                                          severity: .warning, sourceLine: lines[line]))
        }
        while index < lines.count {
            if let fence = Self.codeFence(lines[index]) {
                index = Self.endOfCode(lines, from: index, fence: fence) + 1
                continue
            }
            guard let colon = Self.colonLine(lines[index]) else { index += 1; continue }
            if colon.rest.isEmpty {
                warn("'\(String(repeating: ":", count: colon.count))' closes no open fence; it is shown as text", index, colon.indent + 1)
                index += 1
                continue
            }
            guard let info = Self.info(colon.rest) else {
                warn("'\(String(repeating: ":", count: colon.count)) \(colon.rest.prefix(40))' opens no directive or div (write ':::{name}', '::: {.class}' or '::: classname'); it is shown as text",
                     index, colon.indent + 1)
                index += 1
                continue
            }
            let close = Self.close(lines, opener: index, count: colon.count)
            if close == nil {
                warn("'\(String(repeating: ":", count: colon.count))\(colon.rest.prefix(40))' is never closed; it runs to the end of the \(nested ? "enclosing block" : "chapter")",
                     index, colon.indent + 1)
            }
            let end = close ?? lines.count
            let longest = lines[(index + 1)..<end].compactMap { Self.codeFence($0) }.filter { $0.marker == UInt8(ascii: "~") }.map(\.count).max() ?? 0
            let tildes = String(repeating: "~", count: max(3, longest + 1))
            let indent = String(repeating: " ", count: colon.indent)
            lines[index] = indent + tildes + info
            if let close { lines[close] = indent + tildes }
            index = end + 1
        }
        text = lines.joined(separator: "\n")
        diagnostics = found
    }

    /// The info string of the directive an opener's text stands for, or nil when the text
    /// opens nothing: `{name} argument` (MyST), `{div} {attributes}` (Pandoc).
    private static func info(_ rest: String) -> String? {
        var text = Substring(rest)
        while text.last == ":" { text.removeLast() }  // Pandoc allows `::: Warning ::::::`
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("{"), let close = trimmed.firstIndex(of: "}") {
            let name = trimmed[trimmed.index(after: trimmed.startIndex)..<close]
            if let first = name.first, first.isLetter, name.allSatisfy({ $0.isLetter || $0.isNumber || "-_:".contains($0) }) {
                return "{\(name)}" + rest[rest.index(after: rest.firstIndex(of: "}")!)...]
            }
        }
        if AttributeList.parse(trimmed) != nil { return "{div} " + trimmed }
        if Label.isValid(trimmed) { return "{div} {.\(trimmed)}" }
        return nil
    }

    /// The line that closes the fence opened at `opener` with `count` colons, or nil.
    private static func close(_ lines: [String], opener: Int, count: Int) -> Int? {
        var open = [count]
        var index = opener + 1
        while index < lines.count {
            if let fence = codeFence(lines[index]) {
                index = endOfCode(lines, from: index, fence: fence) + 1
                continue
            }
            if let colon = colonLine(lines[index]) {
                if !colon.rest.isEmpty {
                    if info(colon.rest) != nil { open.append(colon.count) }
                } else if colon.count >= open[open.count - 1] {
                    open.removeLast()
                    if open.isEmpty { return index }
                }
            }
            index += 1
        }
        return nil
    }

    /// Three or more colons after at most three spaces.
    private static func colonLine(_ line: String) -> ColonLine? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let body = line.dropFirst(indent)
        let count = body.prefix { $0 == ":" }.count
        guard count >= 3 else { return nil }
        return ColonLine(indent: indent, count: count, rest: body.dropFirst(count).trimmingCharacters(in: .whitespaces))
    }

    /// The code fence `line` opens, if any.
    private static func codeFence(_ line: String) -> (marker: UInt8, count: Int)? {
        FenceScanning.codeFence(Array(line.utf8))
    }

    /// The line that closes the code fence opened at `start` (the last line when none does).
    private static func endOfCode(_ lines: [String], from start: Int, fence: (marker: UInt8, count: Int)) -> Int {
        var index = start + 1
        while index < lines.count {
            if let closing = codeFence(lines[index]), closing.marker == fence.marker, closing.count >= fence.count,
               lines[index].trimmingCharacters(in: .whitespaces).allSatisfy({ $0.asciiValue == fence.marker }) {
                return index
            }
            index += 1
        }
        return lines.count - 1
    }
}
