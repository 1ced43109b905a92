/// One chapter: its file, front matter and blocks.
public struct Chapter: Sendable, Equatable {
    public var file: String
    /// 1-based position in the book; numbers figures, tables, equations and sections.
    public var number: Int
    public var frontMatter: FrontMatter
    public var blocks: [Block]

    public init(file: String, number: Int, frontMatter: FrontMatter, blocks: [Block]) {
        self.file = file
        self.number = number
        self.frontMatter = frontMatter
        self.blocks = blocks
    }

    /// The front matter's title, or the text of the first level-1 heading.
    public var title: String {
        if let title = frontMatter.title { return title }
        for case let .heading(h) in blocks where h.level == 1 { return InlineText.plain(h.content) }
        return file
    }
}

/// The whole report: chapters in order, the bibliography, and what resolution found.
public struct Book: Sendable, Equatable {
    public var title: String
    public var authors: [String]
    public var chapters: [Chapter]
    public var bibliography: [BibliographyEntry]
    /// Citation keys in order of first citation (numbered `[1]`, `[2]`, ...).
    public var citedKeys: [String]
    public var diagnostics: [Diagnostic]
    /// The book-wide fields (project file, then the first chapter's front matter over it)
    /// shown on the title page and in the HTML header.
    public var metadata: FrontMatter

    public init(title: String, authors: [String] = [], chapters: [Chapter], bibliography: [BibliographyEntry] = [],
                citedKeys: [String] = [], diagnostics: [Diagnostic] = [], metadata: FrontMatter = FrontMatter()) {
        self.metadata = metadata
        self.title = title
        self.authors = authors
        self.chapters = chapters
        self.bibliography = bibliography
        self.citedKeys = citedKeys
        self.diagnostics = diagnostics
    }
}

/// Plain-text views of inline content (for titles, alt text, ids).
public enum InlineText {
    public static func plain(_ inlines: [Inline]) -> String {
        inlines.map(plain).joined()
    }

    public static func plain(_ inline: Inline) -> String {
        switch inline {
        case let .text(s), let .code(s): return s
        case let .emphasis(c), let .strong(c), let .strikethrough(c), let .subscripted(c), let .superscripted(c): return plain(c)
        case let .abbreviation(text, _): return text
        case let .crossReference(r): return r.text ?? r.label
        case let .cite(group): return group.items.map { "@" + $0.key }.joined(separator: "; ")
        case let .link(_, _, c): return plain(c)
        case let .image(_, _, alt, _): return plain(alt)
        case .softBreak, .lineBreak: return " "
        case .html: return ""
        case let .math(tex, _): return tex
        case let .reference(label, _, text): return text ?? label
        case let .citation(keys, _, text): return text ?? keys.joined(separator: "; ")
        case let .role(_, content, _): return content
        case let .parameter(key, _): return "{{\(key)}}"
        case let .footnoteReference(label): return "[\(label)]"
        case let .checkbox(checked): return checked ? "☑" : "☐"
        case let .error(d): return d.message
        }
    }

    /// A lower-case, hyphenated id from a heading's text.
    public static func slug(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                slug.append(ch)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}

/// Where a report came from: tool and chapter versions, date, and each experiment's
/// parameters, seed and compute time. Shown at the end of the report.
public struct Provenance: Sendable, Equatable {
    public struct ExperimentRecord: Sendable, Equatable {
        public var id: String
        public var kind: String
        public var status: String
        public var seconds: Double
        public var parameters: String

        public init(id: String, kind: String, status: String, seconds: Double, parameters: String) {
            self.id = id
            self.kind = kind
            self.status = status
            self.seconds = seconds
            self.parameters = parameters
        }
    }

    /// Ordered facts: ("Tool", "report 0.1.0"), ("Chapters commit", "abc123"), ...
    public var facts: [(String, String)]
    public var experiments: [ExperimentRecord]

    public init(facts: [(String, String)], experiments: [ExperimentRecord]) {
        self.facts = facts
        self.experiments = experiments
    }

    public static func == (a: Provenance, b: Provenance) -> Bool {
        a.experiments == b.experiments && a.facts.map(\.0) == b.facts.map(\.0) && a.facts.map(\.1) == b.facts.map(\.1)
    }
}
