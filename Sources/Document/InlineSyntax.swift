import CCmark
import Foundation

/// The project's inline syntax on top of CommonMark text: math placeholders, roles
/// (`{value}`exp.path``), cross-references (`@fig-id`), citations (`[@key; @other]`) and
/// parameters (`{{key}}`).
struct InlineSyntax {
    static let referencePrefixes = ["fig-", "tbl-", "eq-", "sec-"]

    let file: String
    let math: MathProtection
    let originalColumn: (Int, Int) -> Int

    init(context: some InlineLocating) {
        file = context.file
        math = context.math
        originalColumn = context.math.originalColumn
    }

    /// Rewrites the inlines of one container; `nodes[i]` is the cmark node `inlines[i]` came from.
    func rewrite(_ inlines: [Inline], nodes: [OpaquePointer], container: OpaquePointer,
                 report: (String, SourceLocation) -> Void, warn: (String, SourceLocation) -> Void,
                 note: ([Inline]) -> String) -> [Inline] {
        // Merge runs of text (cmark splits text at brackets) keeping the first node's position.
        // Text cmark makes itself (an undefined footnote's `[^x]`) has no position: a run
        // that starts with it is placed back from the next node, or at the container.
        var merged: [(inline: Inline, at: (line: Int, column: Int)?)] = []
        for (inline, node) in zip(inlines, nodes) {
            let line = Int(cmark_node_get_start_line(node)), column = Int(cmark_node_get_start_column(node))
            let at: (line: Int, column: Int)? = line >= 1 && column >= 1 ? (line, column) : nil
            if case let .text(s) = inline, case let (.text(previous), first)? = merged.last {
                let placed = first ?? at.map { ($0.line, max(1, $0.column - previous.utf8.count)) }
                merged[merged.count - 1] = (.text(previous + s), placed)
            } else {
                merged.append((inline, at))
            }
        }
        let fallback = (line: max(1, Int(cmark_node_get_start_line(container))), column: max(1, Int(cmark_node_get_start_column(container))))
        var result: [Inline] = []
        var i = 0
        while i < merged.count {
            let (inline, at) = merged[i]
            if case let .link(url, _, content) = inline, url.hasPrefix("#"), Label.isValid(String(url.dropFirst())),
               content.allSatisfy({ if case .text = $0 { return true }; return $0 == .softBreak }) {
                // `[](#label)` and `[text](#label)`: references to a target (formatted link text stays a link).
                let (line, column) = at ?? fallback
                let form: CrossReference.Form = content.isEmpty ? .title : .text(InlineText.plain(content))
                result.append(.crossReference(CrossReference(label: String(url.dropFirst()), form: form,
                                                             location: SourceLocation(file: file, line: line, column: originalColumn(line, column)))))
                i += 1
                continue
            }
            guard case var .text(text) = inline else {
                result.append(inline)
                i += 1
                continue
            }
            let (line, column) = at ?? fallback
            func location(_ offset: Int) -> SourceLocation {
                SourceLocation(file: file, line: line, column: originalColumn(line, column + offset))
            }
            var role: Inline?
            if i + 1 < merged.count, case let .code(content) = merged[i + 1].inline,
               let (name, start) = Self.trailingRoleName(text) {
                let at = location(text.utf8.count - (text.count - start))
                role = RoleSyntax.inline(name: name, content: content, location: at, report: report)
                    ?? .role(name: name, content: content, location: at)
                text = String(text.prefix(start))
            }
            result += scan(text, location: location, warn: warn)
            if let role {
                result.append(role)
                i += 2
            } else {
                i += 1
            }
        }
        return InlineFootnotes.extract(result, define: note)
    }

