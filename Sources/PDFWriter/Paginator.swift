/// One page of placed slices, with the chapter its running header names.
struct PageLayout {
    var placed: [(slice: Slice, y: Double)] = []
    var chapter: String?
    /// The page starts a chapter (its title is on the page, so no running header).
    var opensChapter = false
}

/// Fills pages top to bottom: an item's space above it is dropped at the top of a page;
/// a page breaks only where a slice allows it, so headings stay with what follows and
/// figures, tables and callouts move whole to the next page; a group of slices taller
/// than a page is broken anyway, and a continued table repeats its header.
struct Paginator {
    let pageHeight: Double

    /// A run of slices that must stay together, with the space above it.
    private struct Group {
        var slices: [Slice] = []
        var gapBefore = 0.0
        var startsPage = false
        var chapter: String?
        var height: Double { slices.reduce(0) { $0 + $1.height } }
    }

    func paginate(_ items: [FlowItem]) -> [PageLayout] {
        var pages: [PageLayout] = []
        var page = PageLayout()
        var y = 0.0
        var chapter: String?
        func newPage(before slice: Slice? = nil) {
            pages.append(page)
            page = PageLayout(chapter: chapter)
            y = 0
            if let header = slice?.continuationHeader?() {
                page.placed.append((header, y))
                y += header.height
            }
        }
        for group in groups(items) {
            if group.startsPage && !page.placed.isEmpty { newPage() }
            if group.startsPage { page.opensChapter = true }
            if let c = group.chapter { chapter = c }
            if page.placed.isEmpty { page.chapter = chapter }
            var gap = page.placed.isEmpty ? 0 : group.gapBefore
            if !page.placed.isEmpty && y + gap + group.height > pageHeight {
                newPage(before: group.slices.first)
                gap = 0
            }
            y += gap
            for slice in group.slices {
                if !page.placed.isEmpty && y + slice.height > pageHeight { newPage(before: slice) }
                page.placed.append((slice, y))
                y += slice.height
            }
        }
        if !page.placed.isEmpty { pages.append(page) }
        return pages
    }

    /// Splits the items into groups at the places a page may break.
    private func groups(_ items: [FlowItem]) -> [Group] {
        var groups: [Group] = []
        var current = Group()
        var keepWithNext = false
        for item in items where !item.slices.isEmpty {
            for (index, slice) in item.slices.enumerated() {
                let joins = index == 0 ? keepWithNext && !item.startsPage : !slice.canBreakBefore
                if !joins && !current.slices.isEmpty {
                    groups.append(current)
                    current = Group()
                }
                if current.slices.isEmpty {
                    current.gapBefore = index == 0 ? item.gapBefore : 0
                    current.startsPage = index == 0 && item.startsPage
                    current.chapter = item.chapter
                } else if index == 0 {
                    // Joined to the heading before it: keep its space inside the group.
                    current.slices.append(.space(item.gapBefore))
                }
                current.slices.append(slice)
            }
            keepWithNext = item.keepWithNext
        }
        if !current.slices.isEmpty { groups.append(current) }
        return groups
    }
}
