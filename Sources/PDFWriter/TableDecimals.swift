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
        guard NumericCell.isNumericColumn(rows, column: c) else { return nil }
        let fractions = rows.map { row -> Double in
            // The cell from its decimal point on, exponents set raised and smaller.
            let fraction = NumericCell.split(row[c]).fraction
            guard !fraction.isEmpty else { return 0 }
            var text = RichText()
            for inline in fraction {
                if case let .superscripted(raised) = inline {
                    text.append(InlineText.plain(raised), style.superscript)
                } else {
                    text.append(InlineText.plain(inline), style)
                }
            }
            return pdf.paragraph(text, base: style, width: nil).usedWidth
        }
        let widest = fractions.max() ?? 0
        return fractions.map { widest - $0 }
    }
}
