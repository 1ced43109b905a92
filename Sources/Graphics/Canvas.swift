/// How a stroke is drawn.
public struct StrokeStyle: Hashable, Sendable {
    public enum Cap: Sendable { case butt, round, square }
    public enum Join: Sendable { case miter, round, bevel }
    public var width: Double
    /// Dash lengths in canvas units (on, off, ...); empty for a solid line.
    public var dash: [Double]
    public var cap: Cap
    public var join: Join
    public init(width: Double = 1, dash: [Double] = [], cap: Cap = .butt, join: Join = .miter) {
        self.width = width; self.dash = dash; self.cap = cap; self.join = join
    }
}

/// A font and a colour for a run of text. `family` is an exact font family name.
public struct TextStyle: Hashable, Sendable {
    public var family: String
    /// Size in points.
    public var size: Double
    public var bold: Bool
    public var italic: Bool
    public var color: Color
    public init(family: String = "TeX Gyre Heros", size: Double = 8, bold: Bool = false,
                italic: Bool = false, color: Color = .black) {
        self.family = family; self.size = size; self.bold = bold; self.italic = italic; self.color = color
    }
}

/// Text to draw: Pango markup (escape plain text with `Markup.escape`) in a style.
public struct Text: Hashable, Sendable {
    public var markup: String
    public var style: TextStyle
    public init(markup: String, style: TextStyle) { self.markup = markup; self.style = style }
    public init(plain: String, style: TextStyle) { self.init(markup: Markup.escape(plain), style: style) }
}

/// The measured box of a text: logical width and height, and the baseline below the top.
public struct TextExtents: Hashable, Sendable {
    public var width: Double
    public var height: Double
    public var baseline: Double
    public init(width: Double, height: Double, baseline: Double) {
        self.width = width; self.height = height; self.baseline = baseline
    }
}

/// The advance width of a text and its ink extents above and below the baseline (a
/// mark that floats above the baseline has a negative descent), and how far its ink
/// reaches right of the advance width (0 if not at all; a slanted `f` overhangs).
public struct InkExtents: Hashable, Sendable {
    public var width: Double
    public var ascent: Double
    public var descent: Double
    public var overhang: Double
    public init(width: Double, ascent: Double, descent: Double, overhang: Double = 0) {
        self.width = width; self.ascent = ascent; self.descent = descent; self.overhang = overhang
    }
}

/// Where the anchor point of a text lies on its box.
public struct TextAnchor: Hashable, Sendable {
    public enum Horizontal: Sendable { case left, center, right }
    public enum Vertical: Sendable { case top, center, baseline, bottom }
    public var horizontal: Horizontal
    public var vertical: Vertical
    public init(_ h: Horizontal, _ v: Vertical) { horizontal = h; vertical = v }

    /// Where the top left corner of a box `width` by `height` with its baseline `baseline`
    /// below its top lies relative to the anchor point.
    public func topLeftOffset(width: Double, height: Double, baseline: Double) -> Point {
        let x: Double
        switch horizontal {
        case .left: x = 0
        case .center: x = -width / 2
        case .right: x = -width
        }
        let y: Double
        switch vertical {
        case .top: y = 0
        case .center: y = -height / 2
        case .baseline: y = -baseline
        case .bottom: y = -height
        }
        return Point(x, y)
    }
}

/// An 8-bit RGBA raster (straight alpha, row-major, top row first).
public struct RGBAImage: Sendable {
    public var width: Int
    public var height: Int
    public var pixels: [UInt8]
    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height * 4, "RGBAImage: pixel count")
        self.width = width; self.height = height; self.pixels = pixels
    }
}

/// The drawing primitives every figure and page is made of. Coordinates are in points,
/// origin top-left, y downwards.
public protocol Canvas: AnyObject {
    var size: Size { get }
    func fill(_ path: Path, color: Color)
    func stroke(_ path: Path, color: Color, style: StrokeStyle)
    /// Runs `body` with drawing clipped to `path`.
    func clipped(to path: Path, _ body: () -> Void)
    /// Draws `text` so that its `anchor` lies at `point`, rotated by `rotation` radians
    /// (counter-clockwise as seen by the reader) about that point.
    func draw(_ text: Text, at point: Point, anchor: TextAnchor, rotation: Double)
    func measure(_ text: Text) -> TextExtents
    /// The advance width of `text` and its ink extents above and below the baseline.
    func inkExtents(_ text: Text) -> InkExtents
    /// Draws `image` stretched over `rect`; `smooth` false keeps cells sharp.
    func draw(_ image: RGBAImage, in rect: Rect, smooth: Bool)
    /// Runs `body` with the origin moved to `origin`, the axes turned by `rotation` radians
    /// (counter-clockwise as seen by the reader), and lengths along them multiplied by
    /// `scaleX` and `scaleY` (rotated labels, stretched delimiters in formulas).
    func transformed(origin: Point, rotation: Double, scaleX: Double, scaleY: Double, _ body: () -> Void)
}

public extension Canvas {
    func draw(_ text: Text, at point: Point, anchor: TextAnchor) {
        draw(text, at: point, anchor: anchor, rotation: 0)
    }

    /// Runs `body` with the origin moved to `origin` and lengths multiplied by `scale`.
    func transformed(origin: Point, scale: Double, _ body: () -> Void) {
        transformed(origin: origin, rotation: 0, scaleX: scale, scaleY: scale, body)
    }
}

/// Pango markup helpers.
public enum Markup {
    /// Escapes `& < > "` for use inside markup.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
