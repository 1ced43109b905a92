import MathLayout

/// Resolution of a book after execution: numbers sections, figures, tables and labelled
/// equations per chapter ("Figure 2.3") wherever they stand in the tree, resolves `@fig-`,
/// `@tbl-`, `@eq-`, `@sec-` references across chapters and numbers `[@key]` citations in
/// order of first use. Unknown or duplicate labels and unknown citation keys become
/// diagnostics and visible errors in place.
public enum Resolver {
    /// What a label points at.
    public struct Target: Sendable, Equatable {
        public var kind: String
        public var number: String
        public var location: SourceLocation
        /// A section's title (what `{ref}`, `[](#label)` and references to an unnumbered section show).
        public var title: String?
    }

    public static func resolve(_ input: Book, sourceLines: @escaping (String, Int) -> String? = { _, _ in nil }) -> Book {
        var book = input
        var chosen = NodeCollector<String>(blocks: { block in
            switch block {
            case let .heading(h) where !h.idIsDerived: return h.id
            case let .figure(f): return f.id
            case let .table(t): return t.id
            case let .displayMath(m): return m.label
            case let .container(c): return c.id
            case let .listing(l): return l.id
            default: return nil
            }
        })
        chosen.walk(book.chapters)
        var numbering = Numbering(sourceLines: sourceLines, reserved: ReportIDs.reserved(in: book), chosen: Set(chosen.found))
        for c in book.chapters.indices {
            numbering.start(chapter: book.chapters[c])
            book.chapters[c].blocks = numbering.rewrite(book.chapters[c].blocks)
        }
        let style = ReferenceStyle(book.chapters.first?.frontMatter ?? FrontMatter())
        var linking = Linking(targets: numbering.targets, keys: Set(book.bibliography.map(\.key)), sourceLines: sourceLines,
                              style: style, citations: CitationText(style: style.citations, bibliography: book.bibliography),
                              reserved: numbering.reserved)
        linking.rewrite(&book.chapters)
        book.citedKeys = linking.cited
        book.diagnostics += numbering.diagnostics + linking.diagnostics + uncited(numbering.targets.filter { !numbering.panels.contains($0.key) }, referenced: linking.referenced)
        return book
    }

    /// A warning for each figure and table that no reference cites: a reader should meet
    /// every figure where the text discusses it.
    static func uncited(_ targets: [String: Target], referenced: Set<String>) -> [Diagnostic] {
        targets.filter { ($0.value.kind == "Figure" || $0.value.kind == "Table") && !referenced.contains($0.key) }
            .sorted { ($0.value.location.file, $0.value.location.line) < ($1.value.location.file, $1.value.location.line) }
            .map { label, target in
                Diagnostic("\(target.kind.lowercased()) '\(label)' is never cited; cite it as @\(label) where the text discusses it",
                           at: target.location, severity: .warning)
            }
    }

    /// Numbers headings, figures, `{table}` tables and labelled equations in document order
    /// and records each label's target. Ids stay unique: a label the report uses for its own
    /// parts or that an earlier label took is an error and gets a suffix (`-1`, `-2`, ...);
    /// a heading id made from its text gets a suffix silently.
    struct Numbering: DocumentRewriter {
        let sourceLines: (String, Int) -> String?
        /// The writers' own ids, with what each names.
        let reserved: [String: String]
        /// Every label the chapters choose, which a derived id keeps clear of.
        let chosen: Set<String>
        var targets: [String: Target] = [:]
        /// Claim ids seen so far (each names its claim's box and summary line).
        private var claims: Set<String> = []
        var diagnostics: [Diagnostic] = []
        private var chapterNumber = 0
        private var chapterFile = ""
        private var sectionCounters = [Int](repeating: 0, count: 7)
        private var figures = 0, tables = 0, equations = 0, listings = 0
        /// Labels of figure-grid panels (cited or not, their figure is what a reader meets).
        private(set) var panels: Set<String> = []
        private var headingNumbering = HeadingNumbering()

        init(sourceLines: @escaping (String, Int) -> String?, reserved: [String: String] = [:], chosen: Set<String> = []) {
            self.sourceLines = sourceLines
            self.reserved = reserved
            self.chosen = chosen
        }

