import Document
import Graphics

/// The title page's lines under the title: subtitle, authors with affiliation marks,
/// affiliations, date, abstract, keywords, license and DOI.
extension Typesetter {
    func titleBlock(_ block: TitleBlock, date: String?, width: Double) -> [Slice] {
        var slices: [Slice] = []
        func add(_ text: RichText, _ base: RunStyle, gap: Double) {
            slices += [.space(gap)] + lineSlices(paragraph(text, base: base, width: width, alignment: .left))
        }
        if let subtitle = block.subtitle {
            let base = RunStyle(family: PDFStyle.sans, size: 16)
            var text = RichText()
            text.append(subtitle, base)
            add(text, base, gap: 8)
        }
        if !block.authors.isEmpty {
            let base = RunStyle(family: PDFStyle.serif, size: 14)
            var mark = base
            mark.size = 9
            mark.rise = 5
            var text = RichText()
            for (index, person) in block.authors.enumerated() {
                if index > 0 { text.append(", ", base) }
                text.append(person.name, base)
                let marks = block.marks(person) + (person.corresponding ? "*" : "")
                if !marks.isEmpty { text.append(marks, mark) }
            }
            add(text, base, gap: 14)
        }
        if !block.affiliations.isEmpty {
            let base = RunStyle(family: PDFStyle.serif, size: 10.5, color: PDFStyle.muted)
            var mark = base
            mark.size = 7.5
            mark.rise = 3.5
            for affiliation in block.affiliations {
                var text = RichText()
                if block.affiliations.count > 1 { text.append("\(affiliation.mark)", mark) }
                text.append(affiliation.name, base)
                add(text, base, gap: 2)
            }
        }
        let contacts = block.authors.filter { $0.corresponding || $0.email != nil || $0.orcid != nil }
        if !contacts.isEmpty {
            let base = RunStyle(family: PDFStyle.serif, size: 9.5, color: PDFStyle.muted)
            for person in contacts {
                var text = RichText()
                text.append((person.corresponding ? "* " : "") + person.name, base)
                if let email = person.email, let url = LinkPolicy.safe("mailto:\(email)") {
                    text.append(": ", base)
                    text.append(email, base, link: .uri(url))
                }
                if let orcid = person.orcid, let url = LinkPolicy.safe("https://orcid.org/\(orcid)") {
                    text.append(", ORCID ", base)
                    text.append(orcid, base, link: .uri(url))
                }
                add(text, base, gap: 2)
            }
        }
        if let date = block.date ?? date {
            let base = RunStyle(family: PDFStyle.serif, size: 12, color: PDFStyle.muted)
            var text = RichText()
            text.append(date, base)
            add(text, base, gap: 8)
        }
        if !block.abstract.isEmpty {
            let base = RunStyle(family: PDFStyle.sans, size: 11, bold: true)
            var text = RichText()
            text.append("Abstract", base)
            add(text, base, gap: 22)
            slices += flow(block.abstract, width: width).folded()
        }
        if !block.keywords.isEmpty {
            let base = RunStyle(family: PDFStyle.serif, size: 10)
            var bold = base
            bold.bold = true
            var text = RichText()
            text.append("Keywords: ", bold)
            text.append(block.keywords.joined(separator: ", "), base)
            add(text, base, gap: 10)
        }
        let base = RunStyle(family: PDFStyle.serif, size: 9.5, color: PDFStyle.muted)
        var rights = RichText()
        if let license = block.license { rights.append("License: \(license)", base) }
        if let doi = block.doi {
            if block.license != nil { rights.append(" · ", base) }
            rights.append("DOI: ", base)
            rights.append(doi, base, link: LinkPolicy.safe("https://doi.org/\(doi)").map { .uri($0) })
        }
        if !rights.pieces.isEmpty { add(rights, base, gap: 6) }
        return slices
    }
}
