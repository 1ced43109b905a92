/// One installed font face the HTML embeds a subset of: which installed face, the family
/// name and descriptors its `@font-face` rule gives it, and which characters of the page it
/// must hold. The embedded families have their own names, which no installed font has, so
/// the stylesheet lists them first and the installed families after them.
struct EmbeddedFace: Sendable {
    /// Which characters of the page a face's subset holds.
    enum Characters: Sendable { case text, code, math }

    /// The family name in the `@font-face` rule and the stylesheet.
    let family: String
    /// The installed family and style (fontconfig's names) the subset is made from.
    let installedFamily: String
    let installedStyle: String
    /// The `font-weight` and `font-style` descriptors.
    let weight: Int
    let italic: Bool
    let characters: Characters

    /// Body text: TeX Gyre Pagella, as in the PDF.
    static let serif = "Report Pagella"
    /// Headings, captions, navigation and equation numbers: TeX Gyre Heros.
    static let sans = "Report Heros"
    /// Code: DejaVu Sans Mono.
    static let mono = "Report Mono"
    /// Formulas: TeX Gyre Pagella Math, the PDF's math font.
    static let math = EmbeddedFace(family: "Report Math", installedFamily: "TeX Gyre Pagella Math", installedStyle: "Regular", weight: 400, italic: false, characters: .math)

    /// Every face the page may use, in the order of the `@font-face` rules.
    static let all: [EmbeddedFace] = [
        text(serif, "TeX Gyre Pagella", "Regular", 400, false),
        text(serif, "TeX Gyre Pagella", "Italic", 400, true),
        text(serif, "TeX Gyre Pagella", "Bold", 700, false),
        text(serif, "TeX Gyre Pagella", "Bold Italic", 700, true),
        text(sans, "TeX Gyre Heros", "Regular", 400, false),
        text(sans, "TeX Gyre Heros", "Italic", 400, true),
        text(sans, "TeX Gyre Heros", "Bold", 700, false),
        EmbeddedFace(family: mono, installedFamily: "DejaVu Sans Mono", installedStyle: "Book", weight: 400, italic: false, characters: .code),
        math,
    ]

    private static func text(_ family: String, _ installed: String, _ style: String, _ weight: Int, _ italic: Bool) -> EmbeddedFace {
        EmbeddedFace(family: family, installedFamily: installed, installedStyle: style, weight: weight, italic: italic, characters: .text)
    }
}
