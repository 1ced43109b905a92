/// One entry of `references.bib`.
public struct BibliographyEntry: Sendable, Equatable {
    public var key: String
    public var type: String
    public var fields: [String: String]
    public var location: SourceLocation

    public init(key: String, type: String, fields: [String: String], location: SourceLocation) {
        self.key = key
        self.type = type
        self.fields = fields
        self.location = location
    }

    /// Authors as written ("Murray, James M." or "James M. Murray"), split on " and "; a final
    /// "others" (BibTeX's `and others`) is dropped and noted by ``hasMoreAuthors``.
    public var authors: [String] {
        let names = (fields["author"] ?? fields["editor"] ?? "").components(separatedBy: " and ")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return names.last == "others" ? Array(names.dropLast()) : names
    }

    /// The author list ends with `and others`.
    public var hasMoreAuthors: Bool {
        (fields["author"] ?? fields["editor"] ?? "").trimmingCharacters(in: .whitespaces).hasSuffix(" and others")
    }

    /// Surnames for an author-year label ("Murray", "Saxe and Ganguli", "Saxe et al.").
    public var shortAuthors: String {
        let surnames = authors.map { PersonName($0).family }
        switch (surnames.count, hasMoreAuthors) {
        case (0, _): return key
        case (1, false): return surnames[0]
        case (2, false): return "\(surnames[0]) and \(surnames[1])"
        default: return "\(surnames[0]) et al."
        }
    }

    public var year: String { fields["year"] ?? "n.d." }
}

/// A small BibTeX reader: `@type{key, field = {value} | "value" | number | macro, ...}`, with
/// `@string{name = "value"}` macros (and the month names) and `#` concatenation. Field text is
/// converted to Unicode by ``BibTeXText``; problems are diagnostics naming the entry, never crashes.
public enum BibliographyParser {
    static let months = ["jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
                         "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November", "dec": "December"]
    /// Fields kept as written (only braces removed).
    static let verbatimFields: Set<String> = ["url", "doi", "eprint", "file"]

    public static func parse(_ text: String, file: String) -> ([BibliographyEntry], [Diagnostic]) {
        var entries: [BibliographyEntry] = []
        var diagnostics: [Diagnostic] = []
        var macros = months
        let chars = Array(text)
        var i = 0
        var line = 1, lineStart = 0
        func location() -> SourceLocation { SourceLocation(file: file, line: line, column: i - lineStart + 1) }
        func advance() {
            if chars[i] == "\n" { line += 1; lineStart = i + 1 }
            i += 1
        }
        func skipSpace() { while i < chars.count, chars[i].isWhitespace { advance() } }
        func readWord() -> String {
            var word = ""
            while i < chars.count, chars[i].isLetter || chars[i].isNumber || "_-:.+/".contains(chars[i]) { word.append(chars[i]); advance() }
            return word
        }
        /// One braced or quoted string, a number or a macro name; nil when none can be read.
        func readPart(entry: String) -> String? {
            skipSpace()
            guard i < chars.count else { return nil }
            if chars[i] == "{" || chars[i] == "\"" {
                let quoted = chars[i] == "\""
                var depth = quoted ? 0 : 1
                var value = ""
                advance()
                while i < chars.count {
                    if chars[i] == "{" { depth += 1 } else if chars[i] == "}" { depth -= 1 }
                    if quoted ? (chars[i] == "\"" && depth == 0) : depth == 0 { break }
                    value.append(chars[i])
                    advance()
                }
                guard i < chars.count else { return nil }
                advance()
                return value
            }
            let at = location()
            let word = readWord()
            guard !word.isEmpty else { return nil }
            if word.allSatisfy(\.isNumber) { return word }
            guard let value = macros[word.lowercased()] else {
                diagnostics.append(Diagnostic("bibliography entry '\(entry)': unknown @string macro '\(word)'; it is shown as its name", at: at))
                return word
            }
            return value
        }
        /// Parts joined by `#`.
        func readValue(entry: String) -> String? {
            guard var value = readPart(entry: entry) else { return nil }
            skipSpace()
            while i < chars.count, chars[i] == "#" {
                advance()
                guard let next = readPart(entry: entry) else { return nil }
                value += next
                skipSpace()
            }
            return value
        }
        while i < chars.count {
            guard chars[i] == "@" else { advance(); continue }
            let start = location()
            advance()
            let type = readWord().lowercased()
            skipSpace()
            guard i < chars.count, chars[i] == "{" || chars[i] == "(" else {
                diagnostics.append(Diagnostic("expected '{' after @\(type)", at: start))
                continue
            }
            advance()
            if type == "comment" || type == "preamble" { continue }
            skipSpace()
            if type == "string" {
                let name = readWord().lowercased()
                skipSpace()
                guard !name.isEmpty, i < chars.count, chars[i] == "=" else {
                    diagnostics.append(Diagnostic("@string needs 'name = \"value\"'", at: location()))
                    continue
                }
                advance()
                guard let value = readValue(entry: "@string \(name)") else {
                    diagnostics.append(Diagnostic("@string '\(name)' has no readable value", at: start))
                    continue
                }
                macros[name] = value
                continue
            }
            let key = readWord()
            guard !key.isEmpty else {
                diagnostics.append(Diagnostic("bibliography entry without a key", at: start))
                continue
            }
            var fields: [String: String] = [:]
            var broken: SourceLocation?
            while true {
                skipSpace()
                guard i < chars.count else { broken = location(); break }
                if chars[i] == "," { advance(); continue }
                if chars[i] == "}" || chars[i] == ")" { advance(); break }
                let fieldStart = location()
                let name = readWord().lowercased()
                skipSpace()
                guard !name.isEmpty, i < chars.count, chars[i] == "=" else { broken = fieldStart; break }
                advance()
                guard let value = readValue(entry: key) else { broken = fieldStart; break }
                if verbatimFields.contains(name) {
                    fields[name] = BibTeXText.verbatim(value)
                } else {
                    let (converted, unknown) = BibTeXText.convert(value)
                    fields[name] = converted
                    if !unknown.isEmpty {
                        diagnostics.append(Diagnostic("bibliography entry '\(key)', field '\(name)': unknown command\(unknown.count == 1 ? "" : "s") \(unknown.joined(separator: ", ")); shown without the backslash",
                                                      at: fieldStart, severity: .warning))
                    }
                }
            }
            if let broken {
                diagnostics.append(Diagnostic("bibliography entry '\(key)' cannot be read from here (expected 'field = {value}' or a closing brace); it keeps the fields before",
                                              at: broken))
                // Skip to the next entry.
                while i < chars.count, chars[i] != "@" { advance() }
            }
            if entries.contains(where: { $0.key == key }) {
                diagnostics.append(Diagnostic("duplicate bibliography key '\(key)'", at: start))
            } else {
                entries.append(BibliographyEntry(key: key, type: type, fields: fields, location: start))
            }
        }
        return (entries, diagnostics)
    }
}
