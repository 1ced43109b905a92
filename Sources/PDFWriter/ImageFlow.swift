import Document
import Foundation
import Graphics

/// Images in the PDF: image figures at their requested width (never wider than the text
/// block), aligned, with the caption below; figure grids as panels side by side, each
/// scaled to its column with "(a)" before its caption; and plain Markdown images, each
/// drawn as a block image scaled down to the text width where it stands in its paragraph
/// (the text before and after it continues around it as paragraphs of their own). PNG,
/// GIF and JPEG are drawn as images (a JPEG embedded as the file itself), SVG as vectors.
extension Typesetter {
    func imageFigure(_ f: FigureBlock, width: Double) -> FlowItem {
        var slices: [Slice]
        if let image = f.image {
            slices = [pictureSlice(image, alt: f.alt, width: width, anchors: f.id.isEmpty ? [] : [f.id])]
        } else {
            slices = grid(f, width: width)
        }
        if f.number != nil || !f.caption.isEmpty {
            var caption = RichText()
            if let number = f.number { caption.append("Figure \(number). ", RunStyle(family: PDFStyle.sans, size: 9, bold: true)) }
            caption.append(rich(f.caption, RunStyle(family: PDFStyle.sans, size: 9, color: PDFStyle.muted)))
            slices += lineSlices(paragraph(caption, base: style.small, width: width, alignment: .left, lineSpacing: 1))
                .tagged("Caption", block: nextStructureBlock())
        }
        return .unbreakable(slices, gapBefore: style.gap * 2, role: f.numbered ? .float : .text)
    }

    /// A paragraph holding images: its text runs as paragraphs, each image a block between them.
    func imageParagraph(_ content: [Inline], width: Double) -> FlowItem {
        var slices: [Slice] = []
        var run: [Inline] = []
        func flush() {
            while let first = run.first, first == .softBreak || first == .lineBreak { run.removeFirst() }
            while let last = run.last, last == .softBreak || last == .lineBreak { run.removeLast() }
            if case let .text(t)? = run.first { run[0] = .text(String(t.drop { $0 == " " })) }
            if case let .text(t)? = run.last { run[run.count - 1] = .text(String(t.reversed().drop { $0 == " " }.reversed())) }
            if !run.isEmpty { slices += textSlices(run, base: style.body, width: width) }
            run = []
        }
        for inline in content {
            guard case let .image(url, _, alt, location) = inline, let (mime, data) = Self.decodeDataURI(url) else {
                run.append(inline)
                continue
            }
            flush()
            let image = FigureImage(path: "", location: location, mime: mime, data: data)
            slices.append(pictureSlice(image, alt: InlineText.plain(alt), width: width).offset(dy: slices.isEmpty ? 0 : 4, extraHeight: 4))
        }
        flush()
        return FlowItem(slices, gapBefore: style.gap)
    }

    /// Whether a paragraph holds an image drawn as a block.
    static func holdsImage(_ content: [Inline]) -> Bool {
        content.contains { if case let .image(url, _, _, _) = $0 { return url.hasPrefix("data:image/") }; return false }
    }

