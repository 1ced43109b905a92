/// Blocks inside a frame of their own: an admonition (`{note}`, `{warning}`, Quarto's
/// `.callout-tip`, ...), a collapsible dropdown, a margin note, an epigraph, or a generic
/// `{div}` / `::: {.class #id}`. Its content is parsed Markdown, so directives nested in it
/// are planned, run and numbered like any other.
public struct Container: Sendable, Equatable {
    /// What the frame looks like.
    public enum Kind: String, Sendable, CaseIterable {
        case note, tip, important, warning, caution, attention, danger, error, hint, seealso
        /// `{admonition} Title`: a titled box, styled by a kind named in its classes.
        case admonition
        /// `{dropdown} Title`: a plain collapsible box.
        case dropdown
        /// `{margin}`, `{aside}`, `{sidebar}`: beside the text in HTML, boxed in the PDF.
        case margin, aside, sidebar
        /// `{epigraph}`: a quotation set apart, its last paragraph the attribution.
        case epigraph
        /// `{div}` and Pandoc divs: the content with its classes and id, no frame.
        case div

        /// The title an admonition has when none is written ("See also"); nil for the rest.
        public var defaultTitle: String? {
            switch self {
            case .note, .tip, .important, .warning, .caution, .attention, .danger, .error, .hint:
                return rawValue.prefix(1).uppercased() + rawValue.dropFirst()
            case .seealso: return "See also"
            case .dropdown: return "Details"
            case .admonition, .margin, .aside, .sidebar, .epigraph, .div: return nil
            }
        }

        /// Drawn as an admonition box with a title bar (the ten named kinds, `{admonition}`, `{dropdown}`).
        public var isAdmonition: Bool { defaultTitle != nil || self == .admonition }

        /// Set beside the text in HTML.
        public var isMarginNote: Bool { self == .margin || self == .aside || self == .sidebar }

        /// The colour family an admonition is drawn in: "info", "tip", "warn" or "bad".
        public var tone: String {
            switch self {
            case .tip, .hint: return "tip"
            case .important, .warning, .caution, .attention: return "warn"
            case .danger, .error: return "bad"
            case .note, .seealso, .admonition, .dropdown, .margin, .aside, .sidebar, .epigraph, .div: return "info"
            }
        }
    }

    public var kind: Kind
    /// The title bar's text (an admonition's default title when none was written; empty for
    /// margin notes, epigraphs and divs without one).
    public var title: [Inline]
    /// Classes from `:class:` or a Pandoc attribute list, each made of ``Label``'s characters.
    public var classes: [String]
    /// From `:name:`, `:label:` or `#id`, a valid ``Label``.
    public var id: String?
    /// Shown as a `<details>` in HTML (always open in the PDF).
    public var collapsible: Bool
    /// A collapsible container starts open.
    public var open: Bool
    public var content: [Block]
    public var location: SourceLocation

    public init(kind: Kind, title: [Inline] = [], classes: [String] = [], id: String? = nil, collapsible: Bool = false,
                open: Bool = false, content: [Block], location: SourceLocation) {
        self.kind = kind
        self.title = title
        self.classes = classes
        self.id = id
        self.collapsible = collapsible
        self.open = open
        self.content = content
        self.location = location
    }
}

/// A code block with options: `{code-block} python` / `{code}` or a plain fence whose first
/// lines are `:caption:`, `:linenos:`, `:lineno-start:`, `:emphasize-lines:` or `:name:`.
public struct Listing: Sendable, Equatable {
    public var language: String
    public var code: String
    public var caption: [Inline]
    public var id: String?
    /// "2.1" for a captioned listing, numbered per chapter by the ``Resolver``; nil before and without a caption.
    public var number: String?
    /// The number of the first line when lines are numbered, else nil.
    public var firstLineNumber: Int?
    /// Lines (1 = the first line of the code) drawn highlighted.
    public var emphasized: Set<Int>
    public var location: SourceLocation

    public init(language: String, code: String, caption: [Inline] = [], id: String? = nil, firstLineNumber: Int? = nil,
                emphasized: Set<Int> = [], location: SourceLocation) {
        self.language = language
        self.code = code
        self.caption = caption
        self.id = id
        self.firstLineNumber = firstLineNumber
        self.emphasized = emphasized
        self.location = location
    }
}
