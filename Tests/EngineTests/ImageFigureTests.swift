import Document
import Foundation
import PDFWriter
import Testing
@testable import Engine

/// Image figures (MyST `{figure} path`, `{image}`, Quarto `![..](..){#fig-x}`), figure
/// grids and plain Markdown images, in the resolved book, the HTML and the PDF.
struct ImageFigureTests {
    static func image(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "images", withExtension: nil)).appendingPathComponent(name)
        return try Data(contentsOf: url)
    }

    /// A book of one chapter with the test images beside it in `img/` (and `img/broken.png`).
    static func book(_ chapter: String) throws -> MemoryBook {
        var files = ["01-a.md": Data(chapter.utf8), "img/broken.png": Data("not a png".utf8)]
        for name in ["dot.png", "dot.jpg", "dot.svg"] { files["img/\(name)"] = try image(name) }
        return try MemoryBook(chapters: files)
    }

    static func figures(_ book: MemoryBook) -> [FigureBlock] {
        book.outcome.book.chapters.collect { block -> FigureBlock? in
            if case let .figure(f) = block { return f }
            return nil
        }
    }

    static func pdf(_ book: MemoryBook) throws -> Data { try PDFWriter().render(book.outcome.book).pdf }

    /// `pdfimages -list` of `pdf`: each image's encoding ("image" for pixels, "jpeg", ...).
    static func pdfImages(_ pdf: Data) throws -> [String] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("images-\(UUID().uuidString).pdf")
        try pdf.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdfimages")
        process.arguments = ["-list", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).split(separator: "\n").dropFirst(2).map {
            $0.split(separator: " ", omittingEmptySubsequences: true)[8].description
        }
    }

    @Test func aMySTImageFigureIsNumberedReferenceableAndEmbedded() throws {
        let book = try Self.book("""
            # A

            See @fig-dot.

            ```{figure} img/dot.png
            :label: fig-dot
            :width: 60%
            :align: left
            :alt: A dot.
            A *dot* caption.
            ```

            ```{figure} img/dot.svg
            :name: dot-2
            :width: 3cm
            The SVG dot.
            ```
            """)
        #expect(book.outcome.errors.isEmpty, "\(book.outcome.errors)")
        let figures = Self.figures(book)
        try #require(figures.count == 2)
        #expect(figures.map(\.number) == ["1.1", "1.2"])
        #expect(figures[0].image?.width == .fraction(0.6) && figures[0].image?.alignment == .left)
        #expect(figures[0].caption == [.text("A "), .emphasis([.text("dot")]), .text(" caption.")])
        #expect(figures[1].id == "dot-2" && figures[1].image?.mime == "image/svg+xml")
        if case let .points(p)? = figures[1].image?.width { #expect(abs(p - 85.04) < 0.01) } else { Issue.record("no width") }
        #expect(book.html.contains("Figure\u{00A0}1.1") && book.html.contains("<figure id=\"dot-2\""))
        #expect(book.html.contains("<figure id=\"fig-dot\" class=\"image-figure align-left\">"))
        #expect(book.html.contains("<img src=\"data:image/png;base64,") && book.html.contains("alt=\"A dot.\" style=\"width:60%\""))
        #expect(book.html.contains("data:image/svg+xml;base64,"))
        #expect(book.outcome.exitStatus(strict: false) == 0)
    }

    @Test func anExperimentFigureKeepsItsMeaning() throws {
        let book = try Self.book("# A\n\n```{figure} fig-x\nCaption.\n```\n")
        let error = try #require(book.diagnostics(containing: "neither experiment results").first)
        #expect((error.location.line, error.location.column) == (3, 1))
    }

    @Test func anImageDirectiveIsNotNumbered() throws {
        let book = try Self.book("# A\n\n```{image} img/dot.jpg\n:width: 100px\n:alt: Dot.\n```\n")
        let figure = try #require(Self.figures(book).first)
        #expect(figure.number == nil && !figure.numbered && figure.image?.width == .points(75))
        #expect(book.html.contains("data:image/jpeg;base64,") && !book.html.contains("class=\"figno\""))
    }

    @Test func aQuartoImageWithAFigureIdIsANumberedFigure() throws {
        let book = try Self.book("""
            # A

            See @fig-q.

            ![The *caption*](img/dot.png){#fig-q width=50% fig-align=right fig-alt="Alt words" foo=1}

            ![plain](img/dot.png){width=30%}

            Inline ![x](img/dot.png){width=10%} in text.
            """)
        let figures = Self.figures(book)
        try #require(figures.count == 2)
        #expect(figures[0].id == "fig-q" && figures[0].number == "1.1" && figures[0].alt == "Alt words")
        #expect(figures[0].caption == [.text("The "), .emphasis([.text("caption")])])
        #expect(figures[0].image?.width == .fraction(0.5) && figures[0].image?.alignment == .right)
        #expect(!figures[1].numbered && figures[1].number == nil && figures[1].image?.width == .fraction(0.3))
        let unused = try #require(book.diagnostics(containing: "attribute 'foo'").first)
        #expect(unused.severity == .warning && (unused.location.line, unused.location.column) == (5, 30))
        let leaked = try #require(book.diagnostics(containing: "attribute list after an image is not used").first)
        #expect((leaked.location.line, leaked.location.column) == (9, 25))
        #expect(book.html.contains("{width=10%}"), "the unused list stays visible")
        #expect(book.html.contains("Figure\u{00A0}1.1"))
    }

    @Test func aMissingOrUndecodableImageIsAnErrorAtTheImage() throws {
        let book = try Self.book("""
            # A

            See @fig-gone.

            ```{figure} img/gone.png
            :label: fig-gone
            Caption kept.
            ```

            Text ![broken](img/broken.png) here.
            """)
        let missing = try #require(book.diagnostics(containing: "img/gone.png").first)
        #expect(missing.severity == .error && (missing.location.line, missing.location.column) == (5, 13))
        let broken = try #require(book.diagnostics(containing: "img/broken.png").first)
        #expect(broken.message.contains("cannot be decoded") && (broken.location.line, broken.location.column) == (10, 6))
        #expect(book.outcome.exitStatus(strict: false) == 1)
        #expect(book.diagnostics(containing: "unknown reference").isEmpty, "the figure keeps its number")
        #expect(book.html.contains("Caption kept.") && book.html.contains("error-box"))
        let text = try poppler("pdftotext", Self.pdf(book))
        #expect(text.contains("img/gone.png") && text.contains("Caption kept.") && text.contains("img/broken.png"))
    }

    @Test func aGridOfNestedFiguresHasLabelledPanels() throws {
        let book = try Self.book("""
            # A

            See @fig-g and its panel @fig-g-b.

            ````{figure}
            :label: fig-g
            ```{figure} img/dot.png
            :name: fig-g-a
            First.
            ```
            ```{figure} img/dot.jpg
            :name: fig-g-b
            Second.
            ```
            Both panels.
            ````
            """)
        #expect(book.outcome.errors.isEmpty, "\(book.outcome.errors)")
        let grid = try #require(Self.figures(book).first)
        #expect(grid.number == "1.1" && grid.panels.map(\.number) == ["1.1a", "1.1b"])
        #expect(grid.caption == [.text("Both panels.")])
        #expect(book.html.contains("Figure\u{00A0}1.1b"))
        #expect(book.html.contains("class=\"figure-grid\"") && book.html.contains("<span class=\"panel-label\">(b)</span> Second."))
        #expect(book.html.contains("id=\"fig-g-a\""))
        #expect(book.diagnostics(containing: "never cited").isEmpty)
        let text = try poppler("pdftotext", Self.pdf(book))
        #expect(text.contains("(a) First.") && text.contains("(b) Second.") && text.contains("Figure 1.1b"))
    }

    @Test func aGridOfImagesTakesTheirIdsAndWidths() throws {
        let book = try Self.book("""
            # A

            See @fig-h and @fig-h-b.

            ````{figure}
            :label: fig-h
            ![One](img/dot.png){#fig-h-a width=50%} ![Two](img/dot.svg){#fig-h-b width=50%}

            The caption.
            ````
            """)
        #expect(book.outcome.errors.isEmpty, "\(book.outcome.errors)")
        let grid = try #require(Self.figures(book).first)
        #expect(grid.panels.map(\.id) == ["fig-h-a", "fig-h-b"] && grid.panels.map(\.number) == ["1.1a", "1.1b"])
        #expect(grid.panels[1].caption == [.text("Two")] && grid.caption == [.text("The caption.")])
        #expect(book.html.contains("grid-template-columns:repeat(2,minmax(0,1fr))"))
    }

    @Test func aQuartoFigureDivIsAGridWithItsColumns() throws {
        let book = try Self.book("""
            # A

            See @fig-q and its panel @fig-q-b.

            ::: {#fig-q layout-ncol=2}
            ![Panel A](img/dot.png){#fig-q-a}

            ![Panel B](img/dot.jpg){#fig-q-b}

            ![Panel C](img/dot.svg)

            Three panels.
            :::

            ::: {#fig-one .wide}
            ![Alone](img/dot.png)

            One image.
            :::

            Also @fig-one.
            """)
        #expect(book.outcome.errors.isEmpty, "\(book.outcome.errors)")
        let figures = Self.figures(book)
        try #require(figures.count == 2)
        let grid = figures[0]
        #expect(grid.id == "fig-q" && grid.number == "1.1" && grid.columns == 2)
        #expect(grid.panels.map(\.id) == ["fig-q-a", "fig-q-b", ""] && grid.panels.map(\.number) == ["1.1a", "1.1b", "1.1c"])
        #expect(grid.caption == [.text("Three panels.")])
        #expect(figures[1].image != nil && figures[1].panels.isEmpty && figures[1].number == "1.2")
        #expect(figures[1].caption == [.text("One image.")])
        let unused = try #require(book.diagnostics(containing: "class '.wide'").first)
        #expect(unused.severity == .warning && unused.location.line == 15)
        #expect(book.html.contains("Figure\u{00A0}1.1b") && book.html.contains("Figure\u{00A0}1.2"))
        #expect(book.html.contains("<figure id=\"fig-q\" class=\"figure-grid\">"))
        #expect(book.html.contains("grid-template-columns:repeat(2,minmax(0,1fr))"))
        #expect(book.html.contains("<span class=\"panel-label\">(b)</span> Panel B"))
        let pdf = try Self.pdf(book)
        let images = try Self.pdfImages(pdf)
        #expect(images.filter { $0 == "image" }.count >= 2 && images.contains("jpeg"), "\(images)")
        let text = try poppler("pdftotext", pdf)
        #expect(text.contains("(a) Panel A") && text.contains("(b) Panel B") && text.contains("Figure 1.1b"))
    }

    @Test func imagesAreDrawnInThePDFWithJPEGsEmbeddedAsTheyAre() throws {
        let book = try Self.book("""
            # A

            ![alone](img/dot.png)

            Text with ![inside](img/dot.jpg) an image.

            ```{image} img/dot.svg
            :alt: Vector dot.
            ```
            """)
        #expect(book.outcome.errors.isEmpty, "\(book.outcome.errors)")
        let pdf = try Self.pdf(book)
        let images = try Self.pdfImages(pdf)
        #expect(images.filter { $0 == "image" }.count >= 1 && images.contains("jpeg"), "\(images)")
        let text = try poppler("pdftotext", pdf)
        #expect(!text.contains("[image:"), "\(text)")
        #expect(text.contains("svg text"), "the SVG's text stays text (vectors)")
    }
}

/// The text poppler's `tool` (pdftotext) reads from `pdf`.
private func poppler(_ tool: String, _ pdf: Data) throws -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("images-\(UUID().uuidString).pdf")
    try pdf.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
    process.arguments = [file.path, "-"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: output, as: UTF8.self)
}
