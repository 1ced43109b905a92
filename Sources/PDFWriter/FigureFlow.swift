import Document
import Foundation
import Graphics

/// Figures: the artwork's SVG drawn as vectors at its own size (scaled down to fit the text
/// block, with a warning), the caption below, all on one page.
extension Typesetter {
    func figure(_ f: FigureBlock, width: Double) -> FlowItem {
        if f.image != nil || !f.panels.isEmpty { return imageFigure(f, width: width) }
        var caption = RichText()
        if let number = f.number { caption.append("Figure \(number). ", RunStyle(family: PDFStyle.sans, size: 9, bold: true)) }
        caption.append(rich(f.caption, RunStyle(family: PDFStyle.sans, size: 9, color: PDFStyle.muted)))
        var captionSlices = lineSlices(paragraph(caption, base: style.small, width: width, alignment: .left, lineSpacing: 1))
        for warning in f.warnings {
            var text = RichText()
            text.append("⚠ " + warning, RunStyle(family: PDFStyle.sans, size: 8, color: Color(hex: 0x9A6700)))
            captionSlices += lineSlices(paragraph(text, base: style.small, width: width, alignment: .left, lineSpacing: 1))
        }
        captionSlices = captionSlices.tagged("Caption", block: nextStructureBlock())
        let captionHeight = captionSlices.reduce(0) { $0 + $1.height } + 6
        let drawing: SVGDrawing
        do {
            drawing = try SVGDrawing(data: Data(f.artwork.svg.utf8))
        } catch {
            warn("PDF: figure '\(f.id)' could not be drawn: \(error)")
            return errorBox(Diagnostic("figure '\(f.id)' could not be drawn: \(error)", at: f.location), width: width)
        }
        let w = f.artwork.widthPoints, h = f.artwork.heightPoints
        var scale = 1.0
        if w > 0, h > 0 {
            scale = min(1, width / w, (style.textHeight - captionHeight) / h)
        }
        if scale < 0.999 {
            warn("PDF: figure '\(f.id)' (\(Int(w)) x \(Int(h)) pt) is larger than the text block; scaled to \(Int(scale * 100))%")
        }
        let art = Slice(height: h * scale + 6, anchors: [f.id]) { pdf, p in
            let rect = Rect(x: p.x + (width - w * scale) / 2, y: p.y, width: w * scale, height: h * scale)
            do {
                try pdf.canvas.draw(drawing, in: rect)
            } catch {
                pdf.canvas.fill(Path(rect: rect), color: PDFStyle.bad)
            }
        }
        return .unbreakable([art] + captionSlices, gapBefore: style.gap * 2, role: .float)
    }
}
