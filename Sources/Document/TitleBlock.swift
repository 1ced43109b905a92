/// What the title page and the HTML header show under the title: the subtitle, each author
/// with affiliation marks (1, 2, ...) in order of first mention, the affiliations, the date,
/// the abstract, keywords, license and DOI. Affiliations an author names by an id of the
/// top-level list show that item's name; other names stand as written.
public struct TitleBlock: Sendable, Equatable {
    public struct Person: Sendable, Equatable {
        public var name: String
        public var marks: [Int]
        public var orcid: String?
        public var email: String?
        public var corresponding: Bool
    }

    public var subtitle: String?
    public var authors: [Person]
    /// Numbered affiliations, in the order of their marks.
    public var affiliations: [(mark: Int, name: String)]
    public var date: String?
    public var abstract: [Block]
    public var keywords: [String]
    public var license: String?
    public var doi: String?

    public init(_ matter: FrontMatter, authorNames: [String] = []) {
        subtitle = matter.subtitle
        date = matter.date
        abstract = matter.abstract
        keywords = matter.keywords
        license = matter.license
        doi = matter.doi
        let people = matter.authors.isEmpty ? authorNames.map { Author(name: $0) } : matter.authors
        var names: [String] = []
        func mark(_ name: String) -> Int {
            if let i = names.firstIndex(of: name) { return i + 1 }
            names.append(name)
            return names.count
        }
        authors = people.map { author in
            let marks = author.affiliations.map { ref in mark(matter.affiliations.first { $0.id == ref }?.name ?? ref) }
            return Person(name: author.name, marks: marks, orcid: author.orcid, email: author.email, corresponding: author.corresponding)
        }
        for affiliation in matter.affiliations { _ = mark(affiliation.name) }
        affiliations = names.enumerated().map { ($0.offset + 1, $0.element) }
    }

    /// The marks shown after an author's name ("1,2"); none when there is only one affiliation.
    public func marks(_ person: Person) -> String {
        affiliations.count < 2 ? "" : person.marks.map(String.init).joined(separator: ",")
    }

    public static func == (a: TitleBlock, b: TitleBlock) -> Bool {
        a.subtitle == b.subtitle && a.authors == b.authors && a.affiliations.map(\.name) == b.affiliations.map(\.name)
            && a.date == b.date && a.abstract == b.abstract && a.keywords == b.keywords && a.license == b.license && a.doi == b.doi
    }
}
