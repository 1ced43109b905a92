/// Resolution of a book after execution: numbers sections, figures, tables and labelled
/// equations per chapter ("Figure 2.3"), resolves `@fig-`, `@tbl-`, `@eq-`, `@sec-`
/// references across chapters and numbers `[@key]` citations in order of first use.
/// Unknown or duplicate labels and unknown citation keys become diagnostics and visible
/// errors in place.
public enum Resolver {
    /// What a label points at.
    public struct Target: Sendable, Equatable {
        public var kind: String
        public var number: String
        public var location: SourceLocation
    }

    public static func resolve(_ input: Book, sourceLines: (String, Int) -> String? = { _, _ in nil }) -> Book {
        var book = input
        var targets: [String: Target] = [:]
        var diagnostics: [Diagnostic] = []

        func register(_ label: String, kind: String, number: String, at location: SourceLocation) {
            if let existing = targets[label] {
                diagnostics.append(Diagnostic("duplicate label '\(label)' (first defined at \(existing.location))", at: location,
                                              sourceLine: sourceLines(location.file, location.line)))
            } else {
                targets[label] = Target(kind: kind, number: number, location: location)
            }
        }

        // Pass 1: numbering.
        for c in book.chapters.indices {
            let chapterNumber = book.chapters[c].number
            var sectionCounters = [Int](repeating: 0, count: 7)
            var figures = 0, tables = 0, equations = 0
            book.chapters[c].blocks = book.chapters[c].blocks.map { block in
                switch block {
                case var .heading(h):
                    if h.level == 1 {
                        h.number = "\(chapterNumber)"
                    } else {
                        sectionCounters[h.level] += 1
                        for deeper in (h.level + 1)..<sectionCounters.count { sectionCounters[deeper] = 0 }
                        h.number = ([chapterNumber] + sectionCounters[2...h.level].map { $0 }).map(String.init).joined(separator: ".")
                    }
                    register(h.id, kind: "Section", number: h.number!, at: h.location)
                    return .heading(h)
                case var .figure(f):
                    figures += 1
                    f.number = "\(chapterNumber).\(figures)"
                    register(f.id, kind: "Figure", number: f.number!, at: f.location)
                    return .figure(f)
                case var .table(t) where t.id != nil:
                    tables += 1
                    t.number = "\(chapterNumber).\(tables)"
                    register(t.id!, kind: "Table", number: t.number!, at: t.location ?? SourceLocation(file: book.chapters[c].file, line: 1, column: 1))
                    return .table(t)
                case var .displayMath(m) where m.label != nil:
                    equations += 1
                    m.number = "\(chapterNumber).\(equations)"
                    register(m.label!, kind: "Equation", number: m.number!, at: m.location)
                    return .displayMath(m)
                default:
                    return block
                }
            }
        }

        // Pass 2: references and citations.
        var cited: [String] = []
        let keys = Set(book.bibliography.map(\.key))
        for c in book.chapters.indices {
            book.chapters[c].blocks = book.chapters[c].blocks.map { block in
                block.rewritingInlines { inline in
                    switch inline {
                    case let .reference(label, location, _):
                        guard let target = targets[label] else {
                            let d = Diagnostic("unknown reference '@\(label)'; no figure, table, equation or section has this label",
                                               at: location, sourceLine: sourceLines(location.file, location.line))
                            diagnostics.append(d)
                            return [.error(d)]
                        }
                        let text = target.kind == "Equation" ? "Eq. (\(target.number))" : "\(target.kind) \(target.number)"
                        return [.reference(label: label, location: location, text: text)]
                    case let .citation(citationKeys, location, _):
                        var numbers: [Int] = []
                        for key in citationKeys {
                            guard keys.contains(key) else {
                                let d = Diagnostic("unknown citation key '\(key)'; it is not in references.bib", at: location,
                                                   sourceLine: sourceLines(location.file, location.line))
                                diagnostics.append(d)
                                return [.error(d)]
                            }
                            if !cited.contains(key) { cited.append(key) }
                            numbers.append(cited.firstIndex(of: key)! + 1)
                        }
                        return [.citation(keys: citationKeys, location: location,
                                          text: "[" + numbers.map(String.init).joined(separator: ", ") + "]")]
                    default:
                        return [inline]
                    }
                }
            }
        }
        book.citedKeys = cited
        book.diagnostics += diagnostics
        return book
    }
}
