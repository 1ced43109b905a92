/// A pass that reads a document tree: `visit` is called for every block and inline in
/// document order, and by default descends into the node's children, so a pass writes only
/// the cases it cares about (a figure inside a block quote, a list item or a footnote is
/// visited like one at the top level). An override that still wants the children calls
/// `descend(into:)`.
public protocol DocumentWalker {
    mutating func visit(block: Block)
    mutating func visit(inline: Inline)
}

extension DocumentWalker {
    public mutating func visit(block: Block) { descend(into: block) }
    public mutating func visit(inline: Inline) { descend(into: inline) }

    /// Visits the blocks and then the inlines directly inside `block`.
    public mutating func descend(into block: Block) {
        for child in block.childBlocks { visit(block: child) }
        for inline in block.childInlines { visit(inline: inline) }
    }

    /// Visits the inlines directly inside `inline`.
    public mutating func descend(into inline: Inline) {
        for child in inline.childInlines { visit(inline: child) }
    }

    /// Visits `blocks` in order.
    public mutating func walk(_ blocks: [Block]) {
        for block in blocks { visit(block: block) }
    }

    /// Visits every chapter's blocks in book order.
    public mutating func walk(_ chapters: [Chapter]) {
        for chapter in chapters { walk(chapter.blocks) }
    }
}

/// A pass that rewrites a document tree top-down: `rewrite` is called for every block and
/// inline in document order and returns its replacement (one node, several or none); by
/// default it keeps the node and rewrites its children. An override that replaces a
/// container but still wants its children rewritten calls `rewriteChildren(of:)`.
public protocol DocumentRewriter {
    mutating func rewrite(block: Block) -> [Block]
    mutating func rewrite(inline: Inline) -> [Inline]
}

extension DocumentRewriter {
    public mutating func rewrite(block: Block) -> [Block] { [rewriteChildren(of: block)] }
    public mutating func rewrite(inline: Inline) -> [Inline] { [rewriteChildren(of: inline)] }

    /// Rewrites `blocks` in order.
    public mutating func rewrite(_ blocks: [Block]) -> [Block] {
        var out: [Block] = []
        out.reserveCapacity(blocks.count)
        for block in blocks { out += rewrite(block: block) }
        return out
    }

    /// Rewrites `inlines` in order.
    public mutating func rewrite(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        out.reserveCapacity(inlines.count)
        for inline in inlines { out += rewrite(inline: inline) }
        return out
    }

    /// Rewrites every chapter's blocks in book order.
    public mutating func rewrite(_ chapters: inout [Chapter]) {
        for c in chapters.indices { chapters[c].blocks = rewrite(chapters[c].blocks) }
    }

    /// `block` with its child blocks and inlines rewritten.
    public mutating func rewriteChildren(of block: Block) -> Block {
        switch block {
        case let .paragraph(c): return .paragraph(rewrite(c))
        case var .heading(h): h.content = rewrite(h.content); return .heading(h)
        case let .bulletList(items, tight):
            var rewritten: [[Block]] = []
            for item in items { rewritten.append(rewrite(item)) }
            return .bulletList(items: rewritten, tight: tight)
        case let .orderedList(start, items, tight):
            var rewritten: [[Block]] = []
            for item in items { rewritten.append(rewrite(item)) }
            return .orderedList(start: start, items: rewritten, tight: tight)
        case let .blockQuote(b): return .blockQuote(rewrite(b))
        case var .table(t):
            t.caption = rewrite(t.caption)
            var header: [[Inline]] = []
            for cell in t.header { header.append(rewrite(cell)) }
            t.header = header
            var rows: [[[Inline]]] = []
            for row in t.rows {
                var cells: [[Inline]] = []
                for cell in row { cells.append(rewrite(cell)) }
                rows.append(cells)
            }
            t.rows = rows
            return .table(t)
        case let .footnoteDefinition(label, content): return .footnoteDefinition(label: label, content: rewrite(content))
        case var .figure(f):
            f.caption = rewrite(f.caption)
            for i in f.panels.indices { f.panels[i].caption = rewrite(f.panels[i].caption) }
            return .figure(f)
        case let .definitionList(items):
            var rewritten: [DefinitionItem] = []
            for item in items {
                var definitions: [[Block]] = []
                for definition in item.definitions { definitions.append(rewrite(definition)) }
                rewritten.append(DefinitionItem(term: rewrite(item.term), definitions: definitions))
            }
            return .definitionList(rewritten)
        case var .claim(c): c.statement = rewrite(c.statement); return .claim(c)
        case var .container(c): c.title = rewrite(c.title); c.content = rewrite(c.content); return .container(c)
        case var .listing(l): l.caption = rewrite(l.caption); return .listing(l)
        case .codeBlock, .thematicBreak, .html, .displayMath, .directive, .experiment, .error: return block
        }
    }

