import Foundation

/// How cross-references and citations read, book-wide, from the first chapter's front
/// matter: `crossref:` prefixes (Quarto's `fig-prefix`, `tbl-prefix`, `eq-prefix`,
/// `sec-prefix`) and `citation-style: numeric | author-year`.
public struct ReferenceStyle: Sendable, Equatable {
    /// Numbered `[1]` citations in order of first use, or `(Murray 2019)`.
    public enum Citations: String, Sendable, Equatable, CaseIterable {
        case numeric
        case authorYear = "author-year"
    }

    /// The front matter keys under `crossref:` and the target kind each names.
    public static let prefixKeys = ["fig-prefix": "Figure", "tbl-prefix": "Table", "eq-prefix": "Equation", "sec-prefix": "Section"]
    static let defaultPrefixes = ["Figure": "Figure", "Table": "Table", "Equation": "Eq.", "Section": "Section", "Listing": "Listing"]

    /// The word before a target's number, per kind ("Figure", "Table", "Equation", "Section").
    public var prefixes: [String: String]
    public var citations: Citations

    public init(_ matter: FrontMatter = FrontMatter()) {
        var prefixes = Self.defaultPrefixes
        for (key, value) in matter.crossref { if let kind = Self.prefixKeys[key] { prefixes[kind] = value } }
        self.prefixes = prefixes
        citations = matter.citationStyle ?? .numeric
    }

    /// The text of a reference to `target` in `form`; no-break spaces keep "Figure 3.1" on one line.
    func text(_ target: Resolver.Target, form: CrossReference.Form) -> String {
        if target.number.isEmpty, let title = target.title {
            // An unnumbered section is named by its title.
            if case let .text(text) = form { return text }
            return title
        }
        let equation = target.kind == "Equation"
        let number = equation ? "(\(target.number))" : target.number
        func prefixed(_ prefix: String) -> String { prefix.isEmpty ? number : "\(prefix)\u{00A0}\(number)" }
        switch form {
        case .automatic: return prefixed(prefixes[target.kind] ?? target.kind)
        case .title: return target.title ?? prefixed(prefixes[target.kind] ?? target.kind)
        case .numberOnly: return number
        case let .prefixed(prefix): return prefixed(prefix)
        case let .template(template):
            return template.replacingOccurrences(of: "%s", with: target.number).replacingOccurrences(of: "{number}", with: target.number)
        case .equation: return number
        case let .text(text): return text
        }
    }
}
