import Document
import Foundation
import Graphics
import PDFWriter

/// Artwork of a framed box with a label (a stand-in for a Plot figure's SVG).
func boxArtwork(width: Double, height: Double) -> FigureArtwork {
    let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(width)pt" height="\(height)pt" viewBox="0 0 \(width) \(height)">\
        <rect x="1" y="1" width="\(width - 2)" height="\(height - 2)" fill="none" stroke="black"/>\
        <text x="10" y="20" font-family="DejaVu Sans" font-size="10">artwork label</text></svg>
        """
    return FigureArtwork(widthPoints: width, heightPoints: height, svg: svg)
}

/// A small resolved book with every kind of block the PDF writer draws.
enum Fixtures {
    static let at = SourceLocation(file: "ch.md", line: 1, column: 1)

    static func heading(_ level: Int, _ text: String, id: String, number: String) -> Block {
        .heading(Heading(level: level, content: [.text(text)], id: id, number: number, location: at))
    }

    static func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }

    static func book(paper: String? = nil, figureSize: (Double, Double) = (300, 200), filler: Int = 0) -> ResolvedBook {
        var blocks: [Block] = [
            heading(1, "Alpha chapter", id: "sec-alpha", number: "1"),
            .paragraph([.text("See "), .reference(label: "fig-box", location: at, text: "Figure 1.1"),
                        .text(" and "), .reference(label: "eq-main", location: at, text: "Eq. (1.1)"),
                        .text(" with "), .math(tex: "x^2 + \\frac{a}{b}", location: at), .text(", cited "),
                        .citation(keys: ["smith2020"], location: at, text: "[1]"), .text(" and "),
                        .strong([.text("bold")]), .text(", "), .emphasis([.text("italic")]), .text(", "), .code("code()"),
                        .text("."), .footnoteReference(label: "1")]),
            .displayMath(DisplayMath(tex: "E = \\sum_{k=0}^{T} \\frac{1}{2} \\|e_k\\|^2 + \\badcommand", label: "eq-main",
                                     number: "1.1", location: at)),
            heading(2, "Beta section", id: "sec-beta", number: "1.1"),
            .bulletList(items: [[paragraph("first item")], [paragraph("second item")]], tight: true),
            .blockQuote([paragraph("A quoted remark.")]),
            .codeBlock(language: "", code: "let short = 1\n" + String(repeating: "overlong_code_", count: 12)
                       + "\n" + String(repeating: "spaced words ", count: 12) + "\n"),
        ]
        blocks += (0..<filler).map { paragraph("Filler paragraph \($0) " + String(repeating: "lorem ipsum dolor sit amet ", count: 12)) }
        blocks.append(paragraph("A word too long for any line: " + String(repeating: "0123456789", count: 12) + "."))
        blocks += [
            .figure(FigureBlock(id: "fig-box", number: "1.1", caption: [.text("A framed box caption.")], alt: "box",
                                artwork: boxArtwork(width: figureSize.0, height: figureSize.1), location: at)),
            .table(Table(id: "tbl-data", number: "1.1", caption: [.text("Data table caption.")],
                         alignments: [.left, .right], header: [[.text("Name")], [.text("Value")]],
                         rows: [[[.text("a")], [.text("1.5")]], [[.text("b")], [.text("22")]]])),
            heading(2, "Gamma section", id: "sec-gamma", number: "1.2"),
            .claim(ClaimBlock(id: "holds", statement: [.text("The claim statement text.")], check: "x < 1", passed: true,
                              measured: [MeasuredValue(path: "x", value: "0.5")], location: at)),
            .error(Diagnostic("something is wrong", at: at, sourceLine: "bad line")),
            .footnoteDefinition(label: "1", content: [paragraph("The footnote text.")]),
        ]
        var matter = FrontMatter(title: "Alpha chapter")
        if let paper { matter.parameters["paper"] = paper }
        let chapter = Chapter(file: "ch.md", number: 1, frontMatter: matter, blocks: blocks)
        let entry = BibliographyEntry(key: "smith2020", type: "article",
                                      fields: ["author": "Smith, Ann", "title": "A paper", "journal": "J", "year": "2020"], location: at)
        return ResolvedBook(Book(title: "Test Book", authors: ["Ann Author"], chapters: [chapter], bibliography: [entry],
                                 citedKeys: ["smith2020"]),
                            provenance: Provenance(facts: [("Tool", "report test")], experiments: []))
    }
}

/// Runs a poppler tool on PDF bytes and returns its standard output.
func poppler(_ tool: String, _ arguments: [String] = [], pdf: Data) throws -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("pdfwriter-\(UUID().uuidString).pdf")
    try pdf.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
    process.arguments = arguments + [file.path] + (tool == "pdftotext" ? ["-"] : [])
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let out = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: out, as: UTF8.self)
}
