import Foundation

/// Table cells that hold a number ("0.0123", "−2.5", "4.2 × 10⁻⁷" or "4.2 × 10" with a raised
/// "−7", "12", "95.0%"): both writers align a column of them on the decimal point. A column
/// of numbers with their spread ("0.291 ± 0.156") is aligned on the "±".
public enum NumericCell {
    /// Whether `text` reads as one number, or as two joined by "±".
    public static func isNumber(_ text: String) -> Bool {
        let halves = text.split(separator: "±", omittingEmptySubsequences: false)
        guard halves.count <= 2 else { return false }
        return halves.allSatisfy { isSingleNumber(String($0)) }
    }

    private static func isSingleNumber(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let first = t.unicodeScalars.first, CharacterSet(charactersIn: "−-+0123456789.").contains(first) else { return false }
        let allowed = CharacterSet(charactersIn: "−-+0123456789.e×%\u{00A0} ⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
        return t.unicodeScalars.allSatisfy { allowed.contains($0) } && t.contains(where: \.isNumber)
    }

    /// Whether every body cell of column `column` is a number (and there is at least one).
    public static func isNumericColumn(_ rows: [[[Inline]]], column: Int) -> Bool {
        !rows.isEmpty && rows.allSatisfy { column < $0.count && isNumber(InlineText.plain($0[column])) }
    }

    /// Where the part before the decimal point ends: the point, a space before " × 10", an
    /// exponent's "e", a percent sign.
    private static let mantissaEnds: Set<Character> = [".", "\u{00A0}", " ", "e", "×", "%"]

    /// A number cell split where its decimal point stands (or, without one, where the
    /// mantissa ends: before " × 10", "e", "%" or a raised exponent), so the parts before and
    /// after can be aligned across rows. A cell with a spread is split before its "±", whose
    /// space becomes a no-break space so that it stays at the start of the second part.
    public static func split(_ cell: [Inline]) -> (whole: [Inline], fraction: [Inline]) {
        let hasSpread = InlineText.plain(cell).contains("±")
        var whole: [Inline] = [], fraction: [Inline] = []
        var inFraction = false
        for inline in cell {
            guard !inFraction else { fraction.append(inline); continue }
            guard case let .text(s) = inline else {
                if hasSpread { whole.append(inline) } else { inFraction = true; fraction.append(inline) }
                continue
            }
            let end = hasSpread ? s.firstIndex(of: "±") : s.drop(while: { $0 == " " }).firstIndex(where: mantissaEnds.contains)
            if let end {
                let before = hasSpread ? String(s[..<end]).replacingOccurrences(of: " +$", with: "", options: .regularExpression) : String(s[..<end])
                if !before.isEmpty { whole.append(.text(before)) }
                fraction.append(.text((hasSpread ? "\u{00A0}" : "") + String(s[end...])))
                inFraction = true
            } else {
                whole.append(inline)
            }
        }
        return (whole, fraction)
    }
}
