import Document
import Experiments
import Foundation

/// How a number is printed in prose and tables: `.3g` (significant digits, the default
/// `.4g`), `.2f` (fixed decimals), `.2e` (scientific), `d` (integer), `%` (percent with one
/// decimal). Scientific notation prints as `1.2 × 10⁻³`, with no-break spaces around the ×;
/// `.2e` keeps `× 10⁰` (as C's `%e` keeps `e+00`), so a column of them reads alike.
public struct NumberFormat: Sendable, Equatable {
    public enum Style: Sendable, Equatable { case significant(Int), fixed(Int), scientific(Int), integer, percent }

    public let style: Style

    public init(_ spec: String?) throws {
        guard let spec = spec?.trimmingCharacters(in: .whitespaces), !spec.isEmpty else {
            style = .significant(4)
            return
        }
        if spec == "d" { style = .integer; return }
        if spec == "%" { style = .percent; return }
        guard spec.hasPrefix("."), let last = spec.last, let digits = Int(spec.dropFirst().dropLast()), (0...15).contains(digits) else {
            throw LocatedError("unknown number format '\(spec)'; use .3g, .2f, .2e, d or %")
        }
        switch last {
        case "g": style = .significant(max(digits, 1))
        case "f": style = .fixed(digits)
        case "e": style = .scientific(digits)
        default: throw LocatedError("unknown number format '\(spec)'; use .3g, .2f, .2e, d or %")
        }
    }

    public func format(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x > 0 ? "∞" : "−∞") }
        let text: String
        switch style {
        case let .significant(digits):
            // Where C's %g would switch to "1.013e+05" (below 10⁻⁴, or more digits before
            // the point than significant ones), the number is written with × 10.
            let general = String(format: "%.\(digits)g", x)
            text = general.contains("e") ? Self.scientific(x, digits - 1) : general
        case let .fixed(digits): text = String(format: "%.\(digits)f", x)
        case let .scientific(digits): text = Self.scientific(x, digits)
        case .integer: text = String(format: "%.0f", x.rounded())
        case .percent: text = String(format: "%.1f%%", 100 * x)
        }
        return text.replacingOccurrences(of: "-", with: "−")
    }

    /// `x` as inline content, with a scientific exponent as a superscript of the text face
    /// (`1.2 × 10` and then `−3` raised) rather than Unicode superscript digits, which the
    /// text fonts lack (they would come from a fallback font and sit low).
    public func inlines(_ x: Double) -> [Inline] {
        let text = format(x)
        guard let start = text.firstIndex(where: { Self.plainDigits[$0] != nil }) else { return [.text(text)] }
        let exponent = String(text[start...].map { Self.plainDigits[$0] ?? $0 })
        return [.text(String(text[..<start])), .superscripted([.text(exponent)])]
    }

    private static let plainDigits: [Character: Character] =
        Dictionary(uniqueKeysWithValues: superscripts.map { ($0.value, $0.key == "-" ? "−" : $0.key) })

    private static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻",
    ]

    private static func scientific(_ x: Double, _ digits: Int) -> String {
        let parts = String(format: "%.\(max(digits, 0))e", x).split(separator: "e")
        guard parts.count == 2, let exponent = Int(parts[1]) else { return String(x) }
        // No-break spaces: a line never breaks inside the number.
        return "\(parts[0])\u{00A0}×\u{00A0}10" + String(String(exponent).map { superscripts[$0] ?? $0 })
    }
}
