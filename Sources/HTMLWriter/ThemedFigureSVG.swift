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
        liftingDarkColours(replacements.reduce(svg) { $0.replacingOccurrences(of: $1.0, with: $1.1) })
    }

    /// The page's dark background, `Stylesheet.darkBackground`, with channels in 0...1.
    static let darkBackground = (red: Double(Stylesheet.darkBackground >> 16 & 0xFF) / 255,
                                 green: Double(Stylesheet.darkBackground >> 8 & 0xFF) / 255,
                                 blue: Double(Stylesheet.darkBackground & 0xFF) / 255)

    /// Data colours with less than 3:1 contrast against the dark background (the darkest
    /// shades of a ramp, dark greens) get a second declaration, `light-dark(colour, lifted)`,
    /// with the colour mixed with white until it reaches 3:1; a browser without `light-dark()`
    /// drops it and keeps the first.
    static func liftingDarkColours(_ svg: String) -> String {
        let pattern = /(fill|stroke):rgb\(([0-9.]+)%,([0-9.]+)%,([0-9.]+)%\)/
        return svg.replacing(pattern) { match in
            let (property, red, green, blue) = (match.output.1, match.output.2, match.output.3, match.output.4)
            let original = "\(property):rgb(\(red)%,\(green)%,\(blue)%)"
            guard let r = Double(red), let g = Double(green), let b = Double(blue) else { return original }
            let colour = (red: r / 100, green: g / 100, blue: b / 100)
            guard contrast(colour, darkBackground) < 3 else { return original }
            var share = 0.0, lifted = colour
            while contrast(lifted, darkBackground) < 3, share < 1 {
                share += 0.05
                lifted = (colour.red + (1 - colour.red) * share, colour.green + (1 - colour.green) * share,
                          colour.blue + (1 - colour.blue) * share)
            }
            func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
            return original + ";\(property):light-dark(rgb(\(red)%,\(green)%,\(blue)%),rgb(\(percent(lifted.red)),"
                + "\(percent(lifted.green)),\(percent(lifted.blue))))"
        }
    }

    /// WCAG 2 contrast ratio of two opaque colours (channels in 0...1).
    private static func contrast(_ a: (red: Double, green: Double, blue: Double),
                                 _ b: (red: Double, green: Double, blue: Double)) -> Double {
        func channel(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        func luminance(_ c: (red: Double, green: Double, blue: Double)) -> Double {
            0.2126 * channel(c.red) + 0.7152 * channel(c.green) + 0.0722 * channel(c.blue)
        }
        let la = luminance(a), lb = luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }
}
