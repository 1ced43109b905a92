/// Maps letters and digits to Unicode's Mathematical Alphanumeric Symbols, so that a
/// styled letter (`\mathbb E` -> 𝔼) shows correctly even where `mathvariant` is ignored.
public enum MathAlphabet {
    private static let latin: [MathVariant: (upper: UInt32, lower: UInt32)] = [
        .bold: (0x1D400, 0x1D41A), .italic: (0x1D434, 0x1D44E), .boldItalic: (0x1D468, 0x1D482),
        .script: (0x1D49C, 0x1D4B6), .fraktur: (0x1D504, 0x1D51E),
        .doubleStruck: (0x1D538, 0x1D552), .sansSerif: (0x1D5A0, 0x1D5BA),
        .monospace: (0x1D670, 0x1D68A),
    ]
    private static let greek: [MathVariant: (upper: UInt32, lower: UInt32)] = [
        .bold: (0x1D6A8, 0x1D6C2), .italic: (0x1D6E2, 0x1D6FC), .boldItalic: (0x1D71C, 0x1D736),
    ]
    private static let digits: [MathVariant: UInt32] = [
        .bold: 0x1D7CE, .doubleStruck: 0x1D7D8, .sansSerif: 0x1D7E2, .monospace: 0x1D7F6,
    ]
    /// Letters that Unicode encoded earlier, outside the alphanumeric block.
    private static let exceptions: [MathVariant: [Character: Character]] = [
        .italic: ["h": "ℎ"],
        .script: ["B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ",
                  "R": "ℛ", "e": "ℯ", "g": "ℊ", "o": "ℴ"],
        .fraktur: ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"],
        .doubleStruck: ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"],
    ]

    /// `text` with every letter and digit that has a `variant` form replaced by it.
    public static func styled(_ text: String, _ variant: MathVariant) -> String {
        String(text.map { styled($0, variant) })
    }

    private static func styled(_ c: Character, _ variant: MathVariant) -> Character {
        if let replacement = exceptions[variant]?[c] { return replacement }
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return c }
        let value = scalar.value
        let mapped: UInt32? = switch value {
        case 0x41...0x5A: latin[variant].map { $0.upper + value - 0x41 }
        case 0x61...0x7A: latin[variant].map { $0.lower + value - 0x61 }
        case 0x30...0x39: digits[variant].map { $0 + value - 0x30 }
        case 0x391...0x3A1, 0x3A3...0x3A9: greek[variant].map { $0.upper + value - 0x391 }
        case 0x3B1...0x3C9: greek[variant].map { $0.lower + value - 0x3B1 }
        default: nil
        }
        return mapped.flatMap(Unicode.Scalar.init).map(Character.init) ?? c
    }
}
