/// A Pandoc/Quarto attribute list, `{#id .class key=value key="quoted value"}`, as written
/// after headings (`{#sec-x .unnumbered}`, `{-}`), images (`{#fig-x width=60%}`) and on
/// colon-fence divs (`::: {.callout-note title="Careful"}`).
public struct AttributeList: Sendable, Equatable {
    public var id: String?
    public var classes: [String]
    /// `key=value` pairs in the order written.
    public var pairs: [(key: String, value: String)]

    public init(id: String? = nil, classes: [String] = [], pairs: [(key: String, value: String)] = []) {
        self.id = id
        self.classes = classes
        self.pairs = pairs
    }

    public func value(_ key: String) -> String? { pairs.first { $0.key == key }?.value }

    public static func == (a: AttributeList, b: AttributeList) -> Bool {
        a.id == b.id && a.classes == b.classes && a.pairs.map(\.key) == b.pairs.map(\.key) && a.pairs.map(\.value) == b.pairs.map(\.value)
    }

    /// Parses `{...}` (the braces included, surrounding white space allowed). Returns nil when
    /// the text is not an attribute list, so the caller keeps it as text. `{-}` is Pandoc's
    /// shorthand for the class `unnumbered`.
    public static func parse(_ text: String) -> AttributeList? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("{"), trimmed.hasSuffix("}"), trimmed.count >= 2 else { return nil }
        let chars = Array(trimmed.dropFirst().dropLast())
        var result = AttributeList()
        var i = 0
        func isNameCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || "-_:.".contains(c) }
        while i < chars.count {
            if chars[i] == " " || chars[i] == "\t" { i += 1; continue }
            if chars[i] == "#" || chars[i] == "." {
                let sigil = chars[i]
                var j = i + 1
                while j < chars.count, isNameCharacter(chars[j]) { j += 1 }
                let name = String(chars[(i + 1)..<j])
                guard !name.isEmpty else { return nil }
                if sigil == "#" {
                    guard result.id == nil else { return nil }
                    result.id = name
                } else {
                    result.classes.append(name)
                }
                i = j
                continue
            }
            if chars[i] == "-", i + 1 == chars.count || chars[i + 1] == " " {
                result.classes.append("unnumbered")
                i += 1
                continue
            }
            var j = i
            while j < chars.count, isNameCharacter(chars[j]) { j += 1 }
            guard j > i, j < chars.count, chars[j] == "=" else { return nil }
            let key = String(chars[i..<j])
            j += 1
            var value = ""
            if j < chars.count, chars[j] == "\"" || chars[j] == "'" {
                let quote = chars[j]
                j += 1
                while j < chars.count, chars[j] != quote {
                    if chars[j] == "\\", j + 1 < chars.count { j += 1 }
                    value.append(chars[j])
                    j += 1
                }
                guard j < chars.count else { return nil }
                j += 1
            } else {
                while j < chars.count, chars[j] != " ", chars[j] != "\t" { value.append(chars[j]); j += 1 }
            }
            result.pairs.append((key, value))
            i = j
        }
        return result
    }

    /// Splits a trailing attribute list off `text` ("Results {#sec-r}" gives "Results" and the
    /// list); nil when the text does not end in one.
    public static func trailing(_ text: String) -> (before: String, attributes: AttributeList)? {
        guard text.hasSuffix("}") else { return nil }
        var index = text.endIndex
        while let open = text[..<index].lastIndex(of: "{") {
            if let attributes = parse(String(text[open...])) {
                // Only the space before the braces goes: text after inline math keeps its
                // leading space ("$W$ needs {#tbl-x}").
                return (String(text[..<open].reversed().drop { $0 == " " || $0 == "\t" }.reversed()), attributes)
            }
            index = open
        }
        return nil
    }
}
