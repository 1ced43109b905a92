/// Writes a formula tree as presentation MathML, for the HTML report. The output is
/// deterministic and needs no script: fences stretch, limits sit under and over big
/// operators in display style, and unsupported commands appear as `<merror>`.
public enum MathMLWriter {
    /// The `<math>` element for a parsed formula; `display` chooses block or inline.
    public static func render(_ formula: ParsedFormula, display: Bool) -> String {
        render(formula.root, display: display)
    }

    /// The `<math>` element for a formula tree.
    public static func render(_ node: MathNode, display: Bool) -> String {
        var builder = MathMLBuilder()
        builder.output = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"\(display ? "block" : "inline")\">"
        builder.writeContents(of: node, displayStyle: display)
        builder.output += "</math>"
        return builder.output
    }
}
