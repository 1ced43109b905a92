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