        mutating func start(chapter: Chapter) {
            chapterNumber = chapter.number
            chapterFile = chapter.file
            headingNumbering = chapter.frontMatter.numbering ?? HeadingNumbering()
            sectionCounters = [Int](repeating: 0, count: 7)
            figures = 0
            tables = 0
            equations = 0
            listings = 0
        }

        mutating func rewrite(block: Block) -> [Block] {
            switch rewriteChildren(of: block) {
            case var .heading(h) where h.unnumbered || !headingNumbering.numbers(level: h.level):
                h.id = register(h.id, derived: h.idIsDerived, kind: "Section", number: "", at: h.location)
                targets[h.id]?.title = InlineText.plain(h.content)
                return [.heading(h)]
            case var .heading(h):
                if h.level == 1 {
                    h.number = "\(chapterNumber)"
                } else {
                    sectionCounters[h.level] += 1
                    for deeper in (h.level + 1)..<sectionCounters.count { sectionCounters[deeper] = 0 }
                    h.number = ([chapterNumber] + sectionCounters[2...h.level]).map(String.init).joined(separator: ".")
                }
                h.id = register(h.id, derived: h.idIsDerived, kind: "Section", number: h.number!, at: h.location,
                                title: InlineText.plain(h.content))
                return [.heading(h)]
            case var .figure(f) where f.numbered:
                figures += 1
                f.number = "\(chapterNumber).\(figures)"
                let id = f.id.isEmpty ? f.id : register(f.id, kind: "Figure", number: f.number!, at: f.location)
                if id != f.id {
                    // The artwork's ids start with the figure's id: they move with it.
                    f.artwork.svg = f.artwork.svg.replacingOccurrences(of: "id=\"\(f.id)-", with: "id=\"\(id)-")
                        .replacingOccurrences(of: "#\(f.id)-", with: "#\(id)-")
                    f.id = id
                }
                numberPanels(of: &f)
                return [.figure(f)]
            case var .claim(c):
                guard !claims.insert(c.id).inserted else { return [.claim(c)] }
                diagnostics.append(Diagnostic("duplicate claim id '\(c.id)'", at: c.location,
                                              sourceLine: sourceLines(c.location.file, c.location.line)))
                var suffix = 1
                while claims.contains("\(c.id)-\(suffix)") || reserved[ReportIDs.claim("\(c.id)-\(suffix)")] != nil { suffix += 1 }
                c.id = "\(c.id)-\(suffix)"
                claims.insert(c.id)
                return [.claim(c)]
            case var .table(t) where t.id != nil:
                tables += 1
                t.number = "\(chapterNumber).\(tables)"
                t.id = register(t.id!, kind: "Table", number: t.number!, at: t.location ?? SourceLocation(file: chapterFile, line: 1, column: 1))
                return [.table(t)]
            case var .displayMath(m) where m.label != nil:
                equations += 1
                m.number = "\(chapterNumber).\(equations)"
                m.label = register(m.label!, kind: "Equation", number: m.number!, at: m.location)
                return [.displayMath(m)]
            case var .displayMath(m):
                // Each row of `align` or `gather` takes its own number unless `\notag`.
                m.rows = MathParser.parse(m.tex).rowNumbering.map { row in
                    guard row.automatic || row.tag != nil else { return EquationRowNumber() }
                    if row.automatic { equations += 1 }
                    let number = row.tag ?? "\(chapterNumber).\(equations)"
                    return EquationRowNumber(number: number, id: row.label.map { register($0, kind: "Equation", number: number, at: m.texLocation) })
                }
                return [.displayMath(m)]
            case var .container(c) where c.id != nil:
                c.id = register(c.id!, kind: "Container", number: "", at: c.location, title: BlockTargets.title(of: c))
                return [.container(c)]
            case var .listing(l) where l.id != nil || !l.caption.isEmpty:
                if !l.caption.isEmpty {
                    listings += 1
                    l.number = "\(chapterNumber).\(listings)"
                }
                if let id = l.id {
                    l.id = register(id, kind: "Listing", number: l.number ?? "", at: l.location, title: l.number == nil ? id : nil)
                }
                return [.listing(l)]
            case let other:
                return [other]
            }
        }

