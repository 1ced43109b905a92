import Document
import Engine
import Foundation
import HTMLWriter
import Testing
import TestSupport

/// Every figure of a render is also written under `figures/` as SVG, PDF and PNG, at the
/// figure's size (the PNG at 300 dpi), and listed in the manifest.
struct FigureFilesTests {
    static let chapter = """
        ---
        book: Figure Book
        ---
        # Figures

        \(RenderFixture.modesExperiment("e1"))

        ```{figure} fig-loss
        :experiment: e1
        :y: rules.*.loss
        :width: 12.7
        :height: 7.62
        The loss.
        ```

        > ```{figure} fig-quoted
        > :experiment: e1
        > :y: rules.*.loss
        > The loss again, in a quote (@fig-loss).
        > ```

        See @fig-quoted.
        """

    static func effects() -> InMemoryEffects {
        InMemoryEffects(files: ["/book/chapters/01-figures.md": chapter], date: InMemoryBuildTests.march5, gitCommit: "0123456789ab")
    }

    static func build(_ effects: InMemoryEffects, formats: [any OutputFormat] = [InMemoryBuildTests.FactsFormat()]) -> ReportBuild {
        ReportBuild(.init(projectRoot: URL(fileURLWithPath: "/book"), outputFolder: URL(fileURLWithPath: "/book/output"),
                          formats: formats, jobs: 1, quiet: true),
                    effects: effects)
    }

    /// The page size of a one-page PDF, from its `/MediaBox`.
    static func pageSize(_ pdf: Data) -> (Double, Double)? {
        let text = String(decoding: pdf, as: UTF8.self)
        guard let box = text.range(of: "/MediaBox [") else { return nil }
        let numbers = text[box.upperBound...].prefix { $0 != "]" }.split(separator: " ").compactMap { Double($0) }
        return numbers.count == 4 ? (numbers[2] - numbers[0], numbers[3] - numbers[1]) : nil
    }

    @Test func everyFigureIsWrittenAtItsSizeAndListed() throws {
        let effects = Self.effects()
        let result = try Self.build(effects).run()
        #expect(result.exitStatus == 0, "\(result.problems) \(result.outcome.diagnostics)")
        let figures = FigureFiles.figures(of: result.outcome.book)
        #expect(figures.map(\.id) == ["fig-loss", "fig-quoted"])
        let out = URL(fileURLWithPath: "/book/output")
        let listed = OutputManifest(folder: out, effects: effects).paths()
        #expect(result.figureFiles.map(\.path) == figures.flatMap { f in ["svg", "pdf", "png"].map { "/book/output/figures/\(f.id).\($0)" } })
        for figure in figures {
            let (w, h) = (figure.artwork.widthPoints, figure.artwork.heightPoints)
            for format in FigureFileFormat.allCases {
                #expect(listed.contains("figures/\(figure.id).\(format.rawValue)"))
            }
            let svg = String(decoding: try effects.readFile(out.appendingPathComponent("figures/\(figure.id).svg")), as: UTF8.self)
            #expect(svg.hasPrefix("<?xml") && svg.contains(figure.artwork.svg))
            let pdf = try effects.readFile(out.appendingPathComponent("figures/\(figure.id).pdf"))
            let page = try #require(Self.pageSize(pdf))
            #expect(abs(page.0 - w) < 0.01 && abs(page.1 - h) < 0.01, "\(page) for \(w) x \(h)")
            let png = try #require(DecodedPNG(try effects.readFile(out.appendingPathComponent("figures/\(figure.id).png"))))
            #expect(abs(Double(png.width) - w / 72 * 300) < 1 && abs(Double(png.height) - h / 72 * 300) < 1)
        }
        let loss = try #require(figures.first)
        #expect(abs(loss.artwork.widthPoints - 360) < 0.01 && abs(loss.artwork.heightPoints - 216) < 0.01)
        let png = try #require(DecodedPNG(try effects.readFile(out.appendingPathComponent("figures/fig-loss.png"))))
        #expect((png.width, png.height) == (1500, 900))
        #expect(png.rgb(0, 0) == (255, 255, 255))
    }

    @Test func noFigureFilesWhenTheBuildAsksForNone() throws {
        let effects = Self.effects()
        var request = Self.build(effects).request
        request.figureFormats = []
        let result = try ReportBuild(request, effects: effects).run()
        #expect(result.exitStatus == 0)
        #expect(!effects.paths.contains { $0.hasPrefix("/book/output/figures/") })
    }

    /// The HTML page, as `report render` writes it.
    struct PageFormat: OutputFormat {
        let fileExtension = "html"
        func render(_ book: ResolvedBook) throws -> RenderedReport { RenderedReport(data: Data(HTMLWriter().render(book).utf8)) }
    }

    @Test func theHTMLLinksEachFigureFileAndEveryLinkResolves() throws {
        let effects = Self.effects()
        let result = try Self.build(effects, formats: [PageFormat()]).run()
        #expect(result.exitStatus == 0, "\(result.problems)")
        let html = String(decoding: try effects.readFile(URL(fileURLWithPath: "/book/output/figure-book.html")), as: UTF8.self)
        #expect(HTMLChecks.problem(in: html) == nil)
        let links = html.components(separatedBy: "href=\"figures/").dropFirst().map { "figures/" + $0.prefix { $0 != "\"" } }
        #expect(links.sorted() == ["fig-loss", "fig-quoted"].flatMap { id in ["pdf", "png", "svg"].map { "figures/\(id).\($0)" } })
        for link in links { #expect(effects.fileExists(URL(fileURLWithPath: "/book/output").appendingPathComponent(link)), "\(link)") }
    }

    @Test func oneFigureOnDemandInTheAskedFormats() throws {
        let effects = Self.effects()
        let build = Self.build(effects, formats: [])
        let export = try build.exportFigure("fig-quoted", formats: [.png], with: build.renderer())
        #expect(export.exitStatus == 0, "\(export.problems)")
        #expect(export.written.map(\.path) == ["figures/fig-quoted.png"])
        #expect(effects.paths.filter { $0.hasPrefix("/book/output/figures/") } == ["/book/output/figures/fig-quoted.png"])
        let listed = OutputManifest(folder: URL(fileURLWithPath: "/book/output"), effects: effects).paths()
        #expect(listed.contains("figures/fig-quoted.png") && listed.contains(".cache/index.json"))

        let missing = try build.exportFigure("fig-none", formats: [.svg], with: build.renderer())
        #expect(missing.exitStatus == 1)
        #expect(missing.problems == ["no figure 'fig-none' in the chapters; figures: fig-loss, fig-quoted."])
    }
}
