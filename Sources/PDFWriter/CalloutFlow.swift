import Document
import Graphics

/// Claim callouts (green when the claim holds, red when it fails or cannot be checked)
/// and error boxes. A claim box breaks across pages between its lines; an error box is kept
/// on one page like the HTML's boxes.
extension Typesetter {
    /// The claim in full: status, statement, check and every measured value; `extra` lines
    /// (the appendix's link back to the text) close the box.
    func claim(_ c: ClaimBlock, width: Double, anchors: [String]? = nil, extra: [Slice] = []) -> FlowItem {
        let colour = Self.claimColour(c)
        let inner = width - 24
        var status = RichText()
        status.append(Self.claimLabel(c), RunStyle(family: PDFStyle.sans, size: 9, bold: true, color: colour))
        status.append("   " + c.id, RunStyle(family: PDFStyle.sans, size: 9, color: PDFStyle.muted))
        var slices = lineSlices(paragraph(status, base: style.small, width: inner, alignment: .left, lineSpacing: 1))
        let statement = textSlices(c.statement, base: style.body, width: inner)
        if !statement.isEmpty { slices += [statement[0].offset(dy: 3)] + statement.dropFirst() }
        let small = RunStyle(family: PDFStyle.sans, size: 8.5, color: PDFStyle.muted)
        let code = RunStyle(family: PDFStyle.mono, size: 7.5, color: PDFStyle.muted, breaksAtHyphens: false)
        var check = RichText()
        check.append("Check: ", small)
        check.append(c.check, code)
        slices += lineSlices(paragraph(check, base: small, width: inner, alignment: .left, lineSpacing: 1)).map { $0.offset(dy: 2) }
        for m in c.measured {
            var line = RichText()
            line.append("• ", small)
            line.append(m.path, code)
            line.append(" = \(m.value)", small)
            slices += lineSlices(paragraph(line, base: small, width: inner - 8, alignment: .left, lineSpacing: 1)).map { $0.offset(dx: 8) }
        }
        if let problem = c.problem {
            var line = RichText()
            line.append(problem, RunStyle(family: PDFStyle.sans, size: 8.5, color: PDFStyle.bad))
            slices += lineSlices(paragraph(line, base: small, width: inner, alignment: .left, lineSpacing: 1))
        }
        slices += extra
        return FlowItem(breakableBox(slices, width: width, pad: 8, left: 16, anchors: anchors ?? [ReportIDs.claim(c.id)],
                                     continued: "Claim \(c.id)", background: Self.claimBackground(c)),
                        gapBefore: style.gap * 1.5)
    }

    static func claimColour(_ c: ClaimBlock) -> Color { c.passed == true ? PDFStyle.ok : PDFStyle.bad }

    static func claimLabel(_ c: ClaimBlock) -> String {
        c.passed == true ? "✔ Claim holds" : (c.passed == false ? "✘ Claim fails" : "⚠ Claim could not be checked")
    }

    /// The shaded panel with the status colour down its left edge.
    static func claimBackground(_ c: ClaimBlock) -> (PagedPDF, Rect) -> Void {
        let colour = claimColour(c)
        let background = c.passed == true ? PDFStyle.okBackground : PDFStyle.badBackground
        return { pdf, r in
            pdf.canvas.fill(Path(rect: r), color: background)
            pdf.canvas.fill(Path(rect: Rect(x: r.x, y: r.y, width: 3.5, height: r.height)), color: colour)
        }
    }

    func errorBox(_ d: Diagnostic, width: Double) -> FlowItem {
        let inner = width - 20
        var head = RichText()
        head.append(d.severity == .error ? "Error " : "Warning ", RunStyle(family: PDFStyle.sans, size: 9, bold: true, color: PDFStyle.bad))
        head.append(d.location.description, RunStyle(family: PDFStyle.mono, size: 8))
        head.append(": " + d.message, RunStyle(family: PDFStyle.sans, size: 9))
        var slices = lineSlices(paragraph(head, base: style.small, width: inner, alignment: .left, lineSpacing: 1))
        if let source = d.excerpt {
            let code = codeBlock(source, width: inner, size: 8).slices
            if !code.isEmpty { slices += [code[0].offset(dy: 3)] + code.dropFirst() }
        }
        return FlowItem([Self.box(slices, width: width, pad: 7, left: 10, anchors: []) { pdf, r in
            pdf.canvas.fill(Path(rect: r), color: PDFStyle.badBackground)
            pdf.canvas.stroke(Path(rect: r.insetBy(0.4)), color: PDFStyle.bad, style: StrokeStyle(width: 0.8))
        }], gapBefore: style.gap * 1.5, role: .barrier)
    }

    /// `slices` stacked inside a padded box drawn by `background`, as one slice.
    static func box(_ slices: [Slice], width: Double, pad: Double, left: Double, anchors: [String],
                    background: @escaping (PagedPDF, Rect) -> Void) -> Slice {
        let height = slices.reduce(0) { $0 + $1.height } + 2 * pad
        return Slice(height: height, anchors: anchors) { pdf, p in
            background(pdf, Rect(x: p.x, y: p.y, width: width, height: height))
            var y = p.y + pad
            for slice in slices {
                slice.draw(pdf, Point(p.x + left, y))
                y += slice.height
            }
        }
    }
}
