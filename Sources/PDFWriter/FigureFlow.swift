import Document
import Graphics

/// Figures: the artwork drawn as vectors through the Canvas at its own size (scaled down
/// to fit the text block, with a warning), the caption below, all on one page.
extension Typesetter {
    func figure(_ f: FigureBlock, width: Double) -> FlowItem {
        var caption = RichText()
        if let number = f.number { caption.append("Figure \(number). ", RunStyle(family: PDFStyle.sans, size: 9, bold: true)) }
        caption.append(rich(f.caption, RunStyle(family: PDFStyle.sans, size: 9, color: PDFStyle.muted)))
        var captionSlices = lineSlices(paragraph(caption, base: style.small, width: width, alignment: .left, lineSpacing: 1))
        for warning in f.warnings {
            var text = RichText()
            text.append("⚠ " + warning, RunStyle(family: PDFStyle.sans, size: 8, color: Color(hex: 0x9A6700)))
            captionSlices += lineSlices(paragraph(text, base: style.small, width: width, alignment: .left, lineSpacing: 1))
        }
        let captionHeight = captionSlices.reduce(0) { $0 + $1.height } + 6
        let artwork = f.artwork
        let w = artwork.widthPoints, h = artwork.heightPoints
        var scale = 1.0
        if w > 0, h > 0 {
            scale = min(1, width / w, (style.textHeight - captionHeight) / h)
        }
        if scale < 0.999 {
            warn("PDF: figure '\(f.id)' (\(Int(w)) x \(Int(h)) pt) is larger than the text block; scaled to \(Int(scale * 100))%")
        }
        let art = Slice(height: h * scale + 6, anchors: [f.id]) { pdf, p in
            pdf.canvas.transformed(origin: Point(p.x + (width - w * scale) / 2, p.y), scale: scale) {
                artwork.draw(on: pdf.canvas)
            }
        }
        return .unbreakable([art] + captionSlices, gapBefore: style.gap * 2, role: .float)
    }
}
