import Document
import Graphics

/// Containers and listings in the PDF: admonitions as tinted boxes with a coloured bar and
/// a title (collapsible ones always open), margin notes as boxed notes in the text column,
/// epigraphs set in from the left, divs as their content; listings as code with their
/// caption, line numbers and highlighted lines. Boxes break between pages like block
/// quotes, each piece drawn with its background.
extension Typesetter {
    private static let tones: [String: (bar: Color, background: Color)] = [
        "info": (PDFStyle.link, PDFStyle.panel), "tip": (PDFStyle.ok, PDFStyle.okBackground),
        "warn": (Color(hex: 0x9A6700), Color(hex: 0xFFF8E1)), "bad": (PDFStyle.bad, PDFStyle.badBackground),
    ]

    func container(_ c: Container, width: Double) -> FlowItem {
        let anchors = c.id.map { [$0] } ?? []
        switch c.kind {
        case .div:
            var slices = title(c, width: width, color: .black) + flow(c.content, width: width).folded()
            if !slices.isEmpty { slices[0].anchors += anchors }
            return FlowItem(slices, gapBefore: style.gap)
        case .epigraph:
            let indent = width * 0.35
            var slices = flow(c.content, width: width - indent).folded().map { $0.offset(dx: indent) }
            if !slices.isEmpty { slices[0].anchors += anchors }
            return FlowItem(slices, gapBefore: style.gap * 2)
        case .margin, .aside, .sidebar:
            return boxed(c, width: width, bar: PDFStyle.rule, background: .white, border: PDFStyle.rule, anchors: anchors)
        case .note, .tip, .important, .warning, .caution, .attention, .danger, .error, .hint, .seealso, .admonition, .dropdown:
            let tone = Self.tones[c.kind.tone] ?? Self.tones["info"]!
            return boxed(c, width: width, bar: tone.bar, background: tone.background, border: nil, anchors: anchors)
        }
    }

    private func title(_ c: Container, width: Double, color: Color) -> [Slice] {
        guard !c.title.isEmpty else { return [] }
        let base = RunStyle(family: PDFStyle.sans, size: 9.5, bold: true, color: color)
        var slices = lineSlices(paragraph(rich(c.title, base), base: base, width: width, alignment: .left, lineSpacing: 1))
        for index in slices.indices { slices[index].canBreakBefore = index == 0 }
        return slices
    }

    private func boxed(_ c: Container, width: Double, bar: Color, background: Color, border: Color?, anchors: [String]) -> FlowItem {
        let pad = 7.0, left = 14.0
        let inner = width - left - pad
        var heading = title(c, width: inner, color: bar == PDFStyle.rule ? .black : bar)
        let body = flow(c.content, width: inner).folded()
        if !heading.isEmpty, var first = body.first {
            first.canBreakBefore = false
            heading += [first.offset(dy: 3)] + body.dropFirst()
        } else {
            heading += body
        }
        var slices = heading.map { $0.offset(dx: left) }
        guard !slices.isEmpty else { return FlowItem([], gapBefore: 0) }
        slices[0] = slices[0].offset(dy: pad)
        slices[0].anchors += anchors
        slices[slices.count - 1] = slices[slices.count - 1].offset(extraHeight: pad)
        let decorated = slices.map { slice in
            slice.behind({ pdf, r in
                pdf.canvas.fill(Path(rect: r), color: background)
                if let border {
                    pdf.canvas.stroke(Path(rect: r.insetBy(0.4)), color: border, style: StrokeStyle(width: 0.6))
                }
                pdf.canvas.fill(Path(rect: Rect(x: r.x, y: r.y, width: 3, height: r.height)), color: bar)
            }, width: width)
        }
        return FlowItem(decorated, gapBefore: style.gap * 1.5)
    }

    func listing(_ l: Listing, width: Double) -> FlowItem {
        var slices: [Slice] = []
        if !l.caption.isEmpty {
            let base = RunStyle(family: PDFStyle.sans, size: 8.5, color: PDFStyle.muted)
            var caption = RichText()
            if let number = l.number { caption.append("Listing \(number). ", RunStyle(family: PDFStyle.sans, size: 8.5, bold: true)) }
            caption.append(rich(l.caption, base))
            slices = lineSlices(paragraph(caption, base: base, width: width, alignment: .left, lineSpacing: 1))
            if let last = slices.indices.last { slices[last] = slices[last].offset(extraHeight: 3) }
        }
        let pad = 6.0
        let code = RunStyle(family: PDFStyle.mono, size: style.code.size, breaksAtHyphens: false)
        let number = RunStyle(family: PDFStyle.mono, size: style.code.size, color: PDFStyle.muted)
        var lines = l.code.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        let digits = String((l.firstLineNumber ?? 1) + max(lines.count - 1, 0)).count
        var codeSlices: [Slice] = []
        for (index, line) in lines.enumerated() {
            var text = RichText()
            if let first = l.firstLineNumber {
                let shown = String(first + index)
                text.append(String(repeating: " ", count: digits - shown.count) + shown + "  ", number)
            }
            text.append(line, code)
            let p = pdf.paragraph(text, base: code, width: width - 2 * pad, alignment: .left, lineSpacing: 1)
            if p.lines.count > 1 {
                warn("PDF: code line \(index + 1) (\"\(line.count > 40 ? String(line.prefix(40)) + "…" : line)\") is wider than the page; it was wrapped")
            }
            let emphasized = l.emphasized.contains(index + 1)
            for (part, slice) in lineSlices(p).enumerated() {
                var s = slice.offset(dx: pad)
                s.canBreakBefore = part == 0
                if emphasized {
                    s = s.behind({ pdf, r in pdf.canvas.fill(Path(rect: r), color: Color(hex: 0xFFF1C2)) }, width: width)
                }
                codeSlices.append(s)
            }
        }
        if !codeSlices.isEmpty {
            codeSlices[0] = codeSlices[0].offset(dy: pad)
            codeSlices[codeSlices.count - 1] = codeSlices[codeSlices.count - 1].offset(extraHeight: pad)
            codeSlices[0].canBreakBefore = slices.isEmpty
            if codeSlices.count > 1 { codeSlices[1].canBreakBefore = false; codeSlices[codeSlices.count - 1].canBreakBefore = false }
        }
        slices += codeSlices.map { $0.behind({ pdf, r in pdf.canvas.fill(Path(rect: r), color: PDFStyle.panel) }, width: width) }
        if let id = l.id, !slices.isEmpty { slices[0].anchors.append(id) }
        return FlowItem(slices, gapBefore: style.gap)
    }
}
