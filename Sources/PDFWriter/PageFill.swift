/// How much of one page's text block the paginator filled: the empty part is the height
/// below the last slice, as a fraction of the text block.
public struct PageFill: Sendable, Equatable {
    /// The page's number in the PDF (the title page is 1).
    public var page: Int
    public var emptyFraction: Double
    /// The page is the last of a chapter (or of the book), which may end anywhere.
    public var endsChapter: Bool

    static func measure(_ pages: [PageLayout], pageHeight: Double, firstPage: Int) -> [PageFill] {
        pages.indices.map { index in
            let used = pages[index].placed.last.map { $0.y + $0.slice.height } ?? 0
            let endsChapter = index == pages.count - 1 || pages[index + 1].opensChapter
            return PageFill(page: firstPage + index, emptyFraction: max(0, 1 - used / pageHeight), endsChapter: endsChapter)
        }
    }
}
