/// The text of a citation in the book's style. Numeric: "[1, 2]", "[see 1, p. 3; 2]", narrative
/// "Murray [1]". Author-year: "(Murray 2019; Saxe et al. 2014)", "(see Murray 2019, p. 3)",
/// narrative "Murray (2019)", and `[-@a]` "(2019)".
struct CitationText {
    let style: ReferenceStyle.Citations
    let entries: [String: BibliographyEntry]

    init(style: ReferenceStyle.Citations, bibliography: [BibliographyEntry]) {
        self.style = style
        entries = Dictionary(bibliography.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// `number` gives a cited key's number (first citation is 1).
    func text(_ group: CitationGroup, number: (String) -> Int) -> String {
        let items = group.items
        func joined(_ parts: [String], detailed: Bool) -> String { parts.joined(separator: detailed ? "; " : ", ") }
        let detailed = items.contains { !$0.prefix.isEmpty || !$0.locator.isEmpty }
        func words(_ item: CitationGroup.Item, _ core: String) -> String {
            [item.prefix, core + (item.locator.isEmpty ? "" : ", " + item.locator)].filter { !$0.isEmpty }.joined(separator: " ")
        }
        switch (style, group.mode) {
        case (.numeric, .parenthetical):
            return "[" + joined(items.map { words($0, "\(number($0.key))") }, detailed: detailed) + "]"
        case (.numeric, .narrative):
            return list(items.map { item in
                "\(authors(item.key))\u{00A0}[\(words(CitationGroup.Item(key: item.key, locator: item.locator), "\(number(item.key))"))]"
            })
        case (.authorYear, .parenthetical):
            return "(" + items.map { item in
                words(item, item.suppressAuthor ? year(item.key) : "\(authors(item.key)) \(year(item.key))")
            }.joined(separator: "; ") + ")"
        case (.authorYear, .narrative):
            return list(items.map { item in
                "\(authors(item.key)) (\(year(item.key))\(item.locator.isEmpty ? "" : ", " + item.locator))"
            })
        }
    }

    private func authors(_ key: String) -> String { entries[key]?.shortAuthors ?? key }
    private func year(_ key: String) -> String { entries[key]?.year ?? "n.d." }

    /// "A", "A and B", "A, B and C".
    private func list(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + parts.last!
    }
}
