import Graphics

/// Headings set on balanced lines: a heading that wraps is laid out at the narrowest width
/// that keeps its number of lines, so no line (the last above all) holds a single word
/// while the others are full.
extension Typesetter {
    func balancedHeading(_ text: RichText, base: RunStyle, width: Double) -> Paragraph {
        let full = paragraph(text, base: base, width: width, alignment: .left, lineSpacing: 1)
        guard full.lines.count > 1 else { return full }
        var best = full
        var low = width * 0.5, high = width
        // Narrowest width with the same line count, to within a point.
        while high - low > 1 {
            let mid = (low + high) / 2
            let trial = pdf.paragraph(text, base: base, width: mid, alignment: .left, lineSpacing: 1, leading: nil)
            if trial.lines.count == full.lines.count && !trial.brokeOverlongWord {
                best = trial
                high = mid
            } else {
                low = mid
            }
        }
        return best
    }
}
