/// Bottom-up rewriting of the inline content of blocks: the one traversal that every pass
/// over inline content (resolution of references, citations and roles) goes through.
extension Block {
    /// Applies `transform` to every inline in this block and in the blocks it contains.
    public func rewritingInlines(_ transform: (Inline) -> [Inline]) -> Block {
        func rewrite(_ inlines: [Inline]) -> [Inline] { inlines.flatMap { $0.rewriting(transform) } }
        func rewriteBlocks(_ blocks: [Block]) -> [Block] { blocks.map { $0.rewritingInlines(transform) } }
        switch self {
        case let .paragraph(c): return .paragraph(rewrite(c))
        case var .heading(h): h.content = rewrite(h.content); return .heading(h)
        case let .bulletList(items, tight): return .bulletList(items: items.map(rewriteBlocks), tight: tight)
        case let .orderedList(start, items, tight): return .orderedList(start: start, items: items.map(rewriteBlocks), tight: tight)
        case let .blockQuote(b): return .blockQuote(rewriteBlocks(b))
        case var .table(t):
            t.caption = rewrite(t.caption)
            t.header = t.header.map(rewrite)
            t.rows = t.rows.map { $0.map(rewrite) }
            return .table(t)
        case let .footnoteDefinition(label, content): return .footnoteDefinition(label: label, content: rewriteBlocks(content))
        case var .figure(f): f.caption = rewrite(f.caption); return .figure(f)
        case var .claim(c): c.statement = rewrite(c.statement); return .claim(c)
        case .codeBlock, .thematicBreak, .html, .displayMath, .directive, .experiment, .error: return self
        }
    }
}

extension Inline {
    /// Rewrites children first, then this inline.
    public func rewriting(_ transform: (Inline) -> [Inline]) -> [Inline] {
        func rewrite(_ inlines: [Inline]) -> [Inline] { inlines.flatMap { $0.rewriting(transform) } }
        switch self {
        case let .emphasis(c): return transform(.emphasis(rewrite(c)))
        case let .strong(c): return transform(.strong(rewrite(c)))
        case let .strikethrough(c): return transform(.strikethrough(rewrite(c)))
        case let .link(url, title, c): return transform(.link(url: url, title: title, content: rewrite(c)))
        case let .image(url, title, alt): return transform(.image(url: url, title: title, alt: rewrite(alt)))
        default: return transform(self)
        }
    }
}

extension Block {
    /// Replaces blocks bottom-up: `transform` sees every block, nested ones first, and
    /// returns its replacement (possibly several blocks or none).
    public func rewritingBlocks(_ transform: (Block) -> [Block]) -> [Block] {
        func rewrite(_ blocks: [Block]) -> [Block] { blocks.flatMap { $0.rewritingBlocks(transform) } }
        switch self {
        case let .bulletList(items, tight): return transform(.bulletList(items: items.map(rewrite), tight: tight))
        case let .orderedList(start, items, tight): return transform(.orderedList(start: start, items: items.map(rewrite), tight: tight))
        case let .blockQuote(b): return transform(.blockQuote(rewrite(b)))
        case let .footnoteDefinition(label, content): return transform(.footnoteDefinition(label: label, content: rewrite(content)))
        default: return transform(self)
        }
    }
}
