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
    }

    public static func resolve(_ input: Book, sourceLines: @escaping (String, Int) -> String? = { _, _ in nil }) -> Book {
        var book = input
        var numbering = Numbering(sourceLines: sourceLines)
        for c in book.chapters.indices {
            numbering.start(chapter: book.chapters[c])
            book.chapters[c].blocks = numbering.rewrite(book.chapters[c].blocks)
        }
        var linking = Linking(targets: numbering.targets, keys: Set(book.bibliography.map(\.key)), sourceLines: sourceLines)
        linking.rewrite(&book.chapters)
        book.citedKeys = linking.cited
        book.diagnostics += numbering.diagnostics + linking.diagnostics + uncited(numbering.targets, referenced: linking.referenced)
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
    /// and records each label's target.
    struct Numbering: DocumentRewriter {
        let sourceLines: (String, Int) -> String?
        var targets: [String: Target] = [:]
        var diagnostics: [Diagnostic] = []
        private var chapterNumber = 0
        private var chapterFile = ""
        private var sectionCounters = [Int](repeating: 0, count: 7)
        private var figures = 0, tables = 0, equations = 0

        init(sourceLines: @escaping (String, Int) -> String?) {
            self.sourceLines = sourceLines
        }

        mutating func start(chapter: Chapter) {
            chapterNumber = chapter.number
            chapterFile = chapter.file
            sectionCounters = [Int](repeating: 0, count: 7)
            figures = 0
            tables = 0
            equations = 0
        }

        mutating func rewrite(block: Block) -> [Block] {
            switch rewriteChildren(of: block) {
            case var .heading(h):
                if h.level == 1 {
                    h.number = "\(chapterNumber)"
                } else {
                    sectionCounters[h.level] += 1
                    for deeper in (h.level + 1)..<sectionCounters.count { sectionCounters[deeper] = 0 }
                    h.number = ([chapterNumber] + sectionCounters[2...h.level]).map(String.init).joined(separator: ".")
                }
                register(h.id, kind: "Section", number: h.number!, at: h.location)
                return [.heading(h)]
            case var .figure(f):
                figures += 1
                f.number = "\(chapterNumber).\(figures)"
                register(f.id, kind: "Figure", number: f.number!, at: f.location)
                return [.figure(f)]
            case var .table(t) where t.id != nil:
                tables += 1
                t.number = "\(chapterNumber).\(tables)"
                register(t.id!, kind: "Table", number: t.number!, at: t.location ?? SourceLocation(file: chapterFile, line: 1, column: 1))
                return [.table(t)]
            case var .displayMath(m) where m.label != nil:
                equations += 1
                m.number = "\(chapterNumber).\(equations)"
                register(m.label!, kind: "Equation", number: m.number!, at: m.location)
                return [.displayMath(m)]
            case let other:
                return [other]
            }
        }

        private mutating func register(_ label: String, kind: String, number: String, at location: SourceLocation) {
            if let existing = targets[label] {
                diagnostics.append(Diagnostic("duplicate label '\(label)' (first defined at \(existing.location))", at: location,
                                              sourceLine: sourceLines(location.file, location.line)))
            } else {
                targets[label] = Target(kind: kind, number: number, location: location)
            }
        }
    }

    /// Fills in the text of references and citations, numbering citations by first use.
    struct Linking: DocumentRewriter {
        let targets: [String: Target]
        let keys: Set<String>
        let sourceLines: (String, Int) -> String?
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
                // No-break spaces keep "Eq. (2.5)" and "Figure 3.1" on one line.
                let text = target.kind == "Equation" ? "Eq.\u{00A0}(\(target.number))" : "\(target.kind)\u{00A0}\(target.number)"
                return [.reference(label: label, location: location, text: text)]
            case let .citation(citationKeys, location, _):
                var numbers: [Int] = []
                for key in citationKeys {
                    guard keys.contains(key) else {
                        return [.error(report("unknown citation key '\(key)'; it is not in references.bib", at: location))]
                    }
                    if !cited.contains(key) { cited.append(key) }
                    numbers.append(cited.firstIndex(of: key)! + 1)
                }
                return [.citation(keys: citationKeys, location: location,
                                  text: "[" + numbers.map(String.init).joined(separator: ", ") + "]")]
            case let other:
                return [other]
            }
        }

        private mutating func report(_ message: String, at location: SourceLocation) -> Diagnostic {
            let d = Diagnostic(message, at: location, sourceLine: sourceLines(location.file, location.line))
            diagnostics.append(d)
            return d
        }
    }
}
