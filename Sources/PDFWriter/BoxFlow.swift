import Graphics

/// Boxes (claims, experiment records) that may break across pages: each line is a strip of
/// the box's background, a break is allowed between lines (never after the first or before
/// the last), and the next page starts with a "continued" strip naming the box.
extension Typesetter {
    func breakableBox(_ slices: [Slice], width: Double, pad: Double, left: Double, anchors: [String],
                      continued: String, background: @escaping (PagedPDF, Rect) -> Void) -> [Slice] {
        guard !slices.isEmpty else { return [] }
        let marker = continuedStrip(continued, width: width, pad: pad, left: left, background: background)
        var strips: [Slice] = []
        for (index, slice) in slices.enumerated() {
            let top = index == 0 ? pad : 0
            let bottom = index == slices.count - 1 ? pad : 0
            var strip = slice.offset(dx: left, dy: top, extraHeight: bottom).behind(background, width: width)
            strip.anchors = index == 0 ? anchors + slice.anchors : slice.anchors
            strip.canBreakBefore = index == 0 || (slice.canBreakBefore && index != 1 && index != slices.count - 1)
            if index > 0 { strip.continuationHeader = { marker } }
            strips.append(strip)
        }
        return strips
    }

    /// "Claim converges (continued)" in small italics on the box's background.
    func continuedStrip(_ name: String, width: Double, pad: Double, left: Double,
                                background: @escaping (PagedPDF, Rect) -> Void) -> Slice {
        var text = RichText()
        var style = RunStyle(family: PDFStyle.sans, size: 7.5, color: PDFStyle.muted)
        style.italic = true
        text.append("\(name) (continued)", style)
        let line = lineSlices(paragraph(text, base: style, width: width - left - pad, alignment: .left, lineSpacing: 1))
        let first = line.first ?? Slice.space(style.size)
        return first.offset(dx: left, dy: pad / 2, extraHeight: 2).behind(background, width: width)
    }
}
