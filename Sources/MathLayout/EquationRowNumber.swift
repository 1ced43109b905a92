/// What a writer shows at the right of one row of a numbered `align` or `gather` (or of an
/// `equation`): the number's text, without parentheses, and the id a reference links to.
/// A row without a number (`\notag`, or past the rows the document numbered) is `nil` text.
public struct EquationRowNumber: Equatable, Sendable {
    public var number: String?
    public var id: String?

    public init(number: String? = nil, id: String? = nil) {
        self.number = number
        self.id = id
    }
}

extension ParsedFormula {
    /// The numbering of each row the formula asks for: the rows of its outermost `align`,
    /// `gather` or `alignat`, or the one row of an unstarred `equation` or `multline`. Empty
    /// when the formula is not such an environment or no row takes a number (`align*`).
    public var rowNumbering: [EquationNumbering] {
        if root.isNumberedTable, case .row(let nodes) = root, case .table(let table) = nodes[0] {
            return table.numbering.contains { $0.automatic || $0.tag != nil } ? table.numbering : []
        }
        let trimmed = source.drop(while: \.isWhitespace)
        guard trimmed.hasPrefix("\\begin{equation}") || trimmed.hasPrefix("\\begin{multline}") else { return [] }
        guard !suppressesNumber || tag != nil else { return [] }
        return [EquationNumbering(automatic: tag == nil, tag: tag, label: label)]
    }
}

extension MathNode {
    /// True for a row holding just one table whose rows are numbered (`align`, `gather`).
    var isNumberedTable: Bool {
        if case .row(let nodes) = self, nodes.count == 1, case .table(let table) = nodes[0] { return !table.numbering.isEmpty }
        return false
    }
}
