import Document
import Testing
@testable import HTMLWriter

/// On a narrow screen a figure of several columns of panels shows them one under another:
/// windows onto the one inline drawing, narrow columns kept in pairs.
struct PhoneFigureColumnsTests {
    static func page(edges: [Double], firstColumnLabels: AxisLabelStrip? = nil, rows: [FigureRow] = [],
                     lastRowLabels: AxisLabelStrip? = nil) -> String {
        let here = SourceLocation(file: "c.md", line: 1, column: 1)
        let artwork = FigureArtwork(widthPoints: edges.last!, heightPoints: 200,
                                    svg: "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"453pt\" height=\"200pt\" viewBox=\"0 0 453 200\"></svg>",
                                    columnEdges: edges, firstColumnLabels: firstColumnLabels, rows: rows, lastRowLabels: lastRowLabels)
        let figure = FigureBlock(id: "fig-a", number: "1.1", caption: [.text("A grid.")], alt: "a grid", artwork: artwork, location: here)
        let chapter = Chapter(file: "c.md", number: 1, frontMatter: FrontMatter(), blocks: [.figure(figure)])
        return HTMLWriter().render(ResolvedBook(Book(title: "B", chapters: [chapter], bibliography: [], citedKeys: [])))
    }

    @Test func columnsNarrowerThanAWindowArePaired() {
        #expect(FigureColumns.windows([0, 453]) == [], "one column: no windows")
        #expect(FigureColumns.windows([0, 226, 453]) == [0...226, 226...453])
        #expect(FigureColumns.windows([0, 151, 302, 453]) == [0...151, 151...302, 302...453])
        #expect(FigureColumns.windows([0, 113, 226, 340, 453]) == [0...226, 226...453])
        #expect(FigureColumns.windows([0, 60, 120]).isEmpty, "too narrow to split is not split")
    }

    @Test func aPhoneShowsWindowsOntoTheOneDrawing() throws {
        let html = Self.page(edges: [0, 226, 453])
        #expect(html.contains("<div class=\"artwork split\" role=\"img\" aria-label=\"a grid\""))
        #expect(html.contains("<svg id=\"fig-a-drawing\" xmlns="), "the drawing carries the id the windows use")
        #expect(html.contains("<div class=\"columns\"><svg class=\"column\" viewBox=\"0 0 226 200\" style=\"max-width:22.6rem\" aria-hidden=\"true\"><use href=\"#fig-a-drawing\" width=\"453\" height=\"200\"/></svg>"
                              + "<svg class=\"column\" viewBox=\"226 0 227 200\""))
        let phone = try #require(html.range(of: "@media screen and (max-width: 40rem) {"))
        let block = html[phone.upperBound...]
        let rules = block[..<(block.range(of: "\n}")?.lowerBound ?? block.endIndex)]
        #expect(rules.contains(".artwork.split > svg:first-child { display: none; } .artwork.split > .columns { display: block; }"))
        #expect(html.contains(".artwork > .columns { display: none; }"), "wider screens show the whole drawing")
        #expect(!Self.page(edges: [0, 453]).contains("class=\"columns\""))
    }

    @Test func laterColumnsRepeatTheSharedAxisLabels() {
        let labels = AxisLabelStrip(boxes: [AxisLabelStrip.Box(x: 4, y: 80, width: 10, height: 40),
                                            AxisLabelStrip.Box(x: 20, y: 30, width: 14, height: 8)])
        let html = Self.page(edges: [0, 226, 453], firstColumnLabels: labels)
        let use = "<use href=\"#fig-a-drawing\" width=\"453\" height=\"200\"/>"
        // 226 of the second window's 30 + 4 + 227 points: both at one scale.
        #expect(html.contains("<svg class=\"column\" viewBox=\"0 0 226 200\" style=\"width:86.59%;max-width:22.6rem\" aria-hidden=\"true\">\(use)</svg>"),
                "the first column draws its own labels")
        #expect(html.contains("<svg class=\"column\" viewBox=\"0 0 261 200\" style=\"max-width:26.1rem\" aria-hidden=\"true\">"
                              + "<svg x=\"0\" y=\"80\" width=\"10\" height=\"40\" viewBox=\"4 80 10 40\">\(use)</svg>"
                              + "<svg x=\"16\" y=\"30\" width=\"14\" height=\"8\" viewBox=\"20 30 14 8\">\(use)</svg>"
                              + "<svg x=\"34\" width=\"227\" height=\"200\" viewBox=\"226 0 227 200\">\(use)</svg></svg>"),
                "the second shows each label where it stands beside the first, a gap, then its own column")
    }

    @Test func severalRowsComeCellByCellWithTheSharedXLabelsUnderUpperRows() throws {
        let rows = [FigureRow(top: 0, plotBottom: 80, bottom: 100), FigureRow(top: 100, plotBottom: 180, bottom: 200)]
        let ticks = AxisLabelStrip(boxes: [AxisLabelStrip.Box(x: 50, y: 182, width: 20, height: 10),
                                           AxisLabelStrip.Box(x: 300, y: 182, width: 20, height: 10)])
        let html = Self.page(edges: [0, 226, 453], rows: rows, lastRowLabels: ticks)
        let use = "<use href=\"#fig-a-drawing\" width=\"453\" height=\"200\"/>"
        let upperLeft = "<svg class=\"column\" viewBox=\"0 0 226 100\" style=\"max-width:22.6rem\" aria-hidden=\"true\">"
            + "<svg x=\"0\" width=\"226\" height=\"100\" viewBox=\"0 0 226 100\">\(use)</svg>"
            + "<svg x=\"50\" y=\"82\" width=\"20\" height=\"10\" viewBox=\"50 182 20 10\">\(use)</svg></svg>"
        let upperRight = "<svg class=\"column\" viewBox=\"0 0 227 100\" style=\"max-width:22.7rem\" aria-hidden=\"true\">"
            + "<svg x=\"0\" width=\"227\" height=\"100\" viewBox=\"226 0 227 100\">\(use)</svg>"
            + "<svg x=\"74\" y=\"82\" width=\"20\" height=\"10\" viewBox=\"300 182 20 10\">\(use)</svg></svg>"
        let lowerLeft = "<svg class=\"column\" viewBox=\"0 100 226 100\" style=\"max-width:22.6rem\" aria-hidden=\"true\">\(use)</svg>"
        let lowerRight = "<svg class=\"column\" viewBox=\"226 100 227 100\" style=\"max-width:22.7rem\" aria-hidden=\"true\">\(use)</svg>"
        let places = try [upperLeft, upperRight, lowerLeft, lowerRight].map {
            try #require(html.range(of: $0), "missing: \($0)").lowerBound
        }
        #expect(places == places.sorted(), "row by row, left to right: A, B, C, D")
    }
}
