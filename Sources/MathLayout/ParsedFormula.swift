/// The result of parsing one formula: its tree, the equation tag and label it declared,
/// the macros known after it, and every problem found. Parsing never fails; problems
/// become diagnostics and, for unsupported commands, visible error nodes.
public struct ParsedFormula: Equatable, Sendable {
    /// The TeX as written, for the MathML annotation readers copy.
    public var source: String
    /// The formula as a row of nodes.
    public var root: MathNode
    /// Problems found, in source order.
    public var diagnostics: [MathDiagnostic]
    /// The text of `\tag{...}`, if any.
    public var tag: String?
    /// The text of `\label{...}`, if any.
    public var label: String?
    /// True when the formula said `\notag` or `\nonumber`.
    public var suppressesNumber: Bool
    /// The macros given to the parser plus those this formula defined (`\newcommand`,
    /// `\def`, `\DeclareMathOperator`), to pass on to the next formula of a chapter.
    public var macros: MathMacros

    public init(source: String = "", root: MathNode, diagnostics: [MathDiagnostic] = [],
                tag: String? = nil, label: String? = nil, suppressesNumber: Bool = false,
                macros: MathMacros = MathMacros()) {
        self.source = source
        self.root = root
        self.diagnostics = diagnostics
        self.tag = tag
        self.label = label
        self.suppressesNumber = suppressesNumber
        self.macros = macros
    }
}

/// A problem in a formula's source. `offset` counts characters (Swift `Character`s) from
/// the start of the TeX string, so a caller can turn it into `file:line:column`.
public struct MathDiagnostic: Equatable, Sendable, CustomStringConvertible {
    public var offset: Int
    public var message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    public var description: String { "\(offset): \(message)" }
}
