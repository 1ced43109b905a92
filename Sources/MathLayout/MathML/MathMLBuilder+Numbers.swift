/// Equation numbers beside the rows of a numbered display. `mlabeledtr` is not MathML
/// Core, so the table spans the line: an empty half-width column first, the formula's
/// columns in the middle, and a half-width column with each row's number at the right,
/// which keeps the formula centred and the numbers at the right margin.
extension MathMLBuilder {
    static let numberedTableAttributes = " class=\"numbered\" style=\"width: 100%\""

    /// The cell before a numbered row's own cells.
    static let numberPadCell = "<mtd style=\"width: 50%\"></mtd>"

    /// The cell after a row's own cells, with `number` in parentheses and `id` as the
    /// target of references to it.
    static func numberCell(_ number: EquationRowNumber?) -> String {
        let id = number?.id.map { " id=\"\(XMLEscaping.escape($0))\"" } ?? ""
        let text = number?.number.map { "<mtext>(\(XMLEscaping.escape($0)))</mtext>" } ?? ""
        return "<mtd\(id) style=\"width: 50%; text-align: right; text-align: -webkit-right\">\(text)</mtd>"
    }

    /// Writes `node`, which is not a numbered table, as the one row of a numbered table.
    mutating func writeNumbered(_ node: MathNode, number: EquationRowNumber) {
        output += "<mtable\(Self.numberedTableAttributes)><mtr>" + Self.numberPadCell + "<mtd>"
        writeContents(of: node, displayStyle: true)
        output += "</mtd>" + Self.numberCell(number) + "</mtr></mtable>"
    }
}
