/// Pandoc's inline footnotes, `^[note text]`: the note becomes a footnote numbered with the
/// chapter's other footnotes in order of first reference.
enum InlineFootnotes {
    /// The provisional label of the `n`th inline note of a parse (1-based; `prefix` tells a
    /// container's parses apart), replaced by its number in ``FootnoteNumbering``.
    static func label(_ n: Int, prefix: String = "") -> String { "^\(prefix)\(n)" }

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
}
