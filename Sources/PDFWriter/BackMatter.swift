import Document
import Foundation
import Graphics

/// The references list and the provenance section at the end, as in the HTML.
extension Typesetter {
    func references(_ book: Book, width: Double) -> [FlowItem] {
        guard !book.citedKeys.isEmpty else { return [] }
        let entries = Dictionary(book.bibliography.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var items = [heading(Self.unnumbered("References", id: "references"), width: width)]
        let base = RunStyle(family: PDFStyle.serif, size: 9.5)
        for (index, key) in book.citedKeys.enumerated() {
            guard let entry = entries[key] else { continue }
            let f = entry.formatted
            var text = RichText()
            text.append("\(f.authors) (\(f.year)). \(f.title).", base)
            if !f.venue.isEmpty {
                var venue = base
                venue.italic = true
                text.append(" " + f.venue + ".", venue)
            }
            if let link = entry.link {
                var style = base
                style.color = PDFStyle.link
                text.append(" " + link, style, link: .uri(link))
            }
            var slices = lineSlices(paragraph(text, base: base, width: width - 24, alignment: .left), anchors: ["ref-\(key)"])
                .map { $0.offset(dx: 24) }
            let first = slices[0]
            let baseline = first.firstBaseline ?? 9.5
            slices[0].draw = { pdf, p in
                pdf.canvas.draw(Text(plain: "[\(index + 1)]", style: TextStyle(family: PDFStyle.serif, size: 9.5)),
                                at: Point(p.x, p.y + baseline), anchor: TextAnchor(.left, .baseline))
                first.draw(pdf, p)
            }
            items.append(FlowItem(slices, gapBefore: 4))
        }
        return items
    }

    func provenance(_ book: Book, width: Double) -> [FlowItem] {
        guard let p = book.provenance else { return [] }
        var items = [heading(Self.unnumbered("Provenance", id: "provenance"), width: width)]
        items.append(table(Self.factsTable(p.facts), width: width))
        if !p.experiments.isEmpty {
            func cell(_ s: String) -> [Inline] { [.text(s)] }
            let rows: [[[Inline]]] = p.experiments.map { e in
                [[.link(url: "#exp-\(e.id)", title: "", content: [.code(e.id)])], cell(e.kind),
                 cell(String(format: "%.2f s", e.seconds)), cell(e.status)]
            }
            items.append(table(Table(alignments: [.left, .left, .right, .left],
                                     header: ["Experiment", "Kind", "Compute time", "This render"].map(cell), rows: rows),
                               width: width))
            items.append(FlowItem(textSlices([.text("Every experiment's parameters, including its seed, are shown with it in the text and stored under "),
                                              .code("output/results/"), .text(".")], base: style.body, width: width),
                                  gapBefore: style.gap))
        }
        return items
    }

    /// Provenance facts as a two-column table without a header.
    static func factsTable(_ facts: [(String, String)]) -> Table {
        Table(alignments: [.left, .left], header: [],
              rows: facts.map { [[.strong([.text($0.0)])], [.text($0.1)]] })
    }

    static func unnumbered(_ title: String, id: String) -> Heading {
        Heading(level: 2, content: [.text(title)], id: id, location: SourceLocation(file: "", line: 0, column: 0))
    }
}
