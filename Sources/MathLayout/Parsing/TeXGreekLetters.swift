/// The names of TeX's Greek letter commands, for callers outside the parser that set a
/// parameter's name as a symbol (`eta` as `\eta`).
public enum TeXGreekLetters {
    /// Whether `name` (without the backslash) is a Greek letter command: `eta`, `varepsilon`, `Gamma`.
    public static func contains(_ name: String) -> Bool {
        TeXSymbols.lowercaseGreek[name] != nil || TeXSymbols.uppercaseGreek[name] != nil
    }
}
