import Graphics
import MathDrawing
import MathLayout

/// Physical lengths; figures are sized in points (1/72 inch).
public struct Length: Hashable, Sendable {
    public var points: Double
    public init(points: Double) { self.points = points }
    public static func points(_ v: Double) -> Length { Length(points: v) }
    public static func mm(_ v: Double) -> Length { Length(points: v * 72 / 25.4) }
    public static func cm(_ v: Double) -> Length { Length(points: v * 72 / 2.54) }
    public static func inches(_ v: Double) -> Length { Length(points: v * 72) }
    /// The document's text width (16 cm), the default figure width.
    public static let textWidth = Length.cm(16)
}

/// Fonts, sizes and line widths shared by every part of a figure.
public struct FigureStyle: Hashable, Sendable {
    /// Exact font families, in order: TeX Gyre Heros has Latin, Greek and most maths
    /// symbols; DejaVu Sans supplies the few it lacks (∇ ∫ ∈ ⟨⟩ ℒ ′ ...), so no fallback is
    /// left to fontconfig.
    public var fontFamily = "TeX Gyre Heros, DejaVu Sans"
    public var tickLabelSize = 7.0
    public var labelSize = 8.0
    public var titleSize = 8.5
    public var panelLetterSize = 10.0
    public var legendSize = 7.0
    public var noteSize = 8.0
    /// No text of a figure, scripts included, is smaller than this at the figure's own size.
    public var minimumTextSize = 6.0
    public var axisLineWidth = 0.6
    public var tickLength = 3.0
    public var minorTickLength = 1.8
    public var lineWidth = 1.25
    public var ink = Color.gray(0.1)
    public var gridColor = Color.gray(0.88)
    /// The macros the labels' `$...$` may use besides their own (a book's `math:`).
    public var mathMacros = MathMacros()
    public init() {}

    /// `source`, a label with `$...$` maths, parsed with the figure's macros.
    func label(_ source: String) -> MathLabel {
        MathLabel(source, macros: mathMacros)
    }

    func text(_ size: Double, bold: Bool = false, italic: Bool = false, color: Color? = nil) -> TextStyle {
        TextStyle(family: fontFamily, size: max(size, minimumTextSize), bold: bold, italic: italic, color: color ?? ink)
    }
}