    /// The key of `{{ key }}` whose name starts at `start` (after the `{{`), and the index after
    /// its `}}`; a key is letters, digits, '_', '-' or '.'.
    static func parameterKey(_ chars: [Character], from start: Int) -> (name: String, end: Int)? {
        var j = start
        while j + 1 < chars.count, !(chars[j] == "}" && chars[j + 1] == "}") { j += 1 }
        guard j + 1 < chars.count else { return nil }
        let name = String(chars[start..<j]).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "_-.".contains($0) }) else { return nil }
        return (name, j + 2)
    }

    /// Pandoc's `H~2~O` and `x^2^`: the text up to the next `~` (or `^`) after `start`, when it
    /// is not empty and holds no white space.
    static func script(_ chars: [Character], at start: Int) -> String? {
        let marker = chars[start]
        var close = start + 1
        while close < chars.count, chars[close] != marker, !chars[close].isWhitespace { close += 1 }
        guard close < chars.count, chars[close] == marker, close > start + 1 else { return nil }
        return String(chars[(start + 1)..<close])
    }

    /// `{name}` at the very end of a text run: the role's name and where it starts.
    static func trailingRoleName(_ text: String) -> (String, Int)? {
        guard text.hasSuffix("}"), let open = text.lastIndex(of: "{") else { return nil }
        let name = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" || $0 == ":" }) else { return nil }
        return (String(name), text.distance(from: text.startIndex, to: open))
    }

    /// Splits a text run into text, inline math, references, citations and parameters.
    func scan(_ text: String, location: (Int) -> SourceLocation, warn: (String, SourceLocation) -> Void) -> [Inline] {
        var result: [Inline] = []
        var buffer = ""
        let chars = Array(text)
        var byteOffset = 0
        var i = 0
        func flush() { if !buffer.isEmpty { result.append(.text(buffer)); buffer = "" } }
        func advance(_ n: Int) {
            for k in 0..<n { byteOffset += String(chars[i + k]).utf8.count }
            i += n
        }
        while i < chars.count {
            let ch = chars[i]
            if ch == MathProtection.inlineOpen, let close = chars[i...].firstIndex(of: MathProtection.inlineClose),
               let index = Int(String(chars[(i + 1)..<close])), index < math.spans.count {
                flush()
                let span = math.spans[index]
                result.append(.math(tex: span.tex, location: span.location))
                advance(close - i + 1)
                continue
            }
            if ch == "[", i == 0 || chars[i - 1] != "^", let close = chars[i..<min(chars.count, i + 400)].firstIndex(of: "]") {
                let at = location(byteOffset)
                switch CitationSyntax.group(String(chars[(i + 1)..<close])) {
                case let .plain(keys): flush(); result.append(.citation(keys: keys, location: at, text: nil))
                case let .detailed(items): flush(); result.append(.cite(CitationGroup(items: items, mode: .parenthetical, location: at)))
                case let .reference(label, form): flush(); result.append(.crossReference(CrossReference(label: label, form: form, location: at)))
                case .unreadable:
                    warn("'\(String(chars[i...close]).prefix(60))' looks like a citation but does not read as one (write [see @key, p. 3; @other]); it is shown as text",
                           at)
                    buffer.append(ch)
                    advance(1)
                    continue
                case .none:
                    buffer.append(ch)
                    advance(1)
                    continue
                }
                advance(close - i + 1)
                continue
            }
            if ch == "~" || (ch == "^" && chars.dropFirst(i + 1).first != "["), let script = Self.script(chars, at: i) {
                flush()
                result.append(ch == "~" ? .subscripted([.text(script)]) : .superscripted([.text(script)]))
                advance(script.count + 2)
                continue
            }
            if ch == "{", i + 1 < chars.count, chars[i + 1] == "{", let key = Self.parameterKey(chars, from: i + 2) {
                flush()
                result.append(.parameter(key: key.name, location: location(byteOffset)))
                advance(key.end - i)
                continue
            }
            if ch == "@", i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber) {
                var j = i + 1
                while j < chars.count, chars[j].isLetter || chars[j].isNumber || "-_:.".contains(chars[j]) { j += 1 }
                while j > i + 1, ".:".contains(chars[j - 1]) { j -= 1 }
                let label = String(chars[(i + 1)..<j])
                if Self.referencePrefixes.contains(where: { label.hasPrefix($0) && label.count > $0.count }) {
                    flush()
                    result.append(.reference(label: label, location: location(byteOffset), text: nil))
                    advance(j - i)
                    continue
                }
                let (key, end) = CitationSyntax.key(chars, from: i + 1)
                if !key.isEmpty {
                    // A narrative citation when the key is in the bibliography; resolution keeps other `@words` as text.
                    flush()
                    result.append(.cite(CitationGroup(items: [CitationGroup.Item(key: key)], mode: .narrative, location: location(byteOffset))))
                    advance(end - i)
                    continue
                }
            }
            buffer.append(ch)
            advance(1)
        }
        flush()
        return result
    }
}

/// What `InlineSyntax` needs from the parse.
protocol InlineLocating {
    var file: String { get }
    var math: MathProtection { get }
}
