/// Equation numbers beside the rows of a numbered display. `mlabeledtr` is not MathML
/// Core, so each row ends in a cell of its own whose `<mtext>` holds the number in an HTML
/// `<span class="eqno-row">`: the cell keeps the number on the row's baseline, and the
/// page's stylesheet moves the span to the right margin (`position: absolute; right: 0`).
extension MathMLBuilder {
    static let numberedTableAttributes = " class=\"numbered\""

    /// The cell after a row's own cells, with `number` in parentheses and `id` as the
    /// target of references to it.
    static func numberCell(_ number: EquationRowNumber?) -> String {
        let id = number?.id.map { " id=\"\(XMLEscaping.escape($0))\"" } ?? ""
        let text = number?.number.map { "<mtext><span class=\"eqno-row\">(\(XMLEscaping.escape($0)))</span></mtext>" } ?? ""
        return "<mtd\(id) style=\"padding: 0\">\(text)</mtd>"
    }

    /// Writes `node`, which is not a numbered table, as the one row of a numbered table.
    mutating func writeNumbered(_ node: MathNode, number: EquationRowNumber) {
        output += "<mtable\(Self.numberedTableAttributes)><mtr><mtd style=\"padding: 0\">"
        writeContents(of: node, displayStyle: true)
        output += "</mtd>" + Self.numberCell(number) + "</mtr></mtable>"
    }
}
