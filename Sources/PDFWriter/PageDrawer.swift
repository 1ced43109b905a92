import Graphics

/// Draws laid-out pages: named destinations at the top of their slices, the slices, the
/// running header (book title left, chapter right, a rule; none where a chapter opens)
/// and the page number below. Consecutive slices of one block form one element of the
/// structure tree on each page, and the elements a page starts with are marked as going on
/// with those the page before ended in; the running header and page number are outside it.
final class PageDrawer {
    let pdf: PagedPDF
    let style: PDFStyle
    let bookTitle: String
    /// The structure path open when the last page ended.
    private var endOfLastPage: [StructureTag] = []

    init(pdf: PagedPDF, style: PDFStyle, bookTitle: String) {
        self.pdf = pdf
        self.style = style
        self.bookTitle = bookTitle
    }

    func drawTitlePage(_ slices: [Slice]) {
        var y = style.top
        var open: [StructureTag] = []
        var first = true
        for slice in slices {
            place(slice, at: Point(style.left, y), open: &open, firstOnPage: &first)
            y += slice.height
        }
        pdf.endStructure()
        pdf.endPage()
        endOfLastPage = []
    }

    func draw(_ page: PageLayout, number: Int, header: String?) {
        var open: [StructureTag] = []
        var first = true
        for (slice, y) in page.placed { place(slice, at: Point(style.left, style.top + y), open: &open, firstOnPage: &first) }
        endOfLastPage = open
        pdf.endStructure()
        if let header {
            let running = TextStyle(family: PDFStyle.sans, size: 8, color: PDFStyle.muted)
            let baseline = style.top - 24
            pdf.canvas.draw(Text(plain: bookTitle, style: running), at: Point(style.left, baseline), anchor: TextAnchor(.left, .baseline))
            if header != bookTitle {
                pdf.canvas.draw(Text(plain: header, style: running), at: Point(style.left + style.textWidth, baseline),
                                anchor: TextAnchor(.right, .baseline))
            }
            pdf.canvas.fill(Path(rect: Rect(x: style.left, y: baseline + 5, width: style.textWidth, height: 0.4)), color: PDFStyle.rule)
        }
        pdf.canvas.draw(Text(plain: String(number), style: TextStyle(family: PDFStyle.serif, size: 9.5)),
                        at: Point(style.left + style.textWidth / 2, style.page.height - style.bottom + 30),
                        anchor: TextAnchor(.center, .baseline))
        pdf.endPage()
    }

    /// Draws `slice` in its structure elements: those it shares with the open ones (`open`,
    /// outermost first) stay open, the others end, and its own begin; on the page's first
    /// tagged slice, those it shares with the end of the page before go on with them.
    private func place(_ slice: Slice, at origin: Point, open: inout [StructureTag], firstOnPage: inout Bool) {
        let path = slice.structure
        func sameElement(_ a: StructureTag, _ b: StructureTag) -> Bool { a.type == b.type && a.block == b.block }
        let shared = zip(open, path).prefix { sameElement($0, $1) }.count
        let continued = firstOnPage && !path.isEmpty ? zip(endOfLastPage, path).prefix { sameElement($0, $1) }.count : 0
        if !path.isEmpty { firstOnPage = false }
        if shared == 0 {
            pdf.endStructure()
        } else {
            for _ in shared..<open.count { pdf.endChild() }
        }
        for (depth, tag) in path.enumerated().dropFirst(shared) {
            if depth == 0 {
                pdf.beginStructure(tag.type, alternate: tag.alternate, continues: depth < continued)
            } else {
                pdf.beginChild(tag.type, alternate: tag.alternate, continues: depth < continued)
            }
        }
        open = path
        for anchor in slice.anchors { pdf.destination(anchor, at: Point(origin.x, max(0, origin.y - 6))) }
        slice.draw(pdf, origin)
    }
}