        /// Records `label`'s target and returns the id it gets.
        private mutating func register(_ label: String, derived: Bool = false, kind: String, number: String,
                                       at location: SourceLocation, title: String? = nil) -> String {
            var problem: String?
            if let what = reserved[label] {
                problem = "id '\(label)' is the report's own id for \(what); choose another"
            } else if let existing = targets[label] {
                problem = "duplicate label '\(label)' (first defined at \(existing.location))"
            } else if !(derived && chosen.contains(label)) {
                targets[label] = Target(kind: kind, number: number, location: location, title: title)
                return label
            }
            if !derived, let problem {
                diagnostics.append(Diagnostic(problem, at: location, sourceLine: sourceLines(location.file, location.line)))
            }
            var suffix = 1
            while isTaken("\(label)-\(suffix)") { suffix += 1 }
            let id = "\(label)-\(suffix)"
            targets[id] = Target(kind: kind, number: number, location: location, title: title)
            return id
        }

        /// A grid's panels are numbered "3.2a", "3.2b", ...; those with a label are targets.
        private mutating func numberPanels(of f: inout FigureBlock) {
            for i in f.panels.indices {
                f.panels[i].number = f.number! + String(UnicodeScalar(UInt8(97 + i % 26)))
                guard !f.panels[i].id.isEmpty else { continue }
                f.panels[i].id = register(f.panels[i].id, kind: "Figure", number: f.panels[i].number!, at: f.panels[i].location)
                panels.insert(f.panels[i].id)
            }
        }

        private func isTaken(_ id: String) -> Bool {
            reserved[id] != nil || targets[id] != nil || chosen.contains(id)
        }
    }

    /// Fills in the text of references and citations, numbering citations by first use.
    struct Linking: DocumentRewriter {
        let targets: [String: Target]
        let keys: Set<String>
        let sourceLines: (String, Int) -> String?
        let style: ReferenceStyle
        let citations: CitationText
        /// The writers' own ids, which `[text](#id)` links may name.
        let reserved: [String: String]
        var cited: [String] = []
        /// Labels that some reference points at.
        var referenced: Set<String> = []
        var diagnostics: [Diagnostic] = []

        mutating func rewrite(inline: Inline) -> [Inline] {
            switch rewriteChildren(of: inline) {
            case let .reference(label, location, _):
                referenced.insert(label)
                guard let target = targets[label] else {
                    return [.error(report("unknown reference '@\(label)'; no figure, table, equation or section has this label", at: location))]
                }
                return [.reference(label: label, location: location, text: style.text(target, form: .automatic))]
            case let .crossReference(r):
                referenced.insert(r.label)
                guard let target = targets[r.label] else {
                    if case let .text(text) = r.form, reserved[r.label] != nil {
                        // `[text](#references)`: a part the writers make.
                        return [.link(url: "#" + r.label, title: "", content: [.text(text)])]
                    }
                    return [.error(report("unknown reference '\(r.label)'; no heading, figure, table or equation has this label", at: r.location))]
                }
                return [.reference(label: r.label, location: r.location, text: style.text(target, form: r.form))]
            case let .citation(citationKeys, location, _):
                return cite(CitationGroup(items: citationKeys.map { CitationGroup.Item(key: $0) }, mode: .parenthetical, location: location))
            case let .cite(group):
                if group.mode == .narrative, group.items.count == 1, !keys.contains(group.items[0].key) {
                    // `@word` that names no work: a label of a target, or text.
                    let label = group.items[0].key
                    if let target = targets[label] {
                        referenced.insert(label)
                        return [.reference(label: label, location: group.location, text: style.text(target, form: .automatic))]
                    }
                    return [.text("@" + label)]
                }
                return cite(group)

            case let other:
                return [other]
            }
        }

        /// A citation's text, numbering its works by first citation.
        private mutating func cite(_ group: CitationGroup) -> [Inline] {
            for item in group.items where !keys.contains(item.key) {
                return [.error(report("unknown citation key '\(item.key)'; it is not in references.bib", at: group.location))]
            }
            for item in group.items where !cited.contains(item.key) { cited.append(item.key) }
            let text = citations.text(group, number: { cited.firstIndex(of: $0)! + 1 })
            return [.citation(keys: group.items.map(\.key), location: group.location, text: text)]
        }

        private mutating func report(_ message: String, at location: SourceLocation) -> Diagnostic {
            let d = Diagnostic(message, at: location, sourceLine: sourceLines(location.file, location.line))
            diagnostics.append(d)
            return d
        }
    }
}
