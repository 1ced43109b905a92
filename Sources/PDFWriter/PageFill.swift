/// How much of one page's text block the paginator filled: the empty part is the height
/// below the last slice, as a fraction of the text block.
public struct PageFill: Sendable, Equatable {
    /// The page's number in the PDF (the title page is 1).
    public var page: Int
    public var emptyFraction: Double
    /// The page is the last of a chapter (or of the book), which may end anywhere.
    public var endsChapter: Bool
    /// The next page ends the chapter and holds only floats that waited for it: the
    /// chapter's text ran out before them, so this page could not be filled.
    public var precedesFinalFloatPage: Bool

    static func measure(_ pages: [PageLayout], pageHeight: Double, firstPage: Int) -> [PageFill] {
        pages.indices.map { index in
            let used = pages[index].placed.last.map { $0.y + $0.slice.height } ?? 0
            let endsChapter = index == pages.count - 1 || pages[index + 1].opensChapter
            let next = index + 1 < pages.count ? pages[index + 1] : nil
            let floatPage = next.map { $0.onlyFloats && !$0.opensChapter && (index + 2 == pages.count || pages[index + 2].opensChapter) } ?? false
            return PageFill(page: firstPage + index, emptyFraction: max(0, 1 - used / pageHeight), endsChapter: endsChapter,
                            precedesFinalFloatPage: floatPage)
        }
    }
}
