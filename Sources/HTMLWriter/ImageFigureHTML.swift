import Document
import Foundation

/// Image figures and figure grids: the picture as an `<img>` with its data URI (at the
/// requested width, aligned), the caption below; a grid's panels in a CSS grid, each with
/// its label "(a)" before its caption. An image whose file could not be read shows its alt
/// text (the error box stands above the figure).
extension BlockHTML {
    func imageFigure(_ f: FigureBlock) -> String {
        let id = f.id.isEmpty ? "" : " id=\"\(HTMLEscaping.attribute(f.id))\""
        let number = f.number.map { "<span class=\"figno\">Figure \($0).</span> " } ?? ""
        let caption = f.caption.isEmpty && number.isEmpty ? "" : "\n<figcaption>\(number)\(inline.render(f.caption))</figcaption>"
        guard let image = f.image else {
            let columns = f.columns ?? Self.columns(f.panels)
            let panels = f.panels.enumerated().map { index, panel in panelHTML(panel, index: index) }.joined(separator: "\n")
            return """
                <figure\(id) class="figure-grid">
                <div class="panels" style="grid-template-columns:repeat(\(columns),minmax(0,1fr))">
                \(panels)
                </div>\(caption)
                </figure>
                """
        }
        return "<figure\(id) class=\"image-figure align-\(image.alignment.rawValue)\">\n\(picture(image, alt: f.alt, filling: false))\(caption)\n</figure>"
    }

    /// Panels per row: as many as fit the first panel's width fraction (`layout-ncol=2`
    /// gives each 50%), else all of them, at most three.
    static func columns(_ panels: [FigureBlock]) -> Int {
        if case let .fraction(f) = panels.first?.image?.width { return max(1, Int((1 / f).rounded())) }
        return max(1, min(panels.count, 3))
    }

    private func panelHTML(_ panel: FigureBlock, index: Int) -> String {
        let id = panel.id.isEmpty ? "" : " id=\"\(HTMLEscaping.attribute(panel.id))\""
        let letter = panel.number.map { String($0.suffix(1)) } ?? String(UnicodeScalar(UInt8(97 + index % 26)))
        let image = panel.image.map { picture($0, alt: panel.alt, filling: true) } ?? ""
        return """
            <figure\(id) class="panel">\(image)
            <figcaption><span class="panel-label">(\(HTMLEscaping.text(letter)))</span> \(inline.render(panel.caption))</figcaption>
            </figure>
            """
    }

    /// The `<img>` of `image`; `filling` makes it as wide as its grid cell.
    private func picture(_ image: FigureImage, alt: String, filling: Bool) -> String {
        guard image.data != nil else {
            return "<div class=\"missing-image\" role=\"img\" aria-label=\"\(HTMLEscaping.attribute(alt))\">[image: \(HTMLEscaping.text(alt))]</div>"
        }
        var style = ""
        switch image.width {
        case let .fraction(f)? where !filling: style = " style=\"width:\(Self.number(f * 100))%\""
        case let .points(p)? where !filling: style = " style=\"width:\(Self.number(p))pt\""
        default: style = filling ? " style=\"width:100%\"" : ""
        }
        return "<img src=\"\(HTMLEscaping.attribute(image.dataURI))\" alt=\"\(HTMLEscaping.attribute(alt))\"\(style)>"
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }
}
