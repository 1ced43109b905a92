import Graphics

/// Colours. The qualitative palette is Okabe & Ito's colour-blind-safe set; some series
/// names have one fixed colour everywhere (`Palette.named`).
public enum Palette {
    public static let black = Color(hex: 0x000000)
    public static let orange = Color(hex: 0xE69F00)
    public static let skyBlue = Color(hex: 0x56B4E9)
    public static let bluishGreen = Color(hex: 0x009E73)
    public static let yellow = Color(hex: 0xF0E442)
    public static let blue = Color(hex: 0x0072B2)
    public static let vermillion = Color(hex: 0xD55E00)
    public static let reddishPurple = Color(hex: 0xCC79A7)
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
