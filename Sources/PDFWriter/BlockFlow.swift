import Foundation
import Document
import Graphics
import MathLayout

/// Blocks to flow items: headings, paragraphs, lists, quotes, code, display math and the
/// rest, each at a given width. Figures, tables and callouts have files of their own.
extension Typesetter {
    func flow(_ blocks: [Block], width: Double) -> [FlowItem] {
        blocks.compactMap { flow($0, width: width) }
    }

    /// The block's flow item, its slices an element of the PDF's structure tree.
    func flow(_ block: Block, width: Double) -> FlowItem? {
        guard let item = untaggedFlow(block, width: width) else { return nil }
        let (type, alternate) = Self.structureType(of: block)
        return element(item, type, alternate: alternate)
    }

    /// `item` as an element of `type` of its own: a block's, or one made outside a block
    /// (back matter, the appendix).
    func element(_ item: FlowItem, _ type: String, alternate: String? = nil) -> FlowItem {
        item.tagged(type, block: nextStructureBlock(), alternate: alternate)
    }

    /// The standard structure type a block's own slices take, and the text that stands for
    /// a figure (its alt text) or a formula (its TeX).
    static func structureType(of block: Block) -> (String, String?) {
        switch block {
        case let .heading(h): return ("H\(min(max(h.level, 1), 6))", nil)
        case .bulletList, .orderedList, .definitionList: return ("L", nil)
        case .blockQuote: return ("BlockQuote", nil)
        case .container: return ("Div", nil)
        case .codeBlock, .listing: return ("Code", nil)
        case let .displayMath(m): return ("Formula", m.tex.trimmingCharacters(in: .whitespacesAndNewlines))
        case .table: return ("Table", nil)
        case let .figure(f): return ("Figure", f.alt)
        case .footnoteDefinition: return ("Note", nil)
        default: return ("P", nil)
        }
    }

    private func untaggedFlow(_ block: Block, width: Double) -> FlowItem? {
        switch block {
        case let .paragraph(content):
            if Self.holdsImage(content) { return imageParagraph(content, width: width) }
            return FlowItem(textSlices(content, base: style.body, width: width), gapBefore: style.gap)
        case let .heading(h): return heading(h, width: width)
        case let .bulletList(items, tight):
            return list(items.map { item in
                // A task item's box stands in for the bullet.
                if case let .paragraph(c)? = item.first, case .checkbox? = c.first { return ("", item) }
                return ("•", item)
            }, tight: tight, width: width)
        case let .orderedList(start, items, tight):
            return list(items.enumerated().map { ("\(start + $0.offset).", $0.element) }, tight: tight, width: width)
        case let .blockQuote(blocks):
            let inner = flow(blocks, width: width - 14).folded().map {
                $0.offset(dx: 14).behind({ pdf, r in
                    pdf.canvas.fill(Path(rect: Rect(x: r.x + 2, y: r.y, width: 2.5, height: r.height)), color: PDFStyle.rule)
                }, width: width)
            }
            return FlowItem(inner, gapBefore: style.gap)
        case let .codeBlock(_, code): return codeBlock(code, width: width, size: style.code.size)
        case .thematicBreak:
            return FlowItem([Slice(height: 14) { pdf, p in
                pdf.canvas.fill(Path(rect: Rect(x: p.x + width * 0.3, y: p.y + 7, width: width * 0.4, height: 0.6)),
                                color: PDFStyle.rule)
            }], gapBefore: style.gap)
        case .html:
            warn("PDF: a raw HTML block is not shown in the PDF")
            return nil
        case let .displayMath(m): return displayMath(m, width: width)
        case let .footnoteDefinition(label, content):
            return footnote(label, content, width: width)
        case let .definitionList(items): return definitionList(items, width: width)
        case .directive: return nil  // a ResolvedBook holds none: leftovers became errors
        case let .experiment(e): return experimentInText(e, width: width)
        case let .table(t): return table(t, width: width)
        case let .figure(f): return figure(f, width: width)
        case let .claim(c): return claimInText(c, width: width)
        case let .container(c): return container(c, width: width)
        case let .listing(l): return listing(l, width: width)
        case let .error(d): return errorBox(d, width: width)
        }
    }

    /// Numbered like the HTML ("2.1 Title"), on balanced lines, kept with what follows; like
    /// running text it may pass a figure waiting for the next page.
    func heading(_ h: Heading, width: Double) -> FlowItem {
        let base = style.heading(level: h.level)
        var text = RichText()
        if let number = h.number { text.append(number + "\u{2003}", base) }
        text.append(rich(h.content, base))
        var slices = lineSlices(balancedHeading(text, base: base, width: width), anchors: [h.id])
        for index in slices.indices.dropFirst() { slices[index].canBreakBefore = false }
        if h.level == 1, let last = slices.indices.last {
            slices[last] = slices[last].offset(extraHeight: 6)
            let height = slices[last].height
            slices[last] = slices[last].behind({ pdf, r in
                pdf.canvas.fill(Path(rect: Rect(x: r.x, y: r.y + height - 1.5, width: width, height: 0.8)), color: PDFStyle.rule)
            }, width: width)
        }
        let gaps = [0.0, 16, 11, 8]
        return FlowItem(slices, gapBefore: gaps[min(h.level, 4) - 1], keepWithNext: true)
    }

