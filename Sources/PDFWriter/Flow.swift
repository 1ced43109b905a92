import Graphics

/// The smallest piece of a page: a strip of fixed height that draws itself with its top-left
/// corner at a given point. Pages break only between slices.
struct Slice {
    var height: Double
    /// Whether a page may break just before this slice.
    var canBreakBefore = true
    /// The baseline of the first line below the top, for list markers.
    var firstBaseline: Double?
    /// Named destinations (headings, figures, ...) at the top of this slice.
    var anchors: [String] = []
    /// Drawn at the top of a page when a break falls before this slice (table headers).
    var continuationHeader: (() -> Slice)?
    /// The elements of the PDF's structure tree this slice is in, outermost first (a list,
    /// its item, the item's paragraph); empty for decoration.
    var structure: [StructureTag] = []
    var draw: (PagedPDF, Point) -> Void

    init(height: Double, canBreakBefore: Bool = true, firstBaseline: Double? = nil, anchors: [String] = [],
         draw: @escaping (PagedPDF, Point) -> Void) {
        self.height = height
        self.canBreakBefore = canBreakBefore
        self.firstBaseline = firstBaseline
        self.anchors = anchors
        self.draw = draw
    }

    /// Empty vertical space.
    static func space(_ height: Double) -> Slice { Slice(height: height) { _, _ in } }

    /// This slice moved `dx` to the right and `dy` down inside a taller strip.
    func offset(dx: Double = 0, dy: Double = 0, extraHeight: Double = 0) -> Slice {
        var moved = self
        let draw = self.draw
        moved.height = height + dy + extraHeight
        moved.firstBaseline = firstBaseline.map { $0 + dy }
        moved.draw = { pdf, p in draw(pdf, Point(p.x + dx, p.y + dy)) }
        return moved
    }

    /// This slice with `background` drawn first over its whole strip, `width` wide.
    func behind(_ background: @escaping (PagedPDF, Rect) -> Void, width: Double) -> Slice {
        var decorated = self
        let draw = self.draw, height = self.height
        decorated.draw = { pdf, p in
            background(pdf, Rect(x: p.x, y: p.y, width: width, height: height))
            draw(pdf, p)
        }
        return decorated
    }
}

/// An element of the PDF's structure tree a slice is in: a standard structure type ("P",
/// "H2", "Figure", "Table", "Formula", "Caption", "L", "LI"), the block it comes from (a
/// block's slices on one page form one element) and, for figures and formulas, the text
/// that stands for it.
struct StructureTag: Equatable {
    var type: String
    var block: Int
    var alternate: String?

    /// Types that hold other elements and no content of their own: Cairo 1.16 marks the
    /// content only of elements without children, so what such a block draws itself goes
    /// in a `P` of its own.
    static let grouping: Set<String> = ["L", "LI", "BlockQuote", "Div", "Note"]
}

/// A block on its way to the page: its slices, the space above it (dropped at the top of a
/// page) and how it joins its neighbours.
struct FlowItem {
    /// How an item may move against its neighbours when pages break.
    enum Role {
        /// Running text, headings and claims: may fill a page ahead of a figure that waits for the next one.
        case text
        /// Figures and tables that fit on a page: may wait for the next page.
        case float
        /// Error boxes: never pass a waiting figure.
        case barrier
    }

    var slices: [Slice]
    var role = Role.text
    var gapBefore: Double
    /// Headings: never the last thing on a page.
    var keepWithNext = false
    var startsPage = false
    /// The chapter this item belongs to, for the running header.
    var chapter: String?

    init(_ slices: [Slice], gapBefore: Double, role: Role = .text, keepWithNext: Bool = false, startsPage: Bool = false) {
        self.slices = slices
        self.role = role
        self.gapBefore = gapBefore
        self.keepWithNext = keepWithNext
        self.startsPage = startsPage
    }

    /// The item's slices as one element of `type` (`Slice.tagged`).
    func tagged(_ type: String, block: Int, alternate: String? = nil) -> FlowItem {
        var item = self
        item.slices = slices.tagged(type, block: block, alternate: alternate)
        return item
    }

    /// An item whose slices always stay on one page (when it fits on one).
    static func unbreakable(_ slices: [Slice], gapBefore: Double, role: Role = .text) -> FlowItem {
        var kept = slices
        for index in kept.indices.dropFirst() { kept[index].canBreakBefore = false }
        return FlowItem(kept, gapBefore: gapBefore, role: role)
    }
}

extension Slice {
    /// The slice in the element `tag`: a slice not yet in the structure tree becomes its
    /// content; for a grouping type, a slice already in it becomes its child, and one that
    /// is not goes in a `P` inside it (numbered `-block`, unlike any block's).
    func tagged(_ tag: StructureTag) -> Slice {
        var tagged = self
        let grouping = StructureTag.grouping.contains(tag.type)
        if structure.isEmpty {
            tagged.structure = grouping ? [tag, StructureTag(type: "P", block: -tag.block)] : [tag]
        } else if grouping {
            tagged.structure = [tag] + structure
        }
        return tagged
    }
}

extension Array where Element == Slice {
    /// The slices as one element of `type` (`Slice.tagged`).
    func tagged(_ type: String, block: Int, alternate: String? = nil) -> [Slice] {
        let tag = StructureTag(type: type, block: block, alternate: alternate)
        return map { $0.tagged(tag) }
    }
}

extension Array where Element == FlowItem {
    /// The items' slices as one column, with the gaps between items folded into the slice
    /// that follows them and the keep-with-next rule kept (for nesting inside lists,
    /// quotes and callouts).
    func folded() -> [Slice] {
        var slices: [Slice] = []
        var keepNext = false
        for item in self {
            for (index, slice) in item.slices.enumerated() {
                var s = slice
                if index == 0 {
                    if !slices.isEmpty && item.gapBefore > 0 { s = s.offset(dy: item.gapBefore) }
                    if keepNext { s.canBreakBefore = false }
                }
                slices.append(s)
            }
            keepNext = item.keepWithNext
        }
        return slices
    }
}
