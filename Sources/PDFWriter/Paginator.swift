/// One page of placed slices, with the chapter its running header names.
struct PageLayout {
    var placed: [(slice: Slice, y: Double)] = []
    var chapter: String?
    /// The page starts a chapter (its title is on the page, so no running header).
    var opensChapter = false
    /// Only figures and tables are on the page.
    var onlyFloats = true
}

/// Fills pages top to bottom: an item's space above it is dropped at the top of a page;
/// a page breaks only where a slice allows it, so headings stay with what follows and
/// figures, tables and error boxes move whole to the next page; a group of slices taller
/// than a page is broken anyway, and a continued table repeats its header.
///
/// A figure or table that does not fit waits for the top of the next page while the
/// running text, headings and claims after it fill the rest of this one (so no page is left
/// part empty before a float); error boxes and chapter starts never pass a waiting figure,
/// so a problem is shown before what follows it and figures stay in their chapter.
struct Paginator {
    let pageHeight: Double

    /// A run of slices that must stay together, with the space above it.
    private struct Group {
        var slices: [Slice] = []
        var gapBefore = 0.0
        var startsPage = false
        var chapter: String?
        var role = FlowItem.Role.text
        var height: Double { slices.reduce(0) { $0 + $1.height } }
    }

    /// The pages being filled.
    private struct Pages {
        let pageHeight: Double
        var done: [PageLayout] = []
        var page = PageLayout()
        var y = 0.0
        var chapter: String?

        var isEmpty: Bool { page.placed.isEmpty }

        func fits(_ group: Group) -> Bool {
            isEmpty || y + group.gapBefore + group.height <= pageHeight
        }

        mutating func newPage(before slice: Slice? = nil) {
            done.append(page)
            page = PageLayout(chapter: chapter)
            y = 0
            if let header = slice?.continuationHeader?() {
                page.placed.append((header, y))
                y += header.height
            }
        }

        mutating func place(_ group: Group) {
            if group.startsPage && !isEmpty { newPage() }
            if group.startsPage { page.opensChapter = true }
            if let c = group.chapter { chapter = c }
            if isEmpty { page.chapter = chapter }
            if !fits(group) { newPage(before: group.slices.first) }
            if !isEmpty { y += group.gapBefore }
            for slice in group.slices {
                if !isEmpty && y + slice.height > pageHeight { newPage(before: slice) }
                page.placed.append((slice, y))
                if group.role != .float { page.onlyFloats = false }
                y += slice.height
            }
        }
    }

    func paginate(_ items: [FlowItem]) -> [PageLayout] {
        var pages = Pages(pageHeight: pageHeight)
        var waiting: [Group] = []
        /// Starts a page with the waiting floats that fit on it; with `all`, every one,
        /// on as many pages as they take.
        func flushWaiting(all: Bool) {
            guard !waiting.isEmpty else { return }
            if !pages.isEmpty { pages.newPage(before: waiting[0].slices.first) }
            while let next = waiting.first {
                if !pages.isEmpty && !pages.fits(next) {
                    guard all else { return }
                    pages.newPage(before: next.slices.first)
                }
                pages.place(next)
                waiting.removeFirst()
            }
        }
        for group in groups(items) {
            switch group.role {
            case .float where waiting.isEmpty && pages.fits(group), .text where waiting.isEmpty:
                pages.place(group)
            case .float:
                waiting.append(group)
            case .text where !group.startsPage && pages.fits(group):
                pages.place(group)
            case .text where !group.startsPage:
                // The floats that fit lead the next page; text fills the rest of it.
                flushWaiting(all: false)
                if !waiting.isEmpty && !pages.fits(group) { flushWaiting(all: false) }
                pages.place(group)
            case .text, .barrier:
                flushWaiting(all: true)
                pages.place(group)
            }
        }
        flushWaiting(all: true)
        if !pages.isEmpty { pages.done.append(pages.page) }
        return pages.done
    }

    /// Splits the items into groups at the places a page may break. A float right after a
    /// heading follows the heading's first lines of text instead, so that the heading stays
    /// with text and the float may wait for the next page.
    private func groups(_ items: [FlowItem]) -> [Group] {
        var groups: [Group] = []
        var current = Group()
        var keepWithNext = false
        var deferred: [Group] = []
        for item in items where !item.slices.isEmpty {
            if keepWithNext && item.role == .float && !item.startsPage && !current.slices.isEmpty {
                deferred += self.groups([item])
                continue
            }
            for (index, slice) in item.slices.enumerated() {
                let joins = index == 0 ? keepWithNext && !item.startsPage : !slice.canBreakBefore
                if !joins && !current.slices.isEmpty {
                    groups.append(current)
                    groups += deferred
                    deferred = []
                    current = Group()
                }
                if current.slices.isEmpty {
                    current.gapBefore = index == 0 ? item.gapBefore : 0
                    current.startsPage = index == 0 && item.startsPage
                    current.chapter = item.chapter
                    current.role = item.role
                } else if index == 0 {
                    // Joined to the heading before it: keep its space inside the group.
                    current.slices.append(.space(item.gapBefore))
                }
                current.slices.append(slice)
            }
            keepWithNext = item.keepWithNext
        }
        if !current.slices.isEmpty { groups.append(current) }
        return groups + deferred
    }
}
