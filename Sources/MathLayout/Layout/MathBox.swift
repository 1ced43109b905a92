/// A laid-out formula or part of one: its extents and what to draw. Coordinates are
/// relative to the left end of the baseline, with y growing upward; a drawer on a y-down
/// canvas draws at `(originX + x, baselineY - y)`.
public struct MathBox: Equatable, Sendable {
    public var width: Double
    /// Extent above the baseline.
    public var ascent: Double
    /// Extent below the baseline.
    public var descent: Double
    public var glyphs: [MathGlyphRun]
    public var rules: [MathRule]
    /// The baselines (y) of the rows of the numbered table (`align`, `gather`) inside, for
    /// a writer that sets each row's equation number beside it; empty when there is none.
    public var rowBaselines: [Double] = []
    /// Filled outlines (curly braces).
    public var shapes: [MathShape] = []

    public init(width: Double = 0, ascent: Double = 0, descent: Double = 0,
                glyphs: [MathGlyphRun] = [], rules: [MathRule] = []) {
        self.width = width
        self.ascent = ascent
        self.descent = descent
        self.glyphs = glyphs
        self.rules = rules
    }

    /// Adds the drawing of `box` with its origin at `(x, y)`; the extents stay as they are.
    mutating func draw(_ box: MathBox, x: Double, y: Double) {
        glyphs += box.glyphs.map { run in
            var moved = run
            moved.x += x
            moved.y += y
            return moved
        }
        rules += box.rules.map { rule in
            var moved = rule
            moved.x += x
            moved.y += y
            return moved
        }
        shapes += box.shapes.map { $0.offset(dx: x, dy: y) }
        if rowBaselines.isEmpty { rowBaselines = box.rowBaselines.map { $0 + y } }
    }
}

/// Text drawn at one size and style. `(x, y)` is the left end of its baseline. A drawer
/// scales by `(scaleX, scaleY)` about that point: stretched delimiters, radical signs
/// and wide accents use it. Error runs (unsupported commands) are meant to be red; a run
/// with a `color` (`\color`, `\textcolor`) is drawn in it.
public struct MathGlyphRun: Equatable, Sendable {
    public var text: String
    public var style: MathGlyphStyle
    public var size: Double
    public var x: Double
    public var y: Double
    public var scaleX: Double = 1
    public var scaleY: Double = 1
    public var isError = false
    public var color: MathColor? = nil
}

/// A filled rectangle (fraction bar, radical overbar, `\colorbox` background); `y` is its
/// bottom edge. Rules without a `color` take the formula's.
public struct MathRule: Equatable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    public var color: MathColor? = nil
}
