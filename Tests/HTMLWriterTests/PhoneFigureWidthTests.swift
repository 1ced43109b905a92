import Document
import HTMLWriter
import Testing

/// On a narrow screen a figure keeps 16 rem per column of panels (24 to 40 rem) and
/// scrolls sideways, so a grid of panels stays readable.
struct PhoneFigureWidthTests {
    static func page(columns: Int, widthPoints: Double = 453) -> String {
        let here = SourceLocation(file: "c.md", line: 1, column: 1)
        let artwork = FigureArtwork(widthPoints: widthPoints, heightPoints: 200, svg: "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
                                    columns: columns)
        let figure = FigureBlock(id: "fig-a", number: "1.1", caption: [.text("A grid.")], alt: "a grid", artwork: artwork, location: here)
        let chapter = Chapter(file: "c.md", number: 1, frontMatter: FrontMatter(), blocks: [.figure(figure)])
        return HTMLWriter().render(ResolvedBook(Book(title: "B", chapters: [chapter], bibliography: [], citedKeys: [])))
    }

    @Test(arguments: [(1, 24), (2, 32), (3, 40), (4, 40)])
    func eachColumnGetsItsRoom(columns: Int, rem: Int) {
        #expect(Self.page(columns: columns).contains("style=\"max-width:453pt;--phone-width:\(rem)rem\""))
    }

    @Test func theStylesheetReadsTheWidthOnNarrowScreensOnly() {
        let html = Self.page(columns: 4)
        let phone = try! #require(html.range(of: "@media screen and (max-width: 40rem) {"))
        #expect(html[phone.upperBound...].prefix(200).contains(".artwork:not(.narrow) svg { min-width: var(--phone-width, 24rem); }"))
        #expect(html.contains("<div class=\"artwork\" role=\"img\""), "a full-width figure is not marked narrow")
    }
}
