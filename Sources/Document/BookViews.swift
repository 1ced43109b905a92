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

/// One entry of the references list, numbered by first citation.
public struct ReferenceItem: Sendable, Equatable {
    public var number: Int
    public var key: String
    public var authors: String
    public var year: String
    public var title: String
    public var venue: String
    /// A DOI or URL link as written; writers check it before linking.
    public var link: String?

    /// The cited entries in order of first citation.
    static func list(cited: [String], bibliography: [BibliographyEntry]) -> [ReferenceItem] {
        let entries = Dictionary(bibliography.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        return cited.enumerated().compactMap { index, key in
            guard let entry = entries[key] else { return nil }
            let f = entry.formatted
            return ReferenceItem(number: index + 1, key: key, authors: f.authors, year: f.year, title: f.title,
                                 venue: f.venue, link: entry.link)
        }
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
