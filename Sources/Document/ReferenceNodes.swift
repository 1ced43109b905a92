/// A reference to a labelled target in one of the MyST or Quarto forms; resolution turns it
/// into a `.reference` whose text follows `form`.
public struct CrossReference: Sendable, Equatable {
    /// How the reference's text is made from its target.
    public enum Form: Sendable, Equatable, CustomStringConvertible {
        /// "Figure 2.1" (`@fig-x`, `{numref}`label``); a section's title for `[](#label)`.
        case automatic
        /// `{ref}`label``: a section's title, otherwise like `.automatic`.
        case title
        /// "2.1" (`[-@fig-x]`).
        case numberOnly
        /// "Fig. 2.1" (`[Fig. @fig-x]`): the given words, then the number.
        case prefixed(String)
        /// `{numref}`Fig. %s <label>``: `%s` becomes the number.
        case template(String)
        /// `{eq}`label``: "(2.1)".
        case equation
        /// `[text](#label)`, `{ref}`text <label>``: the given text.
        case text(String)

        public var description: String {
            switch self {
            case .automatic: return "auto"
            case .title: return "title"
            case .numberOnly: return "number"
            case let .prefixed(p): return "prefix=\(p)"
            case let .template(t): return "template=\(t)"
            case .equation: return "eq"
            case let .text(t): return "text=\(t)"
            }
        }
    }

    public var label: String
    public var form: Form
    public var location: SourceLocation

    public init(label: String, form: Form, location: SourceLocation) {
        self.label = label
        self.form = form
        self.location = location
    }

    /// The text a writer would show before resolution.
    public var text: String? {
        if case let .text(t) = form { return t }
        return nil
    }
}

/// A citation with prefixes and locators (`[see @a, p. 3; @b, chap. 2]`), narrative (`@a`,
/// `{cite:t}`) or parenthetical; resolution formats it in the book's citation style.
public struct CitationGroup: Sendable, Equatable {
    public enum Mode: String, Sendable, Equatable {
        /// `[@a]`, `{cite:p}`: "(Murray 2019)" or "[1]".
        case parenthetical
        /// `@a`, `{cite:t}`: "Murray (2019)" or "Murray [1]".
        case narrative
    }

    /// One cited work.
    public struct Item: Sendable, Equatable {
        public var key: String
        /// Words before the key ("see").
        public var prefix: String
        /// Words after the key ("p. 3").
        public var locator: String
        /// `-@a`: the year (or number) only.
        public var suppressAuthor: Bool

        public init(key: String, prefix: String = "", locator: String = "", suppressAuthor: Bool = false) {
            self.key = key
            self.prefix = prefix
            self.locator = locator
            self.suppressAuthor = suppressAuthor
        }
    }

    public var items: [Item]
    public var mode: Mode
    public var location: SourceLocation

    public init(items: [Item], mode: Mode, location: SourceLocation) {
        self.items = items
        self.mode = mode
        self.location = location
    }
}
