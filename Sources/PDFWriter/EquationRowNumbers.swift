import Document
import Graphics
import MathLayout

/// The numbers of a display's rows (`align`, `gather`, `equation`) as text to set at the
/// right margin, each on its row's baseline.
extension Typesetter {
    /// Each numbered row's "(2.3)" and the height of its baseline above the formula's
    /// (the formula's own baseline for a display that is one `equation`).
    func rowNumbers(_ m: DisplayMath, box: MathBox) -> [(text: Text, baseline: Double)] {
        m.rows.enumerated().compactMap { index, row in
            guard let number = row.number else { return nil }
            let baseline = box.rowBaselines.indices.contains(index) ? box.rowBaselines[index] : 0
            return (Text(plain: "(\(number))", style: TextStyle(family: PDFStyle.serif, size: style.bodySize)), baseline)
        }
    }
}
