import Document
import Graphics

/// GFM and directive tables: caption above (as in the HTML), columns at their natural
/// width or shared out when the table is wider than the text, booktabs rules (top, under
/// the header, bottom; none between rows), and the header repeated when a long table
/// continues on the next page.
extension Typesetter {
    func table(_ t: Table, width: Double) -> FlowItem {
        let padX = 5.0, padY = 2.5
        let cellStyle = RunStyle(family: PDFStyle.serif, size: 9.5)
        let headerStyle = RunStyle(family: PDFStyle.serif, size: 9.5, bold: true)
        let columns = max(t.header.count, t.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return FlowItem([], gapBefore: 0) }
        let header = t.header.isEmpty ? nil : t.header
        let allRows = (header.map { [$0] } ?? []) + t.rows
        func cellText(_ row: Int, _ column: Int) -> RichText {
            let cells = allRows[row]
            guard column < cells.count else { return RichText() }
            return rich(cells[column], row == 0 && header != nil ? headerStyle : cellStyle)
        }
        let texts = allRows.indices.map { r in (0..<columns).map { cellText(r, $0) } }
        let bodyStart = header == nil ? 0 : 1
        let pads = (0..<columns).map { c in decimalPads(t.rows, column: c, style: cellStyle) }
        func pad(_ r: Int, _ c: Int) -> Double { r < bodyStart ? 0 : pads[c]?[r - bodyStart] ?? 0 }
        var natural = [Double](repeating: 2 * padX, count: columns)
        for (r, row) in texts.enumerated() {
            for (c, text) in row.enumerated() {
                natural[c] = max(natural[c], pdf.paragraph(text, base: cellStyle, width: nil).usedWidth + pad(r, c) + 2 * padX + 0.5)
            }
        }
        let widths = t.widths.count == natural.count ? t.widths.map { $0 * width } : Self.share(natural, within: width)
        // A column of numbers is one block, aligned on the point inside and centred in its
        // column under its centred header (as siunitx sets it): each body cell is moved in
        // from the right by half the room the column's widest number leaves.
        let centring = (0..<columns).map { c -> Double in
            guard pads[c] != nil else { return 0 }
            let block = texts.indices.dropFirst(bodyStart).map { r in pdf.paragraph(texts[r][c], base: cellStyle, width: nil).usedWidth + pad(r, c) }.max() ?? 0
            return max(0, (widths[c] - 2 * padX - block) / 2)
        }
        let tableWidth = widths.reduce(0, +)
        let left = (width - tableWidth) / 2
        func alignment(_ c: Int) -> Paragraph.Alignment {
            if pads[c] != nil { return .right }
            return switch c < t.alignments.count ? t.alignments[c] : .none {
            case .center: .center
            case .right: .right
            case .left, .none: .left
            }
        }
        func rowSlice(_ r: Int) -> Slice {
            let isHeader = r == 0 && header != nil
            let cells = (0..<columns).map { c in
                lineSlices(paragraph(texts[r][c], base: cellStyle, width: widths[c] - 2 * padX - pad(r, c) - (isHeader ? 0 : centring[c]),
                                     alignment: isHeader && pads[c] != nil ? .center : alignment(c), lineSpacing: 1))
            }
            let height = (cells.map { $0.reduce(0) { $0 + $1.height } }.max() ?? 0) + 2 * padY
            let last = r == allRows.count - 1
            return Slice(height: height) { pdf, p in
                var x = p.x + left
                // A row of the structure tree's table, its cells header or data cells.
                pdf.beginChild("TR")
                for (c, slices) in cells.enumerated() {
                    var y = p.y + padY
                    pdf.beginChild(isHeader ? "TH" : "TD")
                    for slice in slices {
                        slice.draw(pdf, Point(x + padX, y))
                        y += slice.height
                    }
                    pdf.endChild()
                    x += widths[c]
                }
                pdf.endChild()
                // Booktabs: a mid rule under the header and a bottom rule, none between rows.
                guard let rule = isHeader ? 0.5 : (last ? 0.8 : nil) else { return }
                pdf.canvas.fill(Path(rect: Rect(x: p.x + left, y: p.y + height - rule, width: tableWidth, height: rule)),
                                color: .black)
            }
        }
        var slices: [Slice] = []
        if t.number != nil || !t.caption.isEmpty {
            var caption = RichText()
            if let number = t.number { caption.append("Table \(number). ", RunStyle(family: PDFStyle.sans, size: 9, bold: true)) }
            caption.append(rich(t.caption, RunStyle(family: PDFStyle.sans, size: 9, color: PDFStyle.muted)))
            slices += lineSlices(paragraph(caption, base: style.small, width: width, alignment: .left, lineSpacing: 1))
                .tagged("Caption", block: nextStructureBlock())
            slices[slices.count - 1] = slices[slices.count - 1].offset(extraHeight: 4)
        }
        let top = Slice(height: 0.8) { pdf, p in
            pdf.canvas.fill(Path(rect: Rect(x: p.x + left, y: p.y, width: tableWidth, height: 0.8)), color: .black)
        }
        // The caption, the top rule, the header and the first row stay together.
        let together = slices.count + (header == nil ? 1 : 2)
        slices.append(top)
        let headerSlice = header.map { _ in rowSlice(0) }
        if let headerSlice { slices.append(headerSlice) }
        for r in allRows.indices.dropFirst(header == nil ? 0 : 1) {
            var slice = rowSlice(r)
            if let headerSlice { slice.continuationHeader = { headerSlice } }
            slices.append(slice)
        }
        for index in slices.indices where index > 0 && index <= together { slices[index].canBreakBefore = false }
        if let id = t.id { slices[0].anchors = [id] }
        let height = slices.reduce(0) { $0 + $1.height }
        return height <= style.textHeight ? FlowItem.unbreakable(slices, gapBefore: style.gap * 1.5, role: .float)
                                          : FlowItem(slices, gapBefore: style.gap * 1.5)
    }

    /// Column widths: natural widths when they fit; otherwise narrow columns keep theirs
    /// and the wide ones share what is left equally.
    static func share(_ natural: [Double], within width: Double) -> [Double] {
        guard natural.reduce(0, +) > width else { return natural }
        var fixed = [Bool](repeating: false, count: natural.count)
        while true {
            let free = fixed.indices.filter { !fixed[$0] }
            let remaining = width - fixed.indices.filter { fixed[$0] }.map { natural[$0] }.reduce(0, +)
            let share = remaining / Double(max(free.count, 1))
            let narrow = free.filter { natural[$0] <= share }
            if narrow.isEmpty || free.isEmpty {
                return natural.indices.map { fixed[$0] ? natural[$0] : share }
            }
            narrow.forEach { fixed[$0] = true }
        }
    }
}
