import Document

/// The HTML header's lines under the title: subtitle, authors with affiliation marks (ORCID
/// and e-mail as links, the corresponding author starred), affiliations, date, abstract,
/// keywords, license and DOI. Every value from the chapters is escaped.
enum TitleBlockHTML {
    static func render(_ block: TitleBlock, chapter: Int) -> String {
        var html = ""
        if let subtitle = block.subtitle { html += "<p class=\"subtitle\">\(HTMLEscaping.text(subtitle))</p>\n" }
        if !block.authors.isEmpty {
            let people = block.authors.map { person -> String in
                var s = HTMLEscaping.text(person.name)
                let marks = block.marks(person)
                if !marks.isEmpty { s += "<sup>\(marks)</sup>" }
                if person.corresponding { s += "<sup title=\"corresponding author\">*</sup>" }
                if let orcid = person.orcid, let url = LinkPolicy.safe("https://orcid.org/\(orcid)") {
                    s += " <a class=\"orcid\" href=\"\(HTMLEscaping.attribute(url))\">ORCID</a>"
                }
                if let email = person.email { s += " <a class=\"email\" href=\"mailto:\(HTMLEscaping.attribute(email))\">\(HTMLEscaping.text(email))</a>" }
                return "<span class=\"author\">\(s)</span>"
            }
            html += "<p class=\"authors\">\(people.joined(separator: ", "))</p>\n"
        }
        if !block.affiliations.isEmpty {
            let numbered = block.affiliations.count > 1
            html += "<ul class=\"affiliations\">" + block.affiliations.map {
                "<li>" + (numbered ? "<sup>\($0.mark)</sup>" : "") + HTMLEscaping.text($0.name) + "</li>"
            }.joined() + "</ul>\n"
        }
        if let date = block.date { html += "<p class=\"date\">\(HTMLEscaping.text(date))</p>\n" }
        if !block.abstract.isEmpty {
            html += "<section class=\"abstract\"><h2>Abstract</h2>\n\(BlockHTML(chapter: chapter).render(block.abstract))\n</section>\n"
        }
        if !block.keywords.isEmpty {
            html += "<p class=\"keywords\"><strong>Keywords:</strong> \(HTMLEscaping.text(block.keywords.joined(separator: ", ")))</p>\n"
        }
        var facts: [String] = []
        if let license = block.license { facts.append("License: \(HTMLEscaping.text(license))") }
        if let doi = block.doi {
            let url = LinkPolicy.safe("https://doi.org/\(doi)") ?? ""
            facts.append("DOI: <a href=\"\(HTMLEscaping.attribute(url))\">\(HTMLEscaping.text(doi))</a>")
        }
        if !facts.isEmpty { html += "<p class=\"rights\">\(facts.joined(separator: " · "))</p>\n" }
        return html
    }
}