    private func list(_ items: [(String, [Block])], tight: Bool, width: Double) -> FlowItem {
        let indent = 18.0
        var slices: [Slice] = []
        for (marker, blocks) in items {
            var inner = flow(blocks, width: width - indent).folded()
            guard !inner.isEmpty else { continue }
            let baseline = inner[0].firstBaseline ?? style.bodySize
            let first = inner[0]
            inner[0] = Slice(height: first.height, canBreakBefore: first.canBreakBefore, firstBaseline: first.firstBaseline,
                             anchors: first.anchors) { pdf, p in
                pdf.canvas.draw(Text(plain: marker, style: TextStyle(family: PDFStyle.serif, size: self.style.bodySize)),
                                at: Point(p.x - 5, p.y + baseline), anchor: TextAnchor(.right, .baseline))
                first.draw(pdf, p)
            }
            // The marker is read with the item's first line, in its paragraph.
            inner[0].structure = first.structure
            inner = inner.map { $0.offset(dx: indent) }.tagged("LI", block: nextStructureBlock())
            if !slices.isEmpty { inner[0] = inner[0].offset(dy: tight ? 2 : style.gap) }
            slices += inner
        }
        return FlowItem(slices, gapBefore: style.gap)
    }

    /// Monospace on a shaded panel; a page breaks only between source lines, and a line
    /// wider than the panel wraps (with a warning); a page continued starts with a marker.
    func codeBlock(_ code: String, width: Double, size: Double, continued: String = "Code") -> FlowItem {
        let pad = 6.0
        let base = RunStyle(family: PDFStyle.mono, size: size, breaksAtHyphens: false)
        var lines = code.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        var slices: [Slice] = []
        for (number, line) in lines.enumerated() {
            var text = RichText()
            text.append(line, base)
            let p = pdf.paragraph(text, base: base, width: width - 2 * pad, alignment: .left, lineSpacing: 1)
            if p.lines.count > 1 {
                let preview = line.count > 40 ? String(line.prefix(40)) + "…" : line
                warn("PDF: code line \(number + 1) (\"\(preview)\") is wider than the page; it was wrapped")
            }
            var lineSlices = self.lineSlices(p)
            for index in lineSlices.indices { lineSlices[index].canBreakBefore = index == 0 }
            slices += lineSlices.map { $0.offset(dx: pad) }
        }
        guard !slices.isEmpty else { return FlowItem([], gapBefore: 0) }
        slices[0] = slices[0].offset(dy: pad)
        slices[slices.count - 1] = slices[slices.count - 1].offset(extraHeight: pad)
        if slices.count > 1 { slices[1].canBreakBefore = false; slices[slices.count - 1].canBreakBefore = false }
        let panel: (PagedPDF, Rect) -> Void = { pdf, r in pdf.canvas.fill(Path(rect: r), color: PDFStyle.panel) }
        let marker = continuedStrip(continued, width: width, pad: pad, left: pad, background: panel)
        for index in slices.indices.dropFirst() { slices[index].continuationHeader = { marker } }
        return FlowItem(slices.map { $0.behind(panel, width: width) }, gapBefore: style.gap)
    }

    /// Centred, with its number at the right margin. Wider than the line, a formula with
    /// one number is set on several lines where it can break (as on a phone); otherwise it
    /// is scaled down, with a warning.
    private func displayMath(_ m: DisplayMath, width: Double) -> FlowItem {
        let size = style.bodySize * 1.05
        let parsed = MathParser.parse(m.tex)
        var box = formulas.layout(parsed, display: true, size: size)
        let number = m.number.map { Text(plain: "(\($0))", style: TextStyle(family: PDFStyle.serif, size: style.bodySize)) }
        let rows = rowNumbers(m, box: box)
        let numberWidth = max(number.map { pdf.canvas.measure($0).width + 12 } ?? 0,
                              rows.map { pdf.canvas.measure($0.text).width + 12 }.max() ?? 0)
        let room = width - numberWidth
        if box.width > room, rows.isEmpty, let broken = formulas.brokenDisplay(parsed, width: room, size: size) {
            box = formulas.layout(broken, display: true, size: size)
        }
        var scale = 1.0
        if box.width > room {
            scale = max(0.3, room / box.width)
            warn("PDF: equation \(m.label ?? m.location.description) is wider than the line; scaled to \(Int(scale * 100))%")
        }
        // Centred on the line when it clears the number, else pushed against the number.
        let x = min((width - box.width * scale) / 2, room - box.width * scale)
        let pad = 4.0
        let height = (box.ascent + box.descent) * scale + 2 * pad
        let slice = Slice(height: height, anchors: (m.label.map { [$0] } ?? []) + m.rows.compactMap(\.id)) { pdf, p in
            let baseline = p.y + pad + box.ascent * scale
            pdf.canvas.transformed(origin: Point(p.x + x, baseline), scale: scale) {
                self.formulas.draw(box, at: Point(0, 0))
            }
            if let number {
                pdf.canvas.draw(number, at: Point(p.x + width, p.y + height / 2), anchor: TextAnchor(.right, .center))
            }
            for row in rows {
                pdf.canvas.draw(row.text, at: Point(p.x + width, baseline - row.baseline * scale), anchor: TextAnchor(.right, .baseline))
            }
        }
        return FlowItem([slice], gapBefore: style.gap)
    }

    private func footnote(_ label: String, _ content: [Block], width: Double) -> FlowItem {
        var slices = flow(content, width: width - 18).folded().map { $0.offset(dx: 18) }
        guard !slices.isEmpty else { return FlowItem([], gapBefore: 0) }
        let first = slices[0]
        let baseline = first.firstBaseline ?? style.bodySize
        slices[0].anchors = [ReportIDs.footnote(chapter: chapter, label)]
        slices[0].draw = { pdf, p in
            pdf.canvas.draw(Text(plain: label, style: TextStyle(family: PDFStyle.serif, size: 7.5, color: PDFStyle.link)),
                            at: Point(p.x, p.y + baseline - 3.5), anchor: TextAnchor(.left, .baseline))
            first.draw(pdf, p)
        }
        return FlowItem(slices, gapBefore: style.gap)
    }
}
