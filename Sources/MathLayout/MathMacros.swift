/// User macros from `\newcommand`, `\renewcommand`, `\def` and `\DeclareMathOperator`,
/// expanded by the parser before anything else sees the formula. A book or chapter can
/// define them once (`MathMacros(preamble:)`) and parse every formula with them.
public struct MathMacros: Hashable, Sendable {
    /// One definition: the number of arguments, the default of an optional first
    /// argument (`\newcommand{\x}[2][0]{...}`), and the replacement text with `#1`...`#9`.
    public struct Definition: Hashable, Sendable {
        public var arguments: Int
        public var optionalDefault: String?
        public var body: String

        public init(arguments: Int, optionalDefault: String? = nil, body: String) {
            self.arguments = arguments
            self.optionalDefault = optionalDefault
            self.body = body
        }
    }

    /// The definitions by command name, without the backslash.
    public var definitions: [String: Definition]

    public init(_ definitions: [String: Definition] = [:]) {
        self.definitions = definitions
    }

    /// The macros defined by `preamble`, a formula of definitions such as
    /// `\newcommand{\R}{\mathbb{R}} \DeclareMathOperator*{\argmax}{arg\,max}`. Its
    /// problems are those of `MathParser.parse(preamble)`.
    public init(preamble: String) {
        self = MathParser.parse(preamble).macros
    }

    /// How deeply a macro may expand into other macros before it counts as recursive.
    static let maximumDepth = 32
    /// How long a formula may grow by expansion.
    static let maximumLength = 100_000
}
