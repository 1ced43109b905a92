import Document
import Graphics

/// An experiment's parameters or a claim's check set aside for the book's appendix, with
/// the chapter it came from.
struct AppendixEntry {
    enum Record {
        case experiment(ExperimentBlock)
        case claim(ClaimBlock)
    }

    var record: Record
    var chapter: Int
}

/// Machine output out of the way of the text (`:show:`): with `summary` (the default) an
/// experiment is one line and a claim one line (mark, statement, measured values), each
/// linked to its full record in the appendix "Experiments and claim checks", which links
/// back; `full` sets the record in place; `none` leaves only an anchor in place.
extension Typesetter {
    static func appendixID(experiment id: String) -> String { "appendix-exp-\(id)" }
    static func appendixID(claim id: String) -> String { "appendix-claim-\(id)" }
    static let appendixHeadingID = "appendix-records"

    func experimentInText(_ e: ExperimentBlock, width: Double) -> FlowItem {
        let anchor = ReportIDs.experiment(e.id)
        switch e.show {
        case .full: return experimentRecord(e, width: width, anchors: [anchor])
        case .summary:
            appendix.append(AppendixEntry(record: .experiment(e), chapter: chapter))
            var text = recordLine(e)
            text.append("  ·  parameters\u{00A0}›", RunStyle(family: PDFStyle.sans, size: 8.5, color: PDFStyle.link),
                        link: .destination(Self.appendixID(experiment: e.id)))
            return FlowItem(lineSlices(paragraph(text, base: style.small, width: width, alignment: .left, lineSpacing: 1),
                                       anchors: [anchor]), gapBefore: style.gap)
        case .none:
            appendix.append(AppendixEntry(record: .experiment(e), chapter: chapter))
            return FlowItem([Slice(height: 0, anchors: [anchor]) { _, _ in }], gapBefore: 0)
        }
    }

    func claimInText(_ c: ClaimBlock, width: Double) -> FlowItem {
        switch c.show {
        case .full: return claim(c, width: width)
        case .summary:
            appendix.append(AppendixEntry(record: .claim(c), chapter: chapter))
            return claimLine(c, width: width)
        case .none:
            appendix.append(AppendixEntry(record: .claim(c), chapter: chapter))
            return FlowItem([Slice(height: 0, anchors: [ReportIDs.claim(c.id)]) { _, _ in }], gapBefore: 0)
        }
    }

    /// "✔ Statement. — 3.1e-7, 0.52 · check ›" in the claim's box.
    private func claimLine(_ c: ClaimBlock, width: Double) -> FlowItem {
        let colour = Self.claimColour(c)
        let mark = c.passed == true ? "✔" : (c.passed == false ? "✘" : "⚠")
        var text = RichText()
        text.append(mark + " ", RunStyle(family: PDFStyle.sans, size: 9.5, bold: true, color: colour))
        text.append(rich(c.statement, style.body))
        let small = RunStyle(family: PDFStyle.sans, size: 8.5, color: PDFStyle.muted)
        let values = c.measured.map(\.value)
        if !values.isEmpty { text.append("  (measured " + values.joined(separator: ", ") + ")", small) }
        if let problem = c.problem { text.append("  " + problem, RunStyle(family: PDFStyle.sans, size: 8.5, color: PDFStyle.bad)) }
        text.append("  check\u{00A0}›", RunStyle(family: PDFStyle.sans, size: 8.5, color: PDFStyle.link),
                    link: .destination(Self.appendixID(claim: c.id)))
        let lines = lineSlices(paragraph(text, base: style.body, width: width - 22, alignment: .left, lineSpacing: 1))
        return FlowItem(breakableBox(lines, width: width, pad: 5, left: 14, anchors: [ReportIDs.claim(c.id)],
                                     continued: "Claim \(c.id)", background: Self.claimBackground(c)),
                        gapBefore: style.gap * 1.2)
    }

    /// "Experiment modes (modes) · ran in 1.2 s".
    private func recordLine(_ e: ExperimentBlock) -> RichText {
        var text = RichText()
        let base = RunStyle(family: PDFStyle.sans, size: 8.5, color: e.failed ? PDFStyle.bad : PDFStyle.muted)
        text.append("Experiment ", base)
        text.append(e.id, RunStyle(family: PDFStyle.mono, size: 8, bold: true, color: base.color))
        if !e.kind.isEmpty { text.append(" (\(e.kind))", base) }
        text.append(" · \(e.status)", base)
        return text
    }

    /// The record line above the parameters (which break across pages between lines);
    /// `extra` lines follow the parameters, on the page of their last line.
    func experimentRecord(_ e: ExperimentBlock, width: Double, anchors: [String], extra: [Slice] = []) -> FlowItem {
        var slices = lineSlices(paragraph(recordLine(e), base: style.small, width: width, alignment: .left, lineSpacing: 1),
                                anchors: anchors)
        let parameters = codeBlock(e.parameters, width: width, size: 7.5, continued: "Experiment \(e.id)")
        if var first = parameters.slices.first {
            first.canBreakBefore = false
            slices.append(first.offset(dy: 3))
            slices += parameters.slices.dropFirst()
        }
        var closing = extra
        for index in closing.indices { closing[index].canBreakBefore = false }
        return FlowItem(slices + closing, gapBefore: style.gap)
    }

    /// The appendix: every record set aside, under its chapter, each linking back.
    func machineAppendix(_ book: ResolvedBook, width: Double) -> [FlowItem] {
        guard !appendix.isEmpty else { return [] }
        var heading = Self.unnumbered("Experiments and claim checks", id: Self.appendixHeadingID)
        heading.level = 1
        var items = [element(self.heading(heading, width: width), "H1")]
        var intro = RichText()
        intro.append("The parameters of every experiment and the check of every claim, in the order of the text; "
                     + "each entry links back to its place.", style.body)
        items.append(element(FlowItem(lineSlices(paragraph(intro, base: style.body, width: width)), gapBefore: style.gap), "P"))
        var shownChapter: Int?
        for entry in appendix {
            chapter = entry.chapter
            if shownChapter != entry.chapter, let c = book.chapters.first(where: { $0.number == entry.chapter }) {
                shownChapter = entry.chapter
                items.append(element(self.heading(Self.unnumbered("\(c.number)  \(c.title)", id: "appendix-chapter-\(c.number)"), width: width), "H2"))
            }
            switch entry.record {
            case let .experiment(e):
                items.append(element(experimentRecord(e, width: width, anchors: [Self.appendixID(experiment: e.id)],
                                                      extra: backLink(to: ReportIDs.experiment(e.id), width: width)), "P"))
            case let .claim(c):
                items.append(element(claim(c, width: width, anchors: [Self.appendixID(claim: c.id)],
                                           extra: backLink(to: ReportIDs.claim(c.id), width: width - 24)), "P"))
            }
        }
        return items
    }

    /// "↩ back to the text", linked to `destination`.
    private func backLink(to destination: String, width: Double) -> [Slice] {
        var text = RichText()
        text.append("↩ back to the text", RunStyle(family: PDFStyle.sans, size: 8, color: PDFStyle.link), link: .destination(destination))
        return lineSlices(paragraph(text, base: style.small, width: width, alignment: .left, lineSpacing: 1)).map { $0.offset(dy: 2) }
    }
}
