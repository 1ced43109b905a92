import Foundation
import Graphics

/// Colours. The qualitative palette is Okabe & Ito's colour-blind-safe set, its orange,
/// sky blue, yellow and purple darkened so that every colour has at least 3:1 contrast
/// against white (WCAG); the rules have one fixed colour everywhere (`Palette.named`).
public enum Palette {
    public static let black = Color(hex: 0x000000)
    public static let orange = Color(hex: 0xB87A00)
    public static let skyBlue = Color(hex: 0x2F8AC4)
    public static let bluishGreen = Color(hex: 0x009E73)
    public static let yellow = Color(hex: 0x8F8500)
    public static let blue = Color(hex: 0x0072B2)
    public static let vermillion = Color(hex: 0xD55E00)
    public static let reddishPurple = Color(hex: 0xB35A8C)
    /// Grey for reference lines and secondary ink.
    public static let gray = Color(hex: 0x7F7F7F)

    /// The cycle used for unnamed series, in order.
    public static let qualitative: [Color] = [blue, vermillion, bluishGreen, orange, reddishPurple, skyBlue, yellow, black]

    /// Series names with a fixed colour in every figure (looked up by exact label).
    public static let named: [String: Color] = [
        "BPTT": blue,
        "tBPTT": vermillion,
        "RFLO": bluishGreen,
    ]

    /// The fixed colour for a series label, also for variants of a named series ("tBPTT-3",
    /// "RFLO (f = 0.3)"); else the `index`-th colour of the cycle.
    public static func color(for label: String?, index: Int) -> Color {
        if let label {
            if let c = named[label] { return c }
            for (name, c) in named where label.hasPrefix(name + " ") || label.hasPrefix(name + "-") { return c }
        }
        return qualitative[((index % qualitative.count) + qualitative.count) % qualitative.count]
    }

    /// The darkest share of black in a shade ramp.
    public static let darkestShade = 0.5

    /// The `rank`-th of `count` variants of a family colour (RFLO with f = 1, 0.5, 0.1;
    /// tBPTT-1, -2, -4, -8): a ramp from `base` mixed with 50 % black for the first to
    /// `base` itself for the last, so no variant is lighter than its family's colour and
    /// every one keeps its 3:1 contrast against white.
    public static func shade(_ base: Color, rank: Int, of count: Int) -> Color {
        guard count > 1 else { return base }
        let t = Double(max(0, min(rank, count - 1))) / Double(count - 1)
        return base.mixed(with: black, darkestShade * (1 - t))
    }

    /// The lightest tint of `color` (mixed with white) that keeps 3:1 contrast against
    /// white, at most `share` white: for background lines under a series of that colour.
    public static func tint(_ color: Color, share: Double) -> Color {
        var lo = 0.0, hi = max(0, min(1, share))
        if contrast(color.mixed(with: .white, hi), .white) >= 3 { return color.mixed(with: .white, hi) }
        for _ in 0..<20 {
            let mid = (lo + hi) / 2
            if contrast(color.mixed(with: .white, mid), .white) >= 3 { lo = mid } else { hi = mid }
        }
        return color.mixed(with: .white, lo)
    }

    /// The lightest point of the sequential map used for series, which keeps 3:1 contrast.
    public static let lightestSequential = 0.55

    /// The `rank`-th of `count` ordered series (ε = 1e-1, ..., 1e-6) in the sequential
    /// map, light to dark: from viridis at 0.55 (the lightest with 3:1 contrast against
    /// white) for the first to its darkest for the last.
    public static func sequentialShade(rank: Int, of count: Int) -> Color {
        guard count > 1 else { return ColorMap.sequential.color(at: lightestSequential / 2) }
        let t = Double(max(0, min(rank, count - 1))) / Double(count - 1)
        return ColorMap.sequential.color(at: lightestSequential * (1 - t))
    }

    /// WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white).
    public static func contrast(_ a: Color, _ b: Color) -> Double {
        func channel(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        func luminance(_ c: Color) -> Double { 0.2126 * channel(c.red) + 0.7152 * channel(c.green) + 0.0722 * channel(c.blue) }
        let la = luminance(a), lb = luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }
}

/// A continuous colour map from [0, 1] to colours, by linear interpolation between stops.
public struct ColorMap: Sendable, Hashable {
    public var name: String
    public var stops: [Color]
    public init(name: String, stops: [Color]) {
        precondition(stops.count >= 2, "ColorMap needs two stops")
        self.name = name; self.stops = stops
    }

    /// The colour at `t` (clamped to [0, 1]).
    public func color(at t: Double) -> Color {
        let u = max(0, min(1, t.isNaN ? 0 : t)) * Double(stops.count - 1)
        let i = min(stops.count - 2, Int(u))
        return stops[i].mixed(with: stops[i + 1], u - Double(i))
    }

    /// Perceptually uniform sequential map (viridis, sampled at 17 stops).
    public static let sequential = ColorMap(name: "viridis", stops: [
        0x440154, 0x48186A, 0x472D7B, 0x424086, 0x3B528B, 0x33638D, 0x2C728E, 0x26828E, 0x21918C,
        0x1FA088, 0x28AE80, 0x3FBC73, 0x5EC962, 0x84D44B, 0xADDC30, 0xD8E219, 0xFDE725,
    ].map { Color(hex: $0) })

    /// Diverging map with a neutral centre (Moreland's cool-warm, sampled at 17 stops).
    public static let diverging = ColorMap(name: "coolwarm", stops: [
        0x3B4CC0, 0x4E68D8, 0x6282EA, 0x779AF7, 0x8DB0FE, 0xA3C2FE, 0xB9D0F9, 0xCCD9ED, 0xDDDCDC,
        0xECD3C5, 0xF5C4AC, 0xF7B093, 0xF4987A, 0xEB7D62, 0xDD5F4B, 0xCA3B37, 0xB40426,
    ].map { Color(hex: $0) })
}
