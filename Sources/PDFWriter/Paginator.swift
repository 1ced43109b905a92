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
///
/// A chapter whose last page would hold less than a quarter of a page (a few closing
/// lines) is filled again from its second-last page with the space between blocks there
/// reduced, and if need be that page one line longer (LaTeX's `\enlargethispage`), so the
/// lines end the page before instead.
struct Paginator {
    let pageHeight: Double
    /// The line a second-last page may run longer to take a chapter's closing lines.
    var extraLine = 0.0
    /// A chapter's last page holding less than this fraction of a page is tightened away.
    static let shortestLastPage = 0.25
    /// The tightenings tried in turn: the factor on the space between blocks, and whether
    /// the page may run one line longer.
    static let tightenings: [(gapScale: Double, longer: Bool)] = [(0.75, false), (0.5, false), (0.5, true)]

    /// A run of slices that must stay together, with the space above it.
    private struct Group {
        var slices: [Slice] = []
        var index = 0
        var gapBefore = 0.0
        var startsPage = false
        var chapter: String?
        var role = FlowItem.Role.text
        var height: Double { slices.reduce(0) { $0 + $1.height } }
    }

    /// The pages being filled.
    private struct Pages {
        let pageHeight: Double
        /// The page (counted from 0) that may run `extra` points longer.
        var longerPage: Int?
        var extra = 0.0
        var done: [PageLayout] = []
        var page = PageLayout()
        var y = 0.0
        var chapter: String?
        /// The lowest group index placed on each page so far, the current one last.
        var firstGroups = [Int.max]

        var isEmpty: Bool { page.placed.isEmpty }
        var limit: Double { pageHeight + (done.count == longerPage ? extra : 0) }

        func fits(_ group: Group) -> Bool {
            isEmpty || y + group.gapBefore + group.height <= limit
        }

        mutating func newPage(before slice: Slice? = nil) {
            done.append(page)
            firstGroups.append(Int.max)
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
                if !isEmpty && y + slice.height > limit { newPage(before: slice) }
                firstGroups[firstGroups.count - 1] = min(firstGroups[firstGroups.count - 1], group.index)
                page.placed.append((slice, y))
                if group.role != .float { page.onlyFloats = false }
                y += slice.height
            }
        }
    }

    func paginate(_ items: [FlowItem]) -> [PageLayout] {
        var chapters: [[Group]] = []
        for group in groups(items) {
            if group.startsPage || chapters.isEmpty { chapters.append([]) }
            chapters[chapters.count - 1].append(group)
        }
        return chapters.flatMap(paginateChapter)
    }

    /// The pages of one chapter (a run of groups only the first of which starts a page),
    /// tightened when its last page would hold only a few lines.
    private func paginateChapter(_ groups: [Group]) -> [PageLayout] {
        let (pages, firstGroups) = fill(groups)
        guard pages.count > 1, let last = pages.last,
              (last.placed.last.map { $0.y + $0.slice.height } ?? 0) < pageHeight * Self.shortestLastPage else { return pages }
        let from = firstGroups[pages.count - 2]
        for tightening in Self.tightenings where !tightening.longer || extraLine > 0 {
            var tighter = groups
            for index in tighter.indices where tighter[index].index >= from { tighter[index].gapBefore *= tightening.gapScale }
            let (tightened, _) = fill(tighter, longerPage: tightening.longer ? pages.count - 2 : nil)
            if tightened.count < pages.count { return tightened }
        }
        return pages
    }

    /// `groups` placed on pages, with the lowest group index on each page.
    private func fill(_ groups: [Group], longerPage: Int? = nil) -> ([PageLayout], [Int]) {
        var pages = Pages(pageHeight: pageHeight, longerPage: longerPage, extra: extraLine)
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
        for group in groups {
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
        return (pages.done, pages.firstGroups)
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
        var all = groups + deferred
        for index in all.indices { all[index].index = index }
        return all
    }
}
