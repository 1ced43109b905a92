import Document
import Testing
@testable import PDFWriter

/// No page but a chapter's last is more than a quarter empty, measured on the paginator's
/// layout of books shaped like the report's: sections of prose with figures, experiment
/// records and claims in between (figures 120-320 pt tall, as most of the book's), each
/// section ending in prose. A page before a chapter's closing page of figures that waited
/// for it (the chapter's text ran out) may be emptier.
struct PageFillTests {
    static let at = SourceLocation(file: "ch.md", line: 1, column: 1)

    /// A fixed pseudo-random sequence (the same books on every run).
    struct Random {
        var state: UInt64
        mutating func below(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    static func book(seed: UInt64) -> ResolvedBook {
        var random = Random(state: seed)
        var chapters: [Chapter] = []
        for c in 1...4 {
            var blocks: [Block] = [.heading(Heading(level: 1, content: [.text("Chapter \(c)")], id: "sec-\(c)", number: "\(c)", location: at))]
            for s in 1...4 {
                blocks.append(.heading(Heading(level: 2, content: [.text("Section \(c).\(s)")], id: "sec-\(c)-\(s)",
                                               number: "\(c).\(s)", location: at)))
                for b in 0..<(3 + random.below(4)) {
                    let id = "\(c)-\(s)-\(b)"
                    switch random.below(6) {
                    case 0:
                        let height = 120.0 + Double(random.below(200))
                        blocks.append(.figure(FigureBlock(id: "fig-\(id)", number: id, caption: [.text("A figure caption.")], alt: "figure",
                                                          artwork: boxArtwork(width: 420, height: height), location: at)))
                    case 1:
                        var claim = ClaimBlock(id: "c\(id)", statement: [.text(String(repeating: "The claim holds here. ", count: 1 + random.below(6)))],
                                               check: "e.x < 1", passed: true, measured: [MeasuredValue(path: "e.x", value: "0.5")], location: at)
                        claim.show = random.below(2) == 0 ? .summary : .full
                        blocks.append(.claim(claim))
                    case 2:
                        var e = ExperimentBlock(id: "e\(id)", kind: "modes", parameters: (0..<(4 + random.below(30))).map { "k\($0): \($0)" }
                            .joined(separator: "\n"), status: "ran", failed: false)
                        e.show = random.below(2) == 0 ? .summary : .full
                        blocks.append(.experiment(e))
                    default:
                        blocks.append(.paragraph([.text(String(repeating: "Running text of the section goes on here. ", count: 3 + random.below(12)))]))
                    }
                }
                // Every section ends in prose, as the book's do.
                blocks.append(.paragraph([.text(String(repeating: "The section closes with a remark. ", count: 4 + random.below(8)))]))
            }
            chapters.append(Chapter(file: "ch\(c).md", number: c, frontMatter: FrontMatter(title: "Chapter \(c)"), blocks: blocks))
        }
        return ResolvedBook(Book(title: "Book", authors: [], chapters: chapters, bibliography: [], citedKeys: []))
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func noPageButAChaptersLastIsMoreThanAQuarterEmpty(seed: UInt64) throws {
        let output = try PDFWriter().render(Self.book(seed: seed))
        #expect(output.pageFill.count > 8)
        for fill in output.pageFill where !fill.endsChapter && !fill.precedesFinalFloatPage {
            #expect(fill.emptyFraction <= 0.25, "seed \(seed): page \(fill.page) is \(Int(fill.emptyFraction * 100)) % empty")
        }
    }
}
