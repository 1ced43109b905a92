/// Joins blocks that Markdown writes as separate paragraphs: a `: Caption {#tbl-x}`
/// paragraph right after a pipe table becomes its caption and id (Pandoc, Quarto), and a
/// `Term` line followed by `: definition` lines (in one paragraph, or after a blank line)
/// becomes a definition list (Pandoc, MyST).
struct BlockGrouping {
    let file: String
    let sourceLine: (Int) -> String?
    private(set) var blocks: [Block] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, sourceLine: @escaping (Int) -> String?) {
        self.file = file
        self.sourceLine = sourceLine
    }

    /// Adds the blocks made from one Markdown block that stands at `location`.
    mutating func add(_ new: [Block], at location: SourceLocation) {
        guard new.count == 1, case let .paragraph(content) = new[0] else {
            blocks += new
            return
        }
        let lines = Self.lines(content)
        if let first = lines.first, let definition = Self.definitionText(first) {
            switch blocks.last {
            case var .table(t)? where t.caption.isEmpty && t.id == nil && lines.count == 1:
                caption(&t, definition, at: location)
                blocks[blocks.count - 1] = .table(t)
                return
            case let .paragraph(term)? where Self.lines(term).count == 1:
                blocks.removeLast()
                append(DefinitionItem(term: term, definitions: Self.definitions(lines)))
                return
            case var .definitionList(items)?:
                items[items.count - 1].definitions += Self.definitions(lines)
                blocks[blocks.count - 1] = .definitionList(items)
                return
            default:
                break
            }
        }
        if lines.count > 1, Self.definitionText(lines[1]) != nil {
            append(DefinitionItem(term: lines[0], definitions: Self.definitions(Array(lines.dropFirst()))))
            return
        }
        blocks += new
    }

    /// Adds `item` to the definition list just before, or starts one.
    private mutating func append(_ item: DefinitionItem) {
        if case var .definitionList(items)? = blocks.last {
            items.append(item)
            blocks[blocks.count - 1] = .definitionList(items)
        } else {
            blocks.append(.definitionList([item]))
        }
    }

    /// The caption line's text, with a trailing `{#tbl-x}` as the table's id.
    private mutating func caption(_ table: inout Table, _ content: [Inline], at location: SourceLocation) {
        var caption = content
        if case let .text(last)? = caption.last, let (rest, attributes) = AttributeList.trailing(last) {
            caption.removeLast()
            if !rest.isEmpty { caption.append(.text(rest)) }
            if let id = attributes.id {
                if let problem = Label.problem(id, what: "table") {
                    diagnostics.append(Diagnostic(problem + "; the table is not numbered", at: location, sourceLine: sourceLine(location.line)))
                } else {
                    table.id = id
                }
            }
        }
        table.caption = caption
        table.location = location
    }

    /// Inline content split at soft line breaks.
    static func lines(_ content: [Inline]) -> [[Inline]] {
        var lines: [[Inline]] = [[]]
        for inline in content {
            if inline == .softBreak { lines.append([]) } else { lines[lines.count - 1].append(inline) }
        }
        return lines
    }

    /// A line's content after its leading `: `, or nil when it does not start so.
    static func definitionText(_ line: [Inline]) -> [Inline]? {
        guard case let .text(first)? = line.first, first.hasPrefix(": ") || first == ":" else { return nil }
        let rest = String(first.dropFirst()).drop { $0 == " " }
        return (rest.isEmpty ? [] : [.text(String(rest))]) + line.dropFirst()
    }

    /// Definitions from lines that start with `: `; other lines continue the one before.
    static func definitions(_ lines: [[Inline]]) -> [[Block]] {
        var result: [[Inline]] = []
        for line in lines {
            if let text = definitionText(line) {
                result.append(text)
            } else if !result.isEmpty {
                result[result.count - 1] += [.softBreak] + line
            }
        }
        return result.map { [.paragraph($0)] }
    }
}
