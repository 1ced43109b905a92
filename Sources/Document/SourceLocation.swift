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

    /// `file:line:col: error: message` followed by the source line and a caret.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let sourceLine {
            let prefix = String(decoding: sourceLine.utf8.prefix(max(location.column - 1, 0)), as: UTF8.self)
            let indent = String(prefix.map { $0 == "\t" ? "\t" : " " })
            text += "\n  \(sourceLine)\n  \(indent)^"
        }
        return text
    }
}