    /// Panels in rows of `BlockHTML.columns` (as in the HTML), each scaled to its column.
    private func grid(_ f: FigureBlock, width: Double) -> [Slice] {
        var columns: Int
        if let chosen = f.columns { columns = chosen } else if case let .fraction(fraction) = f.panels.first?.image?.width { columns = max(1, Int((1 / fraction).rounded())) } else {
            columns = max(1, min(f.panels.count, 3))
        }
        let gap = 10.0
        let cell = (width - gap * Double(columns - 1)) / Double(columns)
        var slices: [Slice] = []
        for start in stride(from: 0, to: f.panels.count, by: columns) {
            let row = Array(f.panels[start..<min(start + columns, f.panels.count)])
            let cells: [[Slice]] = row.enumerated().map { offset, panel in
                var image = panel.image ?? FigureImage(path: "", location: panel.location)
                image.width = .fraction(1)
                var caption = RichText()
                let letter = panel.number.map { String($0.suffix(1)) } ?? String(UnicodeScalar(UInt8(97 + (start + offset) % 26)))
                caption.append("(\(letter)) ", RunStyle(family: PDFStyle.sans, size: 8.5, bold: true))
                caption.append(rich(panel.caption, RunStyle(family: PDFStyle.sans, size: 8.5, color: PDFStyle.muted)))
                return [pictureSlice(image, alt: panel.alt, width: cell)]
                    + lineSlices(paragraph(caption, base: style.small, width: cell, alignment: .center, lineSpacing: 1))
            }
            let heights = cells.map { $0.reduce(0) { $0 + $1.height } }
            let imageHeights = cells.map { $0.first?.height ?? 0 }
            let tallestImage = imageHeights.max() ?? 0
            let height = zip(heights, imageHeights).map { tallestImage - $1 + $0 }.max() ?? 0
            let anchors = row.map(\.id).filter { !$0.isEmpty }
            slices.append(Slice(height: height + (start == 0 ? 0 : gap), anchors: start == 0 && !f.id.isEmpty ? [f.id] + anchors : anchors) { pdf, p in
                for (index, column) in cells.enumerated() {
                    // Images share a bottom line; captions hang below it.
                    var y = p.y + (start == 0 ? 0 : gap) + tallestImage - imageHeights[index]
                    let x = p.x + Double(index) * (cell + gap)
                    for slice in column {
                        slice.draw(pdf, Point(x, y))
                        y += slice.height
                    }
                }
            })
        }
        return slices
    }

    /// One picture at its requested width (or its own, if smaller than `width`), aligned;
    /// a placeholder box with the alt text when its file could not be read.
    private func pictureSlice(_ image: FigureImage, alt: String, width: Double, anchors: [String] = []) -> Slice {
        let picture: Picture
        do {
            guard let data = image.data else { throw GraphicsError(name: "image", message: "not read") }
            picture = try Picture(data: data, mime: image.mime)
        } catch {
            return placeholder(alt, width: width, anchors: anchors)
        }
        var w: Double
        switch image.width {
        case let .fraction(f)?: w = width * f
        case let .points(p)?: w = p
        case nil: w = picture.width
        }
        let maxHeight = style.textHeight * 0.8
        if w > width + 0.01 {
            warn("PDF: image '\(image.path)' (\(Int(w)) pt wide) is wider than the text block; scaled to fit")
        }
        w = min(w, width)
        var h = picture.height * w / max(picture.width, 0.001)
        if h > maxHeight { (w, h) = (w * maxHeight / h, maxHeight) }
        let x: Double
        switch image.alignment {
        case .left: x = 0
        case .center: x = (width - w) / 2
        case .right: x = width - w
        }
        return Slice(height: h + 4, anchors: anchors) { pdf, p in
            let rect = Rect(x: p.x + x, y: p.y, width: w, height: h)
            do { try pdf.canvas.draw(picture, in: rect) } catch { pdf.canvas.fill(Path(rect: rect), color: PDFStyle.bad) }
        }
    }

    private func placeholder(_ alt: String, width: Double, anchors: [String]) -> Slice {
        var text = RichText()
        text.append("[image: \(alt)]", RunStyle(family: PDFStyle.sans, size: 9, color: PDFStyle.bad))
        let lines = lineSlices(paragraph(text, base: style.small, width: width - 16, alignment: .center, lineSpacing: 1))
        let height = lines.reduce(0) { $0 + $1.height } + 16
        return Slice(height: height, anchors: anchors) { pdf, p in
            pdf.canvas.stroke(Path(rect: Rect(x: p.x, y: p.y, width: width, height: height - 4)), color: PDFStyle.bad,
                              style: StrokeStyle(width: 0.8, dash: [3, 2]))
            var y = p.y + 6
            for line in lines {
                line.draw(pdf, Point(p.x + 8, y))
                y += line.height
            }
        }
    }

    /// The MIME type and bytes of a `data:image/...;base64,` URI.
    static func decodeDataURI(_ url: String) -> (String, Data)? {
        guard url.hasPrefix("data:image/"), let comma = url.firstIndex(of: ","),
              url[..<comma].hasSuffix(";base64"),
              let data = Data(base64Encoded: String(url[url.index(after: comma)...])) else { return nil }
        return (String(url[url.index(url.startIndex, offsetBy: 5)..<comma].dropLast(7)), data)
    }
}
