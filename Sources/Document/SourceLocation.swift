/// A position in a chapter file: 1-based line and column (columns count bytes of UTF-8,
/// like cmark).
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// A problem found in a chapter, with where it is and, when known, the offending source
/// line (printed with a caret under the column).
public struct Diagnostic: Sendable, Equatable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var location: SourceLocation
    public var message: String
    public var severity: Severity
    public var sourceLine: String?

    public init(_ message: String, at location: SourceLocation, severity: Severity = .error, sourceLine: String? = nil) {
        self.location = location
        self.message = message
        self.severity = severity
        self.sourceLine = sourceLine
    }

    /// `file:line:col: error: message` followed by the source excerpt and a caret.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let excerpt { text += "\n" + excerpt }
        return text
    }

    /// How many characters of the source line an excerpt shows on each side of the column.
    public static let excerptRadius = 60

    /// The source line (at most `excerptRadius` characters either side of the column, with
    /// `…` where it is cut, so a very long line stays short) and a caret under the column,
    /// each indented by two spaces; nil when the line is not known.
    public var excerpt: String? {
        guard let sourceLine else { return nil }
        let characters = Array(sourceLine)
        // The column counts UTF-8 bytes; find the character it falls in.
        var bytes = 0, caret = characters.count
        for (index, ch) in characters.enumerated() {
            if bytes >= location.column - 1 { caret = index; break }
            bytes += ch.utf8.count
        }
        let start = max(0, caret - Self.excerptRadius), end = min(characters.count, caret + Self.excerptRadius)
        let shown = (start > 0 ? "…" : "") + String(characters[start..<end]) + (end < characters.count ? "…" : "")
        let indent = (start > 0 ? " " : "") + String(characters[start..<min(caret, end)].map { $0 == "\t" ? "\t" : " " })
        return "  \(shown)\n  \(indent)^"
    }
}

extension Array where Element == Diagnostic {
    /// How many diagnostics one source line may list; the rest are counted in one more.
    public static var perLineLimit: Int { 10 }

    /// The first `perLineLimit` diagnostics of each source line, in order, followed on each
    /// crowded line by one warning that says how many more it has: a line with thousands of
    /// mistakes gives a short report.
    public func cappedPerLine() -> [Diagnostic] {
        var seen: [String: Int] = [:]
        var kept: [Diagnostic] = []
        var firstDropped: [String: Diagnostic] = [:]
        var order: [String] = []
        for d in self {
            let key = "\(d.location.file):\(d.location.line)"
            let count = seen[key, default: 0]
            seen[key] = count + 1
            if count < Self.perLineLimit {
                kept.append(d)
            } else if firstDropped[key] == nil {
                firstDropped[key] = d
                order.append(key)
            }
        }
        for key in order {
            let first = firstDropped[key]!
            let more = seen[key]! - Self.perLineLimit
            kept.append(Diagnostic("\(more) more problem\(more == 1 ? "" : "s") on this line are not listed; the first of them: \(first.message)",
                                   at: first.location, severity: .warning, sourceLine: first.sourceLine))
        }
        return kept
    }
}
