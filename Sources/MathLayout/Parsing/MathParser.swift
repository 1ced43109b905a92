/// Parses the TeX subset used in the chapters into a formula tree.
///
/// Parsing never fails: an unsupported command becomes an `.error` node that keeps its
/// name and position, and every problem (unknown commands, unbalanced braces, `\left`
/// without `\right`, recursive macros, ...) is listed in `ParsedFormula.diagnostics`.
public enum MathParser {
    /// Parses `tex`, the text between the `$` or `$$` delimiters, expanding `macros` and
    /// the macros the formula defines itself.
    public static func parse(_ tex: String, macros: MathMacros = MathMacros()) -> ParsedFormula {
        var parser = FormulaParser(tex, macros: macros)
        return parser.parseFormula()
    }
}
