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

    /// Authors as written ("Murray, James M." or "James M. Murray"), split on " and ".
    public var authors: [String] {
        (fields["author"] ?? "").components(separatedBy: " and ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Surnames for an author-year label ("Murray", "Saxe et al.").
    public var shortAuthors: String {
        let surnames = authors.map { name -> String in
            if let comma = name.firstIndex(of: ",") { return String(name[..<comma]) }
            return name.split(separator: " ").last.map(String.init) ?? name
        }
        switch surnames.count {
        case 0: return key
        case 1: return surnames[0]
        case 2: return "\(surnames[0]) and \(surnames[1])"
        default: return "\(surnames[0]) et al."
        }
    }

    /// "Authors (year). Title. Venue, volume, pages."
    public var formatted: (authors: String, year: String, title: String, venue: String) {
        let venue = [fields["journal"] ?? fields["booktitle"] ?? fields["publisher"] ?? fields["howpublished"],
                     fields["volume"], fields["pages"]].compactMap { $0 }.joined(separator: ", ")
        return (authors.joined(separator: ", "), fields["year"] ?? "n.d.", fields["title"] ?? key, venue)
    }

    /// A DOI or URL link, if any.
    public var link: String? {
        if let doi = fields["doi"] { return "https://doi.org/\(doi)" }
        return fields["url"]
    }
}

/// A small BibTeX reader: `@type{key, field = {value} | "value" | number, ...}`. Braces that
/// only protect capitalisation are removed; problems are diagnostics, never crashes.
public enum BibliographyParser {
    public static func parse(_ text: String, file: String) -> ([BibliographyEntry], [Diagnostic]) {
        var entries: [BibliographyEntry] = []
        var diagnostics: [Diagnostic] = []
        let chars = Array(text)
        var i = 0
        var line = 1
        func location() -> SourceLocation { SourceLocation(file: file, line: line, column: 1) }
        func advance() { if chars[i] == "\n" { line += 1 }; i += 1 }
        func skipSpace() { while i < chars.count, chars[i].isWhitespace { advance() } }
        func readWord() -> String {
            var word = ""
            while i < chars.count, chars[i].isLetter || chars[i].isNumber || "_-:.+/".contains(chars[i]) { word.append(chars[i]); advance() }
            return word
        }
        func readValue() -> String? {
            skipSpace()
            guard i < chars.count else { return nil }
            if chars[i] == "{" {
                var depth = 0
                var value = ""
                repeat {
                    if chars[i] == "{" { depth += 1; if depth > 1 { value.append("{") } }
                    else if chars[i] == "}" { depth -= 1; if depth > 0 { value.append("}") } }
                    else { value.append(chars[i]) }
                    advance()
                } while i < chars.count && depth > 0
                return depth == 0 ? value : nil
            }
            if chars[i] == "\"" {
                advance()
                var value = ""
                while i < chars.count, chars[i] != "\"" { value.append(chars[i]); advance() }
                guard i < chars.count else { return nil }
                advance()
                return value
            }
            let word = readWord()
            return word.isEmpty ? nil : word
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
            if type == "comment" || type == "preamble" || type == "string" { continue }
            skipSpace()
            let key = readWord()
            guard !key.isEmpty else {
                diagnostics.append(Diagnostic("bibliography entry without a key", at: start))
                continue
            }
            var fields: [String: String] = [:]
            var broken = false
            while true {
                skipSpace()
                guard i < chars.count else { broken = true; break }
                if chars[i] == "," { advance(); continue }
                if chars[i] == "}" || chars[i] == ")" { advance(); break }
                let name = readWord().lowercased()
                skipSpace()
                guard !name.isEmpty, i < chars.count, chars[i] == "=" else { broken = true; break }
                advance()
                guard let value = readValue() else { broken = true; break }
                fields[name] = value.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")
                    .replacingOccurrences(of: "\\&", with: "&").replacingOccurrences(of: "--", with: "–")
                    .split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ")
            }
            if broken {
                diagnostics.append(Diagnostic("bibliography entry '\(key)' is malformed (expected 'field = {value}')", at: start))
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
