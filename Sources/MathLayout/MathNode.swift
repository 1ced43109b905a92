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
    /// Any material acting as a big operator (`\mathop{...}`, `\operatorname` of more
    /// than letters): upright, spaced as an operator, its scripts limits where `limits` says.
    case operatorGroup(MathNode, limits: LimitPlacement)
    /// Material spaced as an atom of another class (`\mathrel{...}`, `\mathbin{...}`).
    case classed(MathNode, MathAtomClass)
    /// Text from `\text{...}`, `\textbf{...}` and friends, in its face and size.
    case text(String, style: MathTextStyle)
    /// Horizontal space in em (negative for `\!`).
    case space(em: Double)
    /// A sequence laid out left to right.
    case row([MathNode])
    /// A base with a subscript, a superscript, or both (primes are superscripts).
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?)
    /// A fraction; `style` records `\tfrac`, `\dfrac` and `\cfrac`. `barThickness` is in em,
    /// nil for the default rule and 0 for none (`\binom`, `\genfrac{}{}{0pt}`).
    case fraction(numerator: MathNode, denominator: MathNode, style: FractionStyle, barThickness: Double?)
    /// A square root, or an n-th root when `index` is present.
    case root(radicand: MathNode, index: MathNode?)
    /// An accent set over its base; stretchy accents (`\widehat`) span it.
    case accent(base: MathNode, mark: String, stretchy: Bool)
    /// A rule over the base (`\overline`).
    case overline(MathNode)
    /// A rule under the base (`\underline`).
    case underline(MathNode)
    /// A horizontal curly brace under (`\underbrace`) or over (`\overbrace`) the base; its
    /// scripts are labels set below or above the brace.
    case brace(MathNode, over: Bool)
    /// A base with material set below and/or above it (`\overset`, `\underset`).
    case underOver(base: MathNode, under: MathNode?, over: MathNode?)
    /// An arrow stretched to its labels (`\xrightarrow[below]{above}`), spaced as a relation.
    case extensibleArrow(String, under: MathNode?, over: MathNode?)
    /// Content in a fixed style whatever the surroundings (`\displaystyle`, `\textstyle`,
    /// `\scriptstyle`, `\scriptscriptstyle`).
    case styleChange(MathStyle, body: MathNode)
    /// A `\left ... \right` group; an empty delimiter string is TeX's null delimiter `.`.
    case fenced(open: String, close: String, body: MathNode)
    /// A `\middle` delimiter inside a fenced group, stretched like its fences.
    case middleDelimiter(String)
    /// A delimiter of fixed size from `\big`, `\Big`, `\bigg`, `\Bigg`, height in em.
    case sizedDelimiter(String, heightEm: Double)
    /// The rows and cells of a matrix, cases, array or alignment environment.
    case table(MathTable)
    /// A frame around the content (`\boxed`).
    case boxed(MathNode)
    /// Content in a colour (`\color`, `\textcolor`), or on a coloured background
    /// (`\colorbox`).
    case colored(MathNode, MathColor, background: Bool)
    /// Invisible content that keeps its width, its height and depth, or both
    /// (`\hphantom`, `\vphantom`, `\phantom`).
    case phantom(MathNode, keepsWidth: Bool, keepsHeight: Bool)
    /// Content drawn but taking no height or depth (`\smash`).
    case smash(MathNode)
    /// Content drawn but taking no width, overlapping what is at its left (`.right`, as
    /// `\llap`), at its right (`.left`, as `\rlap`) or centred on the point (`\clap`).
    case lap(MathNode, ColumnAlignment)
    /// A filled rectangle from `\rule[raise]{width}{height}`, in em.
    case rule(widthEm: Double, heightEm: Double, raiseEm: Double)
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

/// The face and relative size of a piece of text: `\textbf` is bold, `\emph` italic,
/// `\small` in a `\text` scales it.
public struct MathTextStyle: Equatable, Sendable {
    /// nil for the upright text face.
    public var variant: MathVariant?
    /// The size relative to the surrounding math (1 for `\normalsize`).
    public var scale: Double

    public init(variant: MathVariant? = nil, scale: Double = 1) {
        self.variant = variant
        self.scale = scale
    }

    /// Upright text at the size of the math around it.
    public static let plain = MathTextStyle()
}

/// TeX's four math styles, chosen with `\displaystyle` ... `\scriptscriptstyle`.
public enum MathStyle: Equatable, Sendable {
    case display, text, script, scriptScript

    /// The script level: 0 for display and text, 1 for script, 2 for scriptscript.
    public var scriptLevel: Int {
        switch self {
        case .display, .text: 0
        case .script: 1
        case .scriptScript: 2
        }
    }
}

/// An sRGB colour from `\color`, `\textcolor` or `\colorbox`, as `0xRRGGBB`.
public struct MathColor: Equatable, Sendable {
    public var rgb: UInt32

    public init(rgb: UInt32) {
        self.rgb = rgb
    }

    /// `#RRGGBB`, for HTML and CSS.
    public var hex: String {
        let digits = String(rgb, radix: 16, uppercase: true)
        return "#" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
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
    /// `\cfrac`: display-sized, with numerator and denominator in display style too.
    case continued
}
