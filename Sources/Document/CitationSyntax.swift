/// Pandoc and Quarto bracketed citations and references: `[see @a, p. 3; @b, chap. 2]`,
/// `[-@a]`, `[Fig. @fig-x]`, `[-@fig-x]`. The text between the brackets is read here.
enum CitationSyntax {
    /// What a bracketed group is.
    enum Group: Equatable {
        /// Only keys, as in `[@a; @b]`.
        case plain([String])
        case detailed([CitationGroup.Item])
        /// One cross-reference with words before it or a `-`.
        case reference(label: String, form: CrossReference.Form)
        /// It has an `@` at the start of a word but does not read as a citation.
        case unreadable
        /// No `@` at the start of a word: ordinary text.
        case none
    }

    /// Reads the text between `[` and `]`.
    static func group(_ inner: String) -> Group {
        let chars = Array(inner)
        let hasKey = chars.indices.contains { i in
            chars[i] == "@" && (i == 0 || " -".contains(chars[i - 1])) && i + 1 < chars.count && (chars[i + 1].isLetter || chars[i + 1] == "_")
        }
        guard hasKey else { return .none }
        var items: [CitationGroup.Item] = []
        for part in inner.split(separator: ";", omittingEmptySubsequences: false) {
            guard let item = self.item(String(part)) else { return .unreadable }
            items.append(item)
        }
        if items.count == 1, let only = items.first, InlineSyntax.referencePrefixes.contains(where: { only.key.hasPrefix($0) }) {
            guard only.locator.isEmpty else { return .unreadable }
            if only.suppressAuthor { return .reference(label: only.key, form: .numberOnly) }
            return .reference(label: only.key, form: only.prefix.isEmpty ? .automatic : .prefixed(only.prefix))
        }
        if items.allSatisfy({ $0.prefix.isEmpty && $0.locator.isEmpty && !$0.suppressAuthor }) {
            return .plain(items.map(\.key))
        }
        return .detailed(items)
    }

    /// `prefix -@key, locator` (the prefix, `-` and locator optional).
    static func item(_ text: String) -> CitationGroup.Item? {
        let chars = Array(text)
        guard let at = chars.indices.first(where: { chars[$0] == "@" && ($0 == 0 || " -".contains(chars[$0 - 1])) }) else { return nil }
        let suppress = at > 0 && chars[at - 1] == "-"
        let prefixEnd = suppress ? at - 1 : at
        let prefix = String(chars[..<prefixEnd]).trimmingCharacters(in: .whitespaces)
        guard !suppress || prefixEnd == 0 || chars[prefixEnd - 1] == " " else { return nil }
        let (key, end) = Self.key(chars, from: at + 1)
        guard !key.isEmpty else { return nil }
        var locator = String(chars[end...]).trimmingCharacters(in: .whitespaces)
        if locator.hasPrefix(",") { locator = String(locator.dropFirst()).trimmingCharacters(in: .whitespaces) }
        guard !locator.contains("@") else { return nil }
        return CitationGroup.Item(key: key, prefix: prefix, locator: locator, suppressAuthor: suppress)
    }

    /// A citation key or label starting at `start`: a letter or `_`, then letters, digits and
    /// `-_:.` (a trailing `.` or `:` is punctuation, not part of the key); and the index after it.
    static func key(_ chars: [Character], from start: Int) -> (String, Int) {
        guard start < chars.count, chars[start].isLetter || chars[start] == "_" else { return ("", start) }
        var j = start
        while j < chars.count, chars[j].isLetter || chars[j].isNumber || "-_:.".contains(chars[j]) { j += 1 }
        while j > start, ".:".contains(chars[j - 1]) { j -= 1 }
        return (String(chars[start..<j]), j)
    }
}
