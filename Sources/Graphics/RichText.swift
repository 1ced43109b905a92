/// Where a piece of text links to: a named destination in the same PDF, or a URI.
public enum LinkTarget: Hashable, Sendable {
    case destination(String)
    case uri(String)
}

/// The look of a run of rich text. `rise` lifts the run above the baseline (points), for
/// superscripts; `background` shades it (inline code). Without `breaksAtHyphens` a line
/// never ends at one of the run's hyphens, so an identifier such as `e2-matrices` reads whole.
public struct RunStyle: Hashable, Sendable {
    public var family: String
    public var size: Double
    public var bold: Bool
    public var italic: Bool
    public var color: Color
    public var background: Color?
    public var rise: Double
    public var breaksAtHyphens: Bool

    public init(family: String, size: Double, bold: Bool = false, italic: Bool = false,
                color: Color = .black, background: Color? = nil, rise: Double = 0, breaksAtHyphens: Bool = true) {
        self.family = family; self.size = size; self.bold = bold; self.italic = italic
        self.color = color; self.background = background; self.rise = rise
        self.breaksAtHyphens = breaksAtHyphens
    }
}

/// Styled text for a paragraph, built run by run: plain text runs, each with its own
/// style and optional link, and inline objects (formulas) that reserve a box of a given
/// width, ascent and descent on the line and are drawn by the caller.
public struct RichText: Sendable {
    /// One piece of a paragraph.
    public enum Piece: Sendable {
        case text(String, RunStyle, link: LinkTarget?)
        /// An inline box identified by `id`, drawn by the caller at its reported position.
        case object(id: Int, width: Double, ascent: Double, descent: Double, link: LinkTarget?)
    }

    public private(set) var pieces: [Piece] = []

    public init() {}

    public mutating func append(_ text: String, _ style: RunStyle, link: LinkTarget? = nil) {
        guard !text.isEmpty else { return }
        pieces.append(.text(text, style, link: link))
    }

    public mutating func appendObject(id: Int, width: Double, ascent: Double, descent: Double,
                                      link: LinkTarget? = nil) {
        pieces.append(.object(id: id, width: width, ascent: ascent, descent: descent, link: link))
    }

    public mutating func append(_ other: RichText) { pieces += other.pieces }
}
