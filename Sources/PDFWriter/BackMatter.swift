import Document
import Foundation
import Graphics

/// The references list and the provenance section at the end, as in the HTML.
extension Typesetter {
    func references(_ book: ResolvedBook, width: Double) -> [FlowItem] {
        guard !book.references.isEmpty else { return [] }
        var items = [element(heading(Self.unnumbered("References", id: "references"), width: width), "H1")]
        // The entries are a list: an `L` holding an `LI` each.
        let list = nextStructureBlock()
        let base = RunStyle(family: PDFStyle.serif, size: 9.5)
        for f in book.references {
            var text = RichText()
            text.append("\(f.authors) (\(f.year)). \(f.title).", base)
            if !f.venue.isEmpty {
                var venue = base
                venue.italic = true
                text.append(" " + f.venue, venue)
                text.append((f.details.isEmpty ? "" : ", " + f.details) + ".", base)
            } else if !f.details.isEmpty {
                text.append(" " + f.details + ".", base)
            }
            for link in f.links {
                guard let safe = LinkPolicy.safe(link) else { continue }
                var style = base
                style.color = PDFStyle.link
                text.append(" " + link, style, link: .uri(safe))
            }
            // Numbered entries hang their "[n]"; author-year entries hang their second line.
            let indent = f.label.isEmpty ? 0.0 : 24
            var slices = lineSlices(paragraph(text, base: base, width: width - 24, alignment: .left), anchors: ["ref-\(f.key)"])
                .enumerated().map { $1.offset(dx: $0 == 0 ? indent : 24) }
            let first = slices[0]
            let baseline = first.firstBaseline ?? 9.5
            slices[0].draw = { pdf, p in
                pdf.canvas.draw(Text(plain: f.label, style: TextStyle(family: PDFStyle.serif, size: 9.5)),
                                at: Point(p.x, p.y + baseline), anchor: TextAnchor(.left, .baseline))
                first.draw(pdf, p)
            }
            items.append(element(FlowItem(slices, gapBefore: 4), "LI").tagged("L", block: list))
        }
        return items
    }

    func provenance(_ book: ResolvedBook, width: Double) -> [FlowItem] {
        guard let p = book.provenanceRows else { return [] }
        var items = [element(heading(Self.unnumbered("Provenance", id: "provenance"), width: width), "H1")]
        items.append(element(table(Self.factsTable(p.facts), width: width), "Table"))
        if !p.experiments.isEmpty {
            func cell(_ s: String) -> [Inline] { [.text(s)] }
            let rows: [[[Inline]]] = p.experiments.map { e in
                [[.link(url: "#exp-\(e.id)", title: "", content: [.code(e.id)])], cell(e.kind),
                 cell(e.computeTime), cell(e.status)]
            }
            items.append(element(table(Table(alignments: [.left, .left, .right, .left],
                                             header: ProvenanceRows.experimentHeader.map(cell), rows: rows),
                                       width: width), "Table"))
            items.append(element(FlowItem(textSlices([.text(p.note.0), .code(p.note.1), .text(p.note.2)], base: style.body, width: width),
                                          gapBefore: style.gap), "P"))
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
