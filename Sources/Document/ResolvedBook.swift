/// A book ready for the writers: every directive and role resolved (any left over becomes a
/// visible error with a diagnostic, so writers never meet one), with the views both writers
/// lay out built once: contents, claims summary, references list and provenance rows.
public struct ResolvedBook: Sendable {
    public private(set) var book: Book
    /// Headings of levels 1 to 3, at any depth, in book order.
    public let headings: [ContentsEntry]
    public let claims: ClaimsSummary
    public let references: [ReferenceItem]
    /// Where the report came from; set after the experiments ran.
    public var provenance: Provenance? {
        didSet { provenanceRows = provenance.map(ProvenanceRows.init) }
    }
    public private(set) var provenanceRows: ProvenanceRows?

    public init(_ input: Book, provenance: Provenance? = nil) {
        var book = input
        var leftovers = Leftovers()
        leftovers.rewrite(&book.chapters)
        book.diagnostics += leftovers.diagnostics
        self.book = book
        var headingCollector = NodeCollector<ContentsEntry>(blocks: { block in
            guard case let .heading(h) = block, h.level <= 3 else { return nil }
            return ContentsEntry(level: h.level, number: h.number, title: h.content, destination: h.id)
        })
        headingCollector.walk(book.chapters)
        headings = headingCollector.found
        claims = ClaimsSummary(claims: book.chapters.collect { if case let .claim(c) = $0 { return c }; return nil },
                               diagnostics: book.diagnostics)
        references = ReferenceItem.list(cited: book.citedKeys, bibliography: book.bibliography,
                                        style: ReferenceStyle(book.chapters.first?.frontMatter ?? FrontMatter()).citations)
        self.provenance = provenance
        provenanceRows = provenance.map(ProvenanceRows.init)
    }

    /// The headings up to `maxLevel`, then References and Provenance when the book has them.
    public func contents(maxLevel: Int) -> [ContentsEntry] {
        var entries = headings.filter { $0.level <= maxLevel }
        if !references.isEmpty { entries.append(ContentsEntry(level: 1, title: [.text("References")], destination: ReportIDs.references)) }
        if provenanceRows != nil { entries.append(ContentsEntry(level: 1, title: [.text("Provenance")], destination: ReportIDs.provenance)) }
        return entries
    }

    /// Sets each figure's `files` from `files` (by figure id); figures not named get none.
    public mutating func setFigureFiles(_ files: [String: [String]]) {
        var rewriter = ClosureRewriter(blocks: { block in
            guard case var .figure(f) = block else { return nil }
            f.files = files[f.id] ?? []
            return [.figure(f)]
        })
        rewriter.rewrite(&book.chapters)
    }

    public var title: String { book.title }
    public var authors: [String] { book.authors }
    public var titleBlock: TitleBlock { TitleBlock(book.metadata, authorNames: book.authors) }
    public var chapters: [Chapter] { book.chapters }
    public var diagnostics: [Diagnostic] { book.diagnostics }

    /// Turns directives, roles and `{{key}}` parameters that no pass resolved into errors
    /// shown in place.
    private struct Leftovers: DocumentRewriter {
        var diagnostics: [Diagnostic] = []

        mutating func rewrite(block: Block) -> [Block] {
            guard case let .directive(d) = block else { return [rewriteChildren(of: block)] }
            let problem = Diagnostic("directive '{\(d.name)}' was not resolved", at: d.location)
            diagnostics.append(problem)
            return [.error(problem)]
        }

        mutating func rewrite(inline: Inline) -> [Inline] {
            let problem: Diagnostic
            switch inline {
            case let .role(name, _, location): problem = Diagnostic("role '{\(name)}' was not resolved", at: location)
            case let .parameter(key, location): problem = Diagnostic("parameter '{{\(key)}}' was not resolved", at: location)
            case let .crossReference(r): problem = Diagnostic("reference to '\(r.label)' was not resolved", at: r.location)
            case let .cite(g): problem = Diagnostic("citation of '\(g.items.map(\.key).joined(separator: "; "))' was not resolved", at: g.location)
            default: return [rewriteChildren(of: inline)]
            }
            diagnostics.append(problem)
            return [.error(problem)]
        }
    }
}
