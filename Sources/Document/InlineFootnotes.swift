/// Pandoc's inline footnotes, `^[note text]`: the note becomes a footnote numbered with the
/// chapter's other footnotes in order of first reference.
enum InlineFootnotes {
    /// The provisional label of the `n`th inline note of a chapter (1-based), replaced by its number.
    static func label(_ n: Int) -> String { "^\(n)" }

    /// Replaces each `^[...]` in `inlines` (its brackets may enclose emphasis, code, math) by a
    /// footnote reference; `define` keeps the note's content and returns its label.
    static func extract(_ inlines: [Inline], define: ([Inline]) -> String) -> [Inline] {
        var result: [Inline] = []
        var rest = inlines[...]
        while let first = rest.first {
            rest = rest.dropFirst()
            guard case let .text(text) = first, let open = text.range(of: "^[") else {
                result.append(first)
                continue
            }
            var note: [Inline] = []
            var depth = 1
            var after: Substring?
            var piece = text[open.upperBound...]
            var following = rest
            search: while true {
                if let close = closingBracket(in: piece, depth: &depth) {
                    appendText(piece[..<close], to: &note)
                    after = piece[piece.index(after: close)...]
                    break
                }
                appendText(piece, to: &note)
                while let next = following.first {
                    following = following.dropFirst()
                    if case let .text(t) = next {
                        piece = Substring(t)
                        continue search
                    }
                    note.append(next)
                }
                break
            }
            guard let after else {
                result.append(first)
                continue
            }
            if open.lowerBound > text.startIndex { result.append(.text(String(text[..<open.lowerBound]))) }
            result.append(.footnoteReference(label: define(note)))
            rest = after.isEmpty ? following : [.text(String(after))] + following
        }
        return result
    }

    /// Where the bracket that brings `depth` to zero stands in `piece`, if it does.
    private static func closingBracket(in piece: Substring, depth: inout Int) -> Substring.Index? {
        for k in piece.indices {
            if piece[k] == "[" { depth += 1 }
            if piece[k] == "]" {
                depth -= 1
                if depth == 0 { return k }
            }
        }
        return nil
    }

    private static func appendText(_ s: Substring, to note: inout [Inline]) {
        guard !s.isEmpty else { return }
        if case let .text(previous)? = note.last {
            note[note.count - 1] = .text(previous + s)
        } else {
            note.append(.text(String(s)))
        }
    }

    /// Numbers all footnotes of a chapter (cmark's `[^x]` ones and the inline ones) in order of
    /// first reference, and puts every definition at the end in that order.
    static func number(_ blocks: [Block], notes: [[Inline]]) -> [Block] {
        guard !notes.isEmpty else { return blocks }
        var definitions: [String: [Block]] = [:]
        for (n, content) in notes.enumerated() { definitions[label(n + 1)] = [.paragraph(content)] }
        var body: [Block] = []
        for block in blocks {
            if case let .footnoteDefinition(label, content) = block { definitions[label] = content } else { body.append(block) }
        }
        var order: [String] = []
        var collector = NodeCollector<String>(inlines: { inline in
            if case let .footnoteReference(label) = inline { return label }
            return nil
        })
        collector.walk(body)
        // References inside notes count after the text's own, in the order the notes are met.
        var pending = collector.found
        while !pending.isEmpty {
            let label = pending.removeFirst()
            guard !order.contains(label), let content = definitions[label] else { continue }
            order.append(label)
            var inner = NodeCollector<String>(inlines: { inline in
                if case let .footnoteReference(label) = inline { return label }
                return nil
            })
            inner.walk(content)
            pending += inner.found
        }
        let numbers = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, "\($0 + 1)") })
        var relabel = ClosureRewriter(inlines: { inline in
            guard case let .footnoteReference(label) = inline, let number = numbers[label] else { return nil }
            return [.footnoteReference(label: number)]
        })
        let unreferenced = definitions.keys.filter { numbers[$0] == nil }.sorted()
        return relabel.rewrite(body) + order.map { label in
            .footnoteDefinition(label: numbers[label]!, content: relabel.rewrite(definitions[label]!))
        } + unreferenced.map { .footnoteDefinition(label: $0, content: relabel.rewrite(definitions[$0]!)) }
    }
}
