import Foundation

/// One line of the table of contents (and of the PDF outline).
public struct ContentsEntry: Sendable, Equatable {
    public var level: Int
    public var number: String?
    public var title: [Inline]
    /// The id of the heading or section it links to.
    public var destination: String

    public init(level: Int, number: String? = nil, title: [Inline], destination: String) {
        self.level = level
        self.number = number
        self.title = title
        self.destination = destination
    }
}

/// Claims and chapter errors at a glance, with the sentences both writers show.
public struct ClaimsSummary: Sendable {
    /// Every claim of the book, at any depth, in book order.
    public var claims: [ClaimBlock]
    /// The claims that fail or could not be checked.
    public var notHolding: [ClaimBlock] { claims.filter { $0.passed != true } }
    public var held: Int { claims.filter { $0.passed == true }.count }
    public var allHold: Bool { notHolding.isEmpty }
    /// The chapters' errors.
    public var errors: [Diagnostic]
    /// How many errors the summary lists by name.
    public static let errorsListed = 20

    public init(claims: [ClaimBlock], diagnostics: [Diagnostic]) {
        self.claims = claims
        errors = diagnostics.filter { $0.severity == .error }
    }

    /// "No checked claims." or "12 of 13 claims hold".
    public var headline: String {
        claims.isEmpty ? "No checked claims." : "\(held) of \(claims.count) claims hold"
    }

    /// "fails" or "could not be checked".
    public static func verdict(_ claim: ClaimBlock) -> String {
        claim.passed == false ? "fails" : "could not be checked"
    }

    /// "3 errors in the chapters", or nil when there is none.
    public var errorHeadline: String? {
        errors.isEmpty ? nil : "\(errors.count) error\(errors.count == 1 ? "" : "s") in the chapters"
    }
}

/// One entry of the references list, formatted like a journal's: "J. M. Murray, A. Saxe, and
/// B. Other (2019). Title. *Venue*, 12(3), 45–67." with DOI and URL links.
public struct ReferenceItem: Sendable, Equatable {
    /// "[1]" in the numeric style; empty in the author-year style (the list is alphabetical).
    public var label: String
    public var key: String
    public var authors: String
    public var year: String
    public var title: String
    /// The journal, book or publisher (set in italics).
    public var venue: String
    /// "12(3), 45–67" after the venue.
    public var details: String
    /// The DOI (as a https://doi.org link) and URL as written; writers check them before linking.
    public var links: [String]

    /// The cited entries: in order of first citation (numeric) or by author and year.
    static func list(cited: [String], bibliography: [BibliographyEntry], style: ReferenceStyle.Citations) -> [ReferenceItem] {
        let entries = Dictionary(bibliography.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let items = cited.enumerated().compactMap { index, key -> (BibliographyEntry, Int)? in entries[key].map { ($0, index + 1) } }
        switch style {
        case .numeric:
            return items.map { ReferenceItem($0, label: "[\($1)]") }
        case .authorYear:
            return items.sorted { ($0.0.shortAuthors, $0.0.year, $0.0.key) < ($1.0.shortAuthors, $1.0.year, $1.0.key) }
                .map { ReferenceItem($0.0, label: "") }
        }
    }

    init(_ entry: BibliographyEntry, label: String) {
        self.label = label
        key = entry.key
        var names = entry.authors.map { PersonName($0).short }
        if entry.hasMoreAuthors { names.append("et al.") }
        switch names.count {
        case 0: authors = ""
        case 1: authors = names[0]
        case 2 where !entry.hasMoreAuthors: authors = "\(names[0]) and \(names[1])"
        default: authors = entry.hasMoreAuthors ? names.joined(separator: ", ") : names.dropLast().joined(separator: ", ") + ", and " + names.last!
        }
        year = entry.year
        title = entry.fields["title"] ?? entry.key
        let f = entry.fields
        venue = f["journal"] ?? f["booktitle"] ?? f["publisher"] ?? f["howpublished"] ?? f["school"] ?? f["institution"] ?? ""
        var volume = f["volume"] ?? ""
        if let number = f["number"] ?? f["issue"] { volume += volume.isEmpty ? "no. \(number)" : "(\(number))" }
        details = [volume, f["pages"] ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")
        links = [f["doi"].map { $0.hasPrefix("http") ? $0 : "https://doi.org/\($0)" }, f["url"]].compactMap { $0 }
    }
}

/// A BibTeX person name, "Family, Given" or "Given von Family".
struct PersonName {
    var given: [String]
    var family: String

    init(_ name: String) {
        if let comma = name.firstIndex(of: ",") {
            family = name[..<comma].trimmingCharacters(in: .whitespaces)
            given = name[name.index(after: comma)...].split(separator: " ").map(String.init)
        } else {
            let words = name.split(separator: " ").map(String.init)
            // "Ludwig van Beethoven": the family name starts at the first lower-case word.
            let von = words.dropLast().firstIndex { $0.first?.isLowercase == true } ?? max(words.count - 1, 0)
            family = words[von...].joined(separator: " ")
            given = Array(words[..<von])
        }
    }

    /// "J. M. Murray"; "J.-P. Changeux" for a hyphenated given name.
    var short: String {
        let initials = given.map { part in
            part.split(separator: "-").map { piece in piece.first.map { "\($0)." } ?? "" }.joined(separator: "-")
        }
        return (initials + [family]).joined(separator: " ")
    }
}

/// The provenance section as rows: facts, then one row per experiment, and the note under it.
public struct ProvenanceRows: Sendable, Equatable {
    public static let experimentHeader = ["Experiment", "Kind", "Compute time", "This render"]

    /// One row of the experiments table.
    public struct ExperimentRow: Sendable, Equatable {
        public var id: String
        public var kind: String
        /// "0.42 s"
        public var computeTime: String
        public var status: String
    }

    public var facts: [(String, String)]
    public var experiments: [ExperimentRow]
    /// The sentence under the experiments table, in three parts: text, code, text.
    public let note = ("Every experiment's parameters, including its seed, are shown with it in the text and stored under ",
                       "output/results/", ".")

    public init(_ provenance: Provenance) {
        facts = provenance.facts
        experiments = provenance.experiments.map { e in
            ExperimentRow(id: e.id, kind: e.kind, computeTime: String(format: "%.2f s", e.seconds), status: e.status)
        }
    }

    public static func == (a: ProvenanceRows, b: ProvenanceRows) -> Bool {
        a.experiments == b.experiments && a.facts.map(\.0) == b.facts.map(\.0) && a.facts.map(\.1) == b.facts.map(\.1)
    }
}
