/// One node of a parsed formula. The tree is the shared input of the MathML writer and of
/// the box layout; it records what the TeX meant, not how it will look.
public indirect enum MathNode: Equatable, Sendable {
    /// A variable or other identifier (`x`, `\alpha`, `\infty`, `diag` in `\mathrm{diag}`).
    /// `variant` is nil for TeX's default (italic single letters, upright names).
    case identifier(String, variant: MathVariant?)
    /// A number such as `12` or `0.5`.
    case number(String)
    /// An operator, relation, punctuation mark or non-stretchy fence character.
    case symbol(String, MathAtomClass)
    /// A big operator such as `\sum` or `\int` whose scripts may become limits.
    case largeOperator(String, limits: LimitPlacement)
    /// A named operator such as `\min` or `\ln`, set upright.
    case operatorName(String, limits: LimitPlacement)
    /// Upright text from `\text{...}`.
    case text(String)
    /// Horizontal space in em (negative for `\!`).
    case space(em: Double)
    /// A sequence laid out left to right.
    case row([MathNode])
    /// A base with a subscript, a superscript, or both (primes are superscripts).
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?)
    /// A fraction; `style` records `\tfrac` and `\dfrac`.
    case fraction(numerator: MathNode, denominator: MathNode, style: FractionStyle)
    /// A square root, or an n-th root when `index` is present.
    case root(radicand: MathNode, index: MathNode?)
    /// An accent set over its base; stretchy accents (`\widehat`) span it.
    case accent(base: MathNode, mark: String, stretchy: Bool)
    /// A rule over the base (`\overline`).
    case overline(MathNode)
    /// A rule under the base (`\underline`).
    case underline(MathNode)
    /// A base with material set below and/or above it (`\overset`, `\underset`).
    case underOver(base: MathNode, under: MathNode?, over: MathNode?)
    /// Content in display or text style whatever the surroundings (`\displaystyle`,
    /// `\textstyle`), at full size.
    case styleChange(display: Bool, body: MathNode)
    /// A `\left ... \right` group; an empty delimiter string is TeX's null delimiter `.`.
    case fenced(open: String, close: String, body: MathNode)
    /// A `\middle` delimiter inside a fenced group, stretched like its fences.
    case middleDelimiter(String)
    /// A delimiter of fixed size from `\big`, `\Big`, `\bigg`, `\Bigg`, height in em.
    case sizedDelimiter(String, heightEm: Double)
    /// The rows and cells of a matrix, cases or aligned environment.
    case table(rows: [[MathNode]], style: TableStyle)
    /// An unsupported command or environment, kept visible; `offset` counts characters
    /// from the start of the TeX source.
    case error(command: String, offset: Int)
}

/// A font style from `\mathbf`, `\mathbb` and friends, named after MathML's `mathvariant`.
public enum MathVariant: String, Equatable, Sendable {
    case normal, italic, bold
    case boldItalic = "bold-italic"
    case doubleStruck = "double-struck"
    case script, fraktur
    case sansSerif = "sans-serif"
    case monospace
}

/// The TeX atom class of a symbol, which decides the spacing around it.
public enum MathAtomClass: Equatable, Sendable {
    case ordinary, binary, relation, punctuation
    /// An opening bracket that does not stretch (`(`, `[`, `\langle`).
    case opening
    /// A closing bracket that does not stretch.
    case closing
    /// A bar that may open or close (`|`, `\|`).
    case fence
}

/// Where the scripts of a big operator go.
public enum LimitPlacement: Equatable, Sendable {
    /// Below and above in display style, as scripts inline (`\sum`, `\lim`).
    case displayOnly
    /// Always below and above (`\limits`).
    case always
    /// Always as scripts (`\int`, `\ln`, `\nolimits`).
    case never
}

/// Which fraction command produced a fraction.
public enum FractionStyle: Equatable, Sendable {
    /// `\frac`: follows the surrounding style.
    case auto
    /// `\tfrac`: always text-sized.
    case text
    /// `\dfrac`: always display-sized.
    case display
}

/// The environment that produced a table, which decides column alignment and spacing.
public enum TableStyle: Equatable, Sendable {
    /// `matrix` and its fenced variants: centred columns.
    case matrix
    /// `cases`: left-aligned columns.
    case cases
    /// `aligned`: columns alternately right- and left-aligned, meeting at `&`.
    case aligned

    /// The alignment of column `index` (counting from 0).
    public func alignment(ofColumn index: Int) -> ColumnAlignment {
        switch self {
        case .matrix: .center
        case .cases: .left
        case .aligned: index.isMultiple(of: 2) ? .right : .left
        }
    }
}

/// Horizontal alignment of a table column.
public enum ColumnAlignment: String, Equatable, Sendable {
    case left, center, right
}
