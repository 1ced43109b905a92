/// The result of parsing one formula: its tree, the equation tag and label it declared,
/// and every problem found. Parsing never fails; problems become diagnostics and, for
/// unsupported commands, visible error nodes.
public struct ParsedFormula: Equatable, Sendable {
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

    public init(root: MathNode, diagnostics: [MathDiagnostic] = [], tag: String? = nil,
                label: String? = nil, suppressesNumber: Bool = false) {
        self.root = root
        self.diagnostics = diagnostics
        self.tag = tag
        self.label = label
        self.suppressesNumber = suppressesNumber
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
