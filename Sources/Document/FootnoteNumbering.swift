import Foundation

/// Footnotes across a chapter's containers. Each container's content is parsed on its own,
/// so cmark would not see a `[^x]` inside a `{note}` whose definition stands outside it (nor
/// keep a definition only containers use). So every parse names references and definitions
/// by their label (read from the source at the reference) rather than cmark's local number;
/// the chapter's parse ends with a hidden paragraph citing every label the chapter defines
/// (keeping each definition), a container's parse with hidden stand-in definitions of the
/// chapter's labels (making its references references); both are dropped after parsing.
/// ``number(_:)`` then numbers the whole chapter at once.
enum FootnoteNumbering {
    /// The labels of the footnote definitions `[^label]: ...` written in `text`, normalized.
    static func definedLabels(_ text: String) -> [String] {
        var labels: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let body = line.drop { $0 == " " }
            guard line.count - body.count <= 3, body.hasPrefix("[^"), let close = body.firstIndex(of: "]"),
                  body[body.index(after: close)...].hasPrefix(":") else { continue }
            let label = normalized(body[body.index(body.startIndex, offsetBy: 2)..<close])
            if !label.isEmpty, !labels.contains(label) { labels.append(label) }
        }
        return labels
    }

    /// cmark's matching of labels: case and runs of spaces do not matter.
    static func normalized<S: StringProtocol>(_ label: S) -> String {
        label.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// What to append to a parse's text so its footnotes resolve, or "" when nothing is needed:
    /// for the chapter, a paragraph citing `chapterLabels`; for a container, stand-in
    /// definitions of the chapter's labels that `text` does not define itself.
    static func tail(for text: String, chapterLabels: [String], nested: Bool) -> String {
        if !nested { return chapterLabels.isEmpty ? "" : chapterLabels.map { "[^\($0)]" }.joined(separator: " ") + "\n" }
        let own = Set(definedLabels(text))
        let missing = chapterLabels.filter { !own.contains($0) }
        return missing.map { "[^\($0)]: \u{2060}\n" }.joined(separator: "\n")
    }

    /// The label written at a footnote reference: `lines` are the bytes cmark read, `line` and
    /// `column` (1-based) where the reference's `[^` starts.
    static func label(in lines: [[UInt8]], line: Int, column: Int) -> String? {
        guard line >= 1, line <= lines.count else { return nil }
        let bytes = lines[line - 1]
        let start = column - 1 + 2
        guard column >= 1, start <= bytes.count, bytes[column - 1] == UInt8(ascii: "["),
              let close = bytes[start...].firstIndex(of: UInt8(ascii: "]")) else { return nil }
        return normalized(String(decoding: bytes[start..<close], as: UTF8.self))
    }

    /// Numbers all footnotes of a chapter (`[^x]` ones and inline `^[...]` ones, wherever they
    /// stand, containers included) in order of first reference, and puts every referenced
    /// definition at the end in that order. A reference without a definition is shown as written.
    static func number(_ blocks: [Block]) -> [Block] {
        var definitions: [String: [Block]] = [:]
        var hoist = ClosureRewriter(blocks: { block in
            guard case let .footnoteDefinition(label, content) = block else { return nil }
            if definitions[label] == nil { definitions[label] = content }
            return []
        })
        let body = hoist.rewrite(blocks)
        guard !definitions.isEmpty || containsReference(body) else { return blocks }
        func references(_ blocks: [Block]) -> [String] {
            var collector = NodeCollector<String>(inlines: { inline in
                if case let .footnoteReference(label) = inline { return label }
                return nil
            })
            collector.walk(blocks)
            return collector.found
        }
        var order: [String] = []
        // References inside notes count after the text's own, in the order the notes are met.
        var pending = references(body)
        while !pending.isEmpty {
            let label = pending.removeFirst()
            guard !order.contains(label), let content = definitions[label] else { continue }
            order.append(label)
            pending += references(content)
        }
        let numbers = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, "\($0 + 1)") })
        var relabel = ClosureRewriter(inlines: { inline in
            guard case let .footnoteReference(label) = inline else { return nil }
            guard let number = numbers[label] else { return [.text("[^\(label)]")] }
            return [.footnoteReference(label: number)]
        })
        return relabel.rewrite(body) + order.map { label in
            .footnoteDefinition(label: numbers[label]!, content: relabel.rewrite(definitions[label]!))
        }
    }

    private static func containsReference(_ blocks: [Block]) -> Bool {
        var collector = NodeCollector<Bool>(inlines: { inline in
            if case .footnoteReference = inline { return true }
            return nil
        })
        collector.walk(blocks)
        return !collector.found.isEmpty
    }
}
