import MathLayout

/// A display formula that fits its column: its width in em is measured before the page is
/// written (`HarfBuzzMathMetrics`), and the stylesheet sets it at the size that makes it as
/// wide as its box, at most its usual size (1.05 em) and at least 0.6 em (10 px on a phone);
/// a formula still wider scrolls. No script: the box's width is the text column's
/// (`min(100vw - side padding, column)`) less the equation number's room, so the browser
/// picks the size per screen. A formula that would shrink far on a phone also gets a form
/// on several lines (`FormulaLineBreaking`), which the stylesheet shows instead on narrow
/// screens.
enum EquationFit {
    /// How much wider than measured a browser may set a formula (its MathML spacing and the
    /// math face's italics differ a little from the PDF's layout).
    static let margin = 1.06
    /// The room an equation number takes beside its formula ("(10.12)" and the gap), in rem.
    static let numberRem = 3.5
    /// The widest line of a formula's narrow form, in em with the margin: on a 390 px
    /// phone it is set at about its usual size, on a 320 px one at 0.78 em.
    static let narrowLineEm = 17.0
    /// Formulas wider than this, in em with the margin, get a narrow form: narrower ones
    /// stay at 0.86 em or more on a 390 px phone.
    static let narrowFormAboveEm = 19.5

    /// The `style` attribute of a formula, which gives the stylesheet the size that fits
    /// (`--fit`); empty when the faces are not installed to measure it.
    static func style(_ formula: ParsedFormula, numbered: Bool) -> String {
        guard let em = width(formula) else { return "" }
        let column = "min(100vw - \(Stylesheet.rem(2 * Stylesheet.sidePaddingRem)), \(Stylesheet.rem(Stylesheet.columnRem)))"
        let box = numbered ? "(\(column) - \(Stylesheet.rem(numberRem)))" : column
        // The bounds go in the attribute: the W3C validator's CSS checker fails on
        // min(), max() or clamp() around var() in the stylesheet.
        return " style=\"--fit:clamp(.6em, calc(\(box) / \(em)), 1.05em)\""
    }

    /// The formula on several lines for narrow screens, or nil when it is narrow enough,
    /// cannot be broken, or the faces are not installed to measure it.
    static func narrowForm(_ formula: ParsedFormula) -> ParsedFormula? {
        guard let metrics = HarfBuzzMathMetrics.shared, let em = width(formula), em > narrowFormAboveEm else { return nil }
        let breaking = FormulaLineBreaking(metrics: metrics, maxWidth: narrowLineEm / margin)
        guard let root = breaking.broken(formula.root) else { return nil }
        var narrow = formula
        narrow.root = root
        return narrow
    }

    /// The formula's width in em of its own size, with the margin, to two decimals.
    static func width(_ formula: ParsedFormula) -> Double? {
        guard let metrics = HarfBuzzMathMetrics.shared else { return nil }
        let box = MathLayoutEngine(metrics: metrics).layout(formula, display: true, size: 1)
        guard box.width > 0, box.width.isFinite else { return nil }
        return (box.width * margin * 100).rounded(.up) / 100
    }
}
