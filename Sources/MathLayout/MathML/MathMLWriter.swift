/// Writes a formula tree as MathML Core, for the HTML report. The output is deterministic
/// and needs no script: fences stretch, limits sit under and over big operators in
/// display style, and unsupported commands appear as `<merror>`.
public enum MathMLWriter {
    /// The `<math>` element for a parsed formula; `display` chooses block or inline. The
    /// TeX source rides along as an `application/x-tex` annotation, so that readers can
    /// copy it.
    /// `rowNumbers` are the numbers of a display's rows (`EquationRowNumber`), set at the
    /// right of the line beside each row of its `align` or `gather`, or beside the whole
    /// formula when it is one `equation`.
    /// `italicCorrections` are the math font's italic corrections of letters, in em (its
    /// MATH table's MathItalicsCorrectionInfo), which TeX adds between a letter and its
    /// superscript and MathML Core browsers do not.
    /// `attributes` are more attributes of the `<math>` element (` class="..."`), written
    /// as given.
    public static func render(_ formula: ParsedFormula, display: Bool, rowNumbers: [EquationRowNumber] = [],
                              italicCorrections: [Character: Double] = [:], attributes: String = "") -> String {
        var builder = MathMLBuilder()
        builder.italicCorrections = italicCorrections
        builder.output = open(display: display, attributes: attributes) + "<semantics><mrow>"
        if rowNumbers.contains(where: { $0.number != nil }) {
            if formula.root.isNumberedTable {
                builder.rowNumbers = rowNumbers
                builder.writeContents(of: formula.root, displayStyle: display)
            } else {
                builder.writeNumbered(formula.root, number: rowNumbers[0])
            }
        } else {
            builder.edgeRelationsUnspaced = true
            builder.writeContents(of: formula.root, displayStyle: display)
        }
        builder.output += "</mrow><annotation encoding=\"application/x-tex\">"
            + XMLEscaping.escape(formula.source) + "</annotation></semantics></math>"
        return builder.output
    }

    /// The `<math>` element for a formula tree.
    public static func render(_ node: MathNode, display: Bool) -> String {
        var builder = MathMLBuilder()
        builder.output = open(display: display)
        builder.edgeRelationsUnspaced = true
        builder.writeContents(of: node, displayStyle: display)
        builder.output += "</math>"
        return builder.output
    }

    private static func open(display: Bool, attributes: String = "") -> String {
        "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"\(display ? "block" : "inline")\"\(attributes)>"
    }
}
