import Document
import Graphics

/// Page numbers of named destinations, known only after the body is paginated; the table
/// of contents reads them when it is drawn.
final class PageNumbers {
    var pages: [String: Int] = [:]
}

/// The title page (title, the title block of TitleBlockFlow, claims at a glance) and the
/// table of contents with page numbers and links.
extension Typesetter {
    func titlePage(_ book: ResolvedBook, width: Double) -> [Slice] {
        let block = book.titleBlock
        var slices: [Slice] = [.space(block.abstract.isEmpty ? 110 : 40)]
        let titleStyle = RunStyle(family: PDFStyle.sans, size: 26, bold: true)
        var title = RichText()
        title.append(book.title, titleStyle)
        slices += lineSlices(paragraph(title, base: titleStyle, width: width, alignment: .left, lineSpacing: 1))
        slices += titleBlock(block, date: book.provenance?.facts.first(where: { $0.0 == "Rendered" })?.1, width: width)
        // The provenance stands once, at the end of the book.
        slices += [.space(40), summary(book, width: width)]
        return slices
    }

    /// Claims and chapter errors at a glance, in a shaded box.
    private func summary(_ book: ResolvedBook, width: Double) -> Slice {
        let summary = book.claims
        let base = RunStyle(family: PDFStyle.sans, size: 10)
        var bold = base
        bold.bold = true
        var lines: [RichText] = []
        var head = RichText()
        if summary.claims.isEmpty {
            head.append(summary.headline, base)
        } else {
            bold.color = summary.allHold ? PDFStyle.ok : PDFStyle.bad
            head.append(summary.headline, bold)
        }
        lines.append(head)
        for c in summary.notHolding {
            var line = RichText()
            line.append("• \(c.id): \(ClaimsSummary.verdict(c))", base, link: .destination("claim-\(c.id)"))
            lines.append(line)
        }
        if let headline = summary.errorHeadline {
            var line = RichText()
            bold.color = PDFStyle.bad
            line.append(headline, bold)
            lines.append(line)
            for e in summary.errors.prefix(ClaimsSummary.errorsListed) {
                var item = RichText()
                item.append("• \(e.location): \(e.message)", RunStyle(family: PDFStyle.sans, size: 9))
                lines.append(item)
            }
        }
        let slices = lines.flatMap { lineSlices(paragraph($0, base: base, width: width - 24, alignment: .left)) }
        return Self.box(slices, width: width, pad: 9, left: 12, anchors: []) { pdf, r in
            pdf.canvas.fill(Path(rect: r), color: PDFStyle.panel)
        }
    }

    /// "Contents", then one line per entry with its page number at the right margin.
    func contents(_ entries: [ContentsEntry], numbers: PageNumbers, width: Double) -> [FlowItem] {
        var items = [heading(Self.unnumbered("Contents", id: "contents"), width: width)]
        for entry in entries {
            let top = entry.level == 1
            let base = RunStyle(family: top ? PDFStyle.sans : PDFStyle.serif, size: top ? 10.5 : 10.5, bold: top)
            let indent = top ? 0.0 : 18.0
            var text = RichText()
            if let number = entry.number { text.append(number + "\u{2003}", base) }
            text.append(rich(entry.title, base))
            let slices = lineSlices(paragraph(text, base: base, width: width - indent - 40, alignment: .left, lineSpacing: 1))
            let height = slices.reduce(0) { $0 + $1.height }
            let baseline = slices.first?.firstBaseline ?? 10
            let slice = Slice(height: height) { pdf, p in
                var y = p.y
                for s in slices {
                    s.draw(pdf, Point(p.x + indent, y))
                    y += s.height
                }
                let page = numbers.pages[entry.destination].map(String.init) ?? "?"
                pdf.canvas.draw(Text(plain: page, style: TextStyle(family: base.family, size: base.size, bold: top)),
                                at: Point(p.x + width, p.y + baseline), anchor: TextAnchor(.right, .baseline))
                pdf.link(.destination(entry.destination), rect: Rect(x: p.x, y: p.y, width: width, height: height))
            }
            items.append(FlowItem([slice], gapBefore: top ? 8 : 2))
        }
        return items
    }
}