    /// `inline` with its child inlines rewritten.
    public mutating func rewriteChildren(of inline: Inline) -> Inline {
        switch inline {
        case let .emphasis(c): return .emphasis(rewrite(c))
        case let .strong(c): return .strong(rewrite(c))
        case let .strikethrough(c): return .strikethrough(rewrite(c))
        case let .subscripted(c): return .subscripted(rewrite(c))
        case let .superscripted(c): return .superscripted(rewrite(c))
        case let .link(url, title, c): return .link(url: url, title: title, content: rewrite(c))
        case let .image(url, title, alt, location): return .image(url: url, title: title, alt: rewrite(alt), location: location)
        case .text, .code, .softBreak, .lineBreak, .html, .math, .reference, .citation, .role, .parameter, .footnoteReference, .checkbox, .error,
             .crossReference, .cite, .abbreviation:
            return inline
        }
    }
}

/// A rewriter made of two closures, for passes without state of their own. A closure sees a
/// node before its children; the children of what it returns (a figure's caption made from a
/// directive, say) are rewritten next, so content a replacement brings in is reached too.
public struct ClosureRewriter: DocumentRewriter {
    var blocks: (Block) -> [Block]?
    var inlines: (Inline) -> [Inline]?

    /// `blocks` and `inlines` return a replacement, or nil to keep the node and descend.
    public init(blocks: @escaping (Block) -> [Block]? = { _ in nil }, inlines: @escaping (Inline) -> [Inline]? = { _ in nil }) {
        self.blocks = blocks
        self.inlines = inlines
    }

    public mutating func rewrite(block: Block) -> [Block] {
        guard let replacement = blocks(block) else { return [rewriteChildren(of: block)] }
        return replacement.map { rewriteChildren(of: $0) }
    }

    public mutating func rewrite(inline: Inline) -> [Inline] {
        guard let replacement = inlines(inline) else { return [rewriteChildren(of: inline)] }
        return replacement.map { rewriteChildren(of: $0) }
    }
}

extension Block {
    /// The blocks directly inside this one (list items' blocks in order).
    public var childBlocks: [Block] {
        switch self {
        case let .bulletList(items, _), let .orderedList(_, items, _): return items.flatMap { $0 }
        case let .blockQuote(b), let .footnoteDefinition(_, b): return b
        case let .container(c): return c.content
        case let .definitionList(items): return items.flatMap { $0.definitions.flatMap { $0 } }
        case .paragraph, .heading, .codeBlock, .thematicBreak, .html, .table, .displayMath, .directive, .experiment,
             .figure, .claim, .listing, .error:
            return []
        }
    }

    /// The inlines directly inside this block (a table's caption, header, then rows).
    public var childInlines: [Inline] {
        switch self {
        case let .paragraph(c): return c
        case let .heading(h): return h.content
        case let .table(t): return t.caption + t.header.flatMap { $0 } + t.rows.flatMap { $0.flatMap { $0 } }
        case let .figure(f): return f.caption + f.panels.flatMap(\.caption)
        case let .claim(c): return c.statement
        case let .container(c): return c.title
        case let .listing(l): return l.caption
        case let .definitionList(items): return items.flatMap(\.term)
        case .bulletList, .orderedList, .blockQuote, .footnoteDefinition, .codeBlock, .thematicBreak, .html,
             .displayMath, .directive, .experiment, .error:
            return []
        }
    }
}

extension Inline {
    /// The inlines directly inside this one.
    public var childInlines: [Inline] {
        switch self {
        case let .emphasis(c), let .strong(c), let .strikethrough(c), let .link(_, _, c), let .image(_, _, c, _),
             let .subscripted(c), let .superscripted(c): return c
        case .text, .code, .softBreak, .lineBreak, .html, .math, .reference, .citation, .role, .parameter, .footnoteReference, .checkbox, .error,
             .crossReference, .cite, .abbreviation:
            return []
        }
    }
}

/// Collects every node a closure picks out, anywhere in the tree, in document order.
public struct NodeCollector<Found>: DocumentWalker {
    private let pickBlock: (Block) -> Found?
    private let pickInline: (Inline) -> Found?
    public private(set) var found: [Found] = []

    public init(blocks: @escaping (Block) -> Found? = { _ in nil }, inlines: @escaping (Inline) -> Found? = { _ in nil }) {
        pickBlock = blocks
        pickInline = inlines
    }

    public mutating func visit(block: Block) {
        if let hit = pickBlock(block) { found.append(hit) }
        descend(into: block)
    }

    public mutating func visit(inline: Inline) {
        if let hit = pickInline(inline) { found.append(hit) }
        descend(into: inline)
    }
}

extension Array where Element == Chapter {
    /// Every block `pick` picks out, at any depth, in book order.
    public func collect<Found>(_ pick: @escaping (Block) -> Found?) -> [Found] {
        var collector = NodeCollector<Found>(blocks: pick)
        collector.walk(self)
        return collector.found
    }
}

extension Array where Element == Block {
    /// Every block `pick` picks out, at any depth, in document order.
    public func collect<Found>(_ pick: @escaping (Block) -> Found?) -> [Found] {
        var collector = NodeCollector<Found>(blocks: pick)
        collector.walk(self)
        return collector.found
    }
}
