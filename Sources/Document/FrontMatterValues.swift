import Yams

/// One author of a chapter or book: `authors:` items are names or mappings with `name`,
/// `affiliations` (ids of the top-level `affiliations:` list, or names), `orcid`, `email`
/// and `corresponding`, as in MyST and Quarto.
public struct Author: Sendable, Equatable {
    public var name: String
    /// Affiliation ids or names, as written.
    public var affiliations: [String]
    public var orcid: String?
    public var email: String?
    public var corresponding: Bool

    public init(name: String, affiliations: [String] = [], orcid: String? = nil, email: String? = nil, corresponding: Bool = false) {
        self.name = name
        self.affiliations = affiliations
        self.orcid = orcid
        self.email = email
        self.corresponding = corresponding
    }
}

/// One item of the top-level `affiliations:` list: an id that authors refer to and a name.
public struct Affiliation: Sendable, Equatable {
    public var id: String?
    public var name: String

    public init(id: String? = nil, name: String) {
        self.id = id
        self.name = name
    }
}

/// Which headings get section numbers: `numbering: false` numbers none, `numbering:
/// {headings: true, depth: 2}` numbers levels 1 and 2 only.
public struct HeadingNumbering: Sendable, Equatable {
    public var headings: Bool
    /// The deepest heading level that is numbered (1 is the chapter heading).
    public var depth: Int

    public init(headings: Bool = true, depth: Int = 6) {
        self.headings = headings
        self.depth = depth
    }

    /// Whether a heading of `level` is numbered.
    public func numbers(level: Int) -> Bool { headings && level <= depth }
}

/// Readers of front matter values from YAML nodes; each throws a positioned diagnostic
/// naming its key when the value has the wrong shape.
enum FrontMatterValues {
    static func location(_ node: Node, file: String, lineOffset: Int) -> SourceLocation {
        SourceLocation(file: file, line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1)
    }

    static func text(_ value: Node, key: String, at location: SourceLocation) throws -> String {
        guard let s = value.scalar?.string else { throw Diagnostic("'\(key)' must be text", at: location) }
        return s
    }

    /// A list of texts, or one text with items separated by commas.
    static func texts(_ value: Node, key: String, at location: SourceLocation) throws -> [String] {
        if let s = value.scalar?.string {
            return s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        guard let items = value.sequence, let texts = Optional(items.compactMap(\.scalar?.string)), texts.count == items.count else {
            throw Diagnostic("'\(key)' must be a list of texts", at: location)
        }
        return texts
    }

    static func authors(_ value: Node, key: String, at location: SourceLocation) throws -> [Author] {
        if let s = value.scalar?.string { return [Author(name: s)] }
        guard let items = value.sequence else {
            throw Diagnostic("'\(key)' must be a name or a list of names or of author mappings (name, affiliations, orcid, email, corresponding)", at: location)
        }
        return try items.map { item in
            if let s = item.scalar?.string { return Author(name: s) }
            guard let fields = item.mapping else {
                throw Diagnostic("each author must be a name or a mapping with 'name'", at: location)
            }
            var author = Author(name: "")
            for (field, v) in fields {
                let name = field.string ?? ""
                switch name {
                case "name":
                    if let s = v.scalar?.string {
                        author.name = s
                    } else if let parts = v.mapping {
                        author.name = ["given", "family"].compactMap { parts[$0]?.string }.joined(separator: " ")
                    }
                case "affiliation", "affiliations": author.affiliations = try texts(v, key: "\(key).\(name)", at: location)
                case "orcid": author.orcid = v.scalar?.string
                case "email": author.email = v.scalar?.string
                case "corresponding": author.corresponding = v.bool ?? false
                default: break
                }
            }
            guard !author.name.isEmpty else { throw Diagnostic("an author in '\(key)' has no 'name'", at: location) }
            return author
        }
    }

    static func affiliations(_ value: Node, key: String, at location: SourceLocation) throws -> [Affiliation] {
        guard let items = value.sequence else {
            throw Diagnostic("'\(key)' must be a list of names or of mappings with 'id' and 'name'", at: location)
        }
        return try items.map { item in
            if let s = item.scalar?.string { return Affiliation(name: s) }
            guard let fields = item.mapping,
                  let name = (fields["name"] ?? fields["institution"])?.string ?? fields["id"]?.string else {
                throw Diagnostic("each affiliation in '\(key)' must be a name or a mapping with 'id' and 'name'", at: location)
            }
            return Affiliation(id: fields["id"]?.string, name: name)
        }
    }

    /// `true`/`false`, or a mapping with `headings` and `depth`; other MyST numbering
    /// options are reported as not supported.
    static func numbering(_ value: Node, key: String, at location: SourceLocation, warn: (String) -> Void) throws -> HeadingNumbering {
        if let b = value.bool { return HeadingNumbering(headings: b) }
        guard let fields = value.mapping else {
            throw Diagnostic("'\(key)' must be true, false or a mapping such as {headings: true, depth: 2}", at: location)
        }
        var numbering = HeadingNumbering()
        for (field, v) in fields {
            switch field.string ?? "" {
            case "headings":
                guard let b = v.bool else { throw Diagnostic("'\(key).headings' must be true or false", at: location) }
                numbering.headings = b
            case "depth":
                guard let n = v.int, (1...6).contains(n) else { throw Diagnostic("'\(key).depth' must be a heading level from 1 to 6", at: location) }
                numbering.depth = n
            case let other:
                warn("'\(key).\(other)' is not supported (only 'headings' and 'depth' are); ignored")
            }
        }
        return numbering
    }
}
