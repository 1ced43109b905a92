import Document
import Foundation
import Graphics

/// Numbers in a table column aligned on the decimal point: a column whose body cells are
/// all numbers ("0.0123", "−2.5", "4.2 × 10⁻⁷", "12") is set right-aligned with each cell
/// padded on the right by how much shorter its part from the decimal point on is than the
/// column's longest.
extension Typesetter {
    /// The right padding of each body cell of column `c`, or nil when the column is not all numbers.
    func decimalPads(_ rows: [[[Inline]]], column c: Int, style: RunStyle) -> [Double]? {
        let texts = rows.map { c < $0.count ? InlineText.plain($0[c]) : "" }
        guard !texts.isEmpty, texts.allSatisfy(Self.isNumber) else { return nil }
        let fractions = rows.map { row -> Double in
            // The cell's text up to its exponent, and the exponent set raised and smaller.
            let cell = c < row.count ? row[c] : []
            var text = "", exponent = ""
            for inline in cell {
                if case let .superscripted(raised) = inline { exponent += InlineText.plain(raised) } else { text += InlineText.plain(inline) }
            }
            guard let point = text.firstIndex(where: { $0 == "." }) ?? text.firstIndex(where: { $0 == "\u{00A0}" }) else { return 0 }
            var fraction = RichText()
            fraction.append(String(text[point...]), style)
            if !exponent.isEmpty { fraction.append(exponent, style.superscript) }
            return pdf.paragraph(fraction, base: style, width: nil).usedWidth
        }
        let widest = fractions.max() ?? 0
        return fractions.map { widest - $0 }
    }

    /// "12", "−0.5", "3.1e-4", "1.2 × 10⁻³" (or "1.2 × 10" with a raised "−3"), "95.0%".
    static func isNumber(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let first = t.unicodeScalars.first, CharacterSet(charactersIn: "−-+0123456789.").contains(first) else { return false }
        let allowed = CharacterSet(charactersIn: "−-+0123456789.e×%\u{00A0} ⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
        return t.unicodeScalars.allSatisfy { allowed.contains($0) } && t.contains(where: \.isNumber)
    }
}
