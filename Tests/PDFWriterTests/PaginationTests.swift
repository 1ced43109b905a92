import Graphics
import XCTest
@testable import PDFWriter

/// Page breaking on plain slices of known heights.
final class PaginationTests: XCTestCase {
    private func lines(_ n: Int, height: Double = 10) -> [Slice] {
        (0..<n).map { _ in Slice.space(height) }
    }

    func testHeadingMovesWithTheParagraphAfterIt() {
        let filler = FlowItem(lines(9), gapBefore: 0)
        let heading = FlowItem([Slice.space(10)], gapBefore: 5, keepWithNext: true)
        let paragraph = FlowItem(lines(3), gapBefore: 5)
        let pages = Paginator(pageHeight: 100).paginate([filler, heading, paragraph])
        XCTAssertEqual(pages.count, 2)
        XCTAssertEqual(pages[0].placed.count, 9, "the heading left page 1 with its paragraph")
        XCTAssertEqual(pages[1].placed.first?.y, 0, "no space above the first item of a page")
    }

    func testUnbreakableItemMovesWhole() {
        let pages = Paginator(pageHeight: 100).paginate([FlowItem(lines(6), gapBefore: 0),
                                                         .unbreakable(lines(5), gapBefore: 0)])
        XCTAssertEqual(pages.map(\.placed.count), [6, 5])
    }

    func testFigureThatDoesNotFitWaitsWhileTextFillsThePage() {
        let pages = Paginator(pageHeight: 100).paginate([FlowItem(lines(8), gapBefore: 0),
                                                         .unbreakable(lines(5, height: 11), gapBefore: 0, role: .float),
                                                         FlowItem(lines(2), gapBefore: 0)])
        XCTAssertEqual(pages.map(\.placed.count), [10, 5], "the text after the figure fills page 1")
        XCTAssertEqual(pages[1].placed.first?.slice.height, 11, "the figure leads page 2")
    }

    func testHeadingDoesNotPassAWaitingFigure() {
        let heading = FlowItem([Slice.space(12)], gapBefore: 0, role: .barrier, keepWithNext: true)
        let pages = Paginator(pageHeight: 100).paginate([FlowItem(lines(8), gapBefore: 0),
                                                         .unbreakable(lines(5, height: 11), gapBefore: 0, role: .float),
                                                         heading, FlowItem(lines(1), gapBefore: 0)])
        XCTAssertEqual(pages.count, 2)
        XCTAssertEqual(pages[0].placed.count, 8)
        XCTAssertEqual(pages[1].placed.map(\.slice.height), [11, 11, 11, 11, 11, 12, 0, 10], "figure, then heading and text")
    }

    func testLongTableRepeatsItsHeader() {
        var rows = lines(20)
        let header = Slice.space(12)
        for index in rows.indices { rows[index].continuationHeader = { header } }
        let pages = Paginator(pageHeight: 100).paginate([FlowItem([header] + rows, gapBefore: 0)])
        XCTAssertEqual(pages.count, 3)
        XCTAssertEqual(pages[1].placed.first?.slice.height, 12, "page 2 starts with the header")
        XCTAssertEqual(pages[2].placed.first?.slice.height, 12, "page 3 starts with the header")
    }

    func testChapterStartsAPage() {
        var second = FlowItem(lines(1), gapBefore: 0, startsPage: true)
        second.chapter = "Two"
        let pages = Paginator(pageHeight: 100).paginate([FlowItem(lines(1), gapBefore: 0), second])
        XCTAssertEqual(pages.count, 2)
        XCTAssertEqual(pages[1].chapter, "Two")
        XCTAssertEqual(pages.map(\.opensChapter), [false, true], "no running header above a chapter's title")
    }

    /// A block of `height` points that never breaks, `gap` points below the one before.
    private func block(_ height: Double, gap: Double) -> FlowItem {
        .unbreakable([Slice.space(height)], gapBefore: gap)
    }

    func testAChaptersClosingLinesJoinThePageBeforeWithLessSpaceBetweenBlocks() {
        // 40 + 20 + 20 + 20 + 10 = 110 points: the last block alone on page 2 without
        // tightening, on page 1 with the gaps at three quarters (100 points).
        let pages = Paginator(pageHeight: 100).paginate([block(40, gap: 0), block(20, gap: 20), block(10, gap: 20)])
        XCTAssertEqual(pages.count, 1)
        XCTAssertEqual(pages[0].placed.map(\.y), [0, 55, 90])
    }

    func testOnlyTheSecondLastPageIsTightened() {
        // Page 1 is full (60 + 10 + 30); page 2 needs its gaps halved to take the last block.
        let items = [block(60, gap: 0), block(30, gap: 10), block(40, gap: 20), block(20, gap: 20), block(20, gap: 20)]
        let pages = Paginator(pageHeight: 100).paginate(items)
        XCTAssertEqual(pages.count, 2)
        XCTAssertEqual(pages[0].placed.map(\.y), [0, 70], "the first page keeps its spacing")
        XCTAssertEqual(pages[1].placed.map(\.y), [0, 50, 80])
    }

    func testASecondLastPageRunsOneLineLongerOnlyWhenAllowed() {
        // 30 + 10 + 30 + 10 + 20 + 10 + 10 = 120 points; halved gaps give 105.
        let items = [block(30, gap: 0), block(30, gap: 10), block(20, gap: 10), block(10, gap: 10)]
        XCTAssertEqual(Paginator(pageHeight: 100).paginate(items).count, 2, "no longer page without a line to add")
        let pages = Paginator(pageHeight: 100, extraLine: 10).paginate(items)
        XCTAssertEqual(pages.map(\.placed.count), [4])
        XCTAssertEqual(pages[0].placed.last.map { $0.y + $0.slice.height }, 105)
    }

    func testALastPageHoldingAQuarterOrMoreStays() {
        let pages = Paginator(pageHeight: 100, extraLine: 10).paginate([block(60, gap: 0), block(30, gap: 10), block(25, gap: 10)])
        XCTAssertEqual(pages.map(\.placed.count), [2, 1])
    }

    func testColumnsShareTheWidth() {
        XCTAssertEqual(Typesetter.share([50, 60], within: 200), [50, 60])
        XCTAssertEqual(Typesetter.share([50, 300, 300], within: 250), [50, 100, 100])
    }
}

/// Headings fill a page ahead of a waiting figure (set by the typesetter as running text).
final class HeadingPassesAFloatTests: XCTestCase {
    func testAHeadingAndItsFirstLinesFillThePageBeforeAWaitingFigure() {
        let lines = { (n: Int) in (0..<n).map { _ in Slice.space(10) } }
        let heading = FlowItem([Slice.space(12)], gapBefore: 0, keepWithNext: true)
        let pages = Paginator(pageHeight: 100).paginate([FlowItem(lines(6), gapBefore: 0),
                                                         .unbreakable(lines(5).map { $0.offset(extraHeight: 1) }, gapBefore: 0, role: .float),
                                                         heading, FlowItem(lines(4), gapBefore: 0)])
        XCTAssertEqual(pages.count, 2)
        XCTAssertEqual(pages[0].placed.map(\.slice.height), [10, 10, 10, 10, 10, 10, 12, 0, 10, 10],
                       "the heading and two lines of its paragraph fill page 1")
        XCTAssertEqual(pages[1].placed.map(\.slice.height), [11, 11, 11, 11, 11, 10, 10], "the figure leads page 2")
    }
}
