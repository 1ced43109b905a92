import Foundation

/// A figure's SVG as the HTML page inlines it: the figure's ink (axes, ticks, text, black
/// lines) drawn in `currentColor` and its grid, legend box and the inside of open markers in the stylesheet's
/// `--fig-*` custom properties, so the figure follows the page's light or dark scheme. The
/// colours are those Plot's `FigureStyle` and legends draw, as Cairo writes them; the
/// exported files under `figures/` and the PDF keep the fixed colours.
enum ThemedFigureSVG {
    /// Style declarations of the drawn SVG and what the page draws instead.
    static let replacements: [(String, String)] = [
        ("fill:rgb(10%,10%,10%)", "fill:currentColor"),
        ("stroke:rgb(10%,10%,10%)", "stroke:currentColor"),
        ("fill:rgb(0%,0%,0%)", "fill:currentColor"),
        ("stroke:rgb(0%,0%,0%)", "stroke:currentColor"),
        ("stroke:rgb(88%,88%,88%)", "stroke:var(--fig-grid, rgb(88%,88%,88%))"),
        ("fill:rgb(100%,100%,100%);fill-opacity:0.85", "fill:var(--fig-paper, rgb(100%,100%,100%));fill-opacity:0.85"),
        // The inside of open markers.
        ("fill:rgb(100%,100%,100%);fill-opacity:1;", "fill:var(--fig-paper, rgb(100%,100%,100%));fill-opacity:1;"),
        ("stroke:rgb(80%,80%,80%)", "stroke:var(--fig-frame, rgb(80%,80%,80%))"),
    ]

    static func inline(_ svg: String) -> String {
        replacements.reduce(svg) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
