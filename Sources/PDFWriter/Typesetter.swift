import Document
import Graphics
import MathDrawing
import MathLayout

/// What every block layout shares: the PDF (for Pango layouts), the style, the formula
/// drawing, the hyphenation patterns of the book's language, and the warnings collected on
/// the way.
final class Typesetter {
    let pdf: PagedPDF
    let style: PDFStyle
    let formulas: MathTypesetter
    /// Nil when no patterns for the language are installed (then nothing is hyphenated).
    let hyphenator: Hyphenator?
    /// The number of the chapter being set (footnote destinations name it, as in the HTML).
    var chapter = 0
    /// Experiment parameters and claim checks set aside for the appendix, in text order.
    var appendix: [AppendixEntry] = []
    private(set) var warnings: [String] = []
    /// Inline formulas by object id, drawn where their paragraph placed them.
    private var inlineFormulas: [MathBox] = []
    /// How many blocks have been given a structure element.
    private var structureBlocks = 0

    /// A new block's number in the structure tree.
    func nextStructureBlock() -> Int {
        structureBlocks += 1
        return structureBlocks
    }

    init(pdf: PagedPDF, style: PDFStyle, hyphenator: Hyphenator?) {
        self.pdf = pdf
        self.style = style
        self.hyphenator = hyphenator
        formulas = MathTypesetter(canvas: pdf.canvas, family: PDFStyle.math, errorColor: PDFStyle.bad)
    }

    func warn(_ message: String) { warnings.append(message) }

    /// Inline content as rich text in `base`, with formulas as inline objects.
    func rich(_ inlines: [Inline], _ base: RunStyle) -> RichText {
        var converter = InlineConverter(base: base, chapter: chapter) { tex, size in
            self.inlinePieces(MathParser.parse(tex), size: size).map { box in
                self.inlineFormulas.append(box)
                return (self.inlineFormulas.count - 1, box)
            }
        }
        converter.append(inlines)
        return converter.text
    }

    /// An inline formula at least `Self.breakableFormula` em wide as pieces a line may end
    /// between (`InlineFormulaBreaks`), each at least `Self.shortestFormulaPiece` em wide,
    /// so no line ends or starts with a lone symbol; a narrower formula whole.
    private func inlinePieces(_ formula: ParsedFormula, size: Double) -> [MathBox] {
        let whole = formulas.layout(formula, display: false, size: size)
        guard whole.width >= Self.breakableFormula * size else { return [whole] }
        func layout(_ nodes: [MathNode]) -> MathBox {
            formulas.layout(ParsedFormula(source: formula.source, root: .row(nodes)), display: false, size: size)
        }
        var groups: [[MathNode]] = []
        var current: [MathNode] = []
        for piece in InlineFormulaBreaks.pieces(formula.root) {
            current += piece
            if layout(current).width >= Self.shortestFormulaPiece * size {
                groups.append(current)
                current = []
            }
        }
        if !current.isEmpty {
            if groups.isEmpty { groups.append(current) } else { groups[groups.count - 1] += current }
        }
        return groups.count == 1 ? [whole] : groups.map(layout)
    }

    /// The narrowest inline formula, in em, that may be broken across lines.
    static let breakableFormula = 6.0
    /// The narrowest piece of a broken inline formula, in em.
    static let shortestFormulaPiece = 1.5

    /// Lays out `text`, warning when a word had to be broken to fit (such a paragraph is
    /// set ragged-right).
    /// Running text (no `lineSpacing` given) stands on the baseline grid; captions, tables
    /// and boxes give their own tighter `lineSpacing`. Justified text in the body face is
    /// hyphenated.
    func paragraph(_ unhyphenated: RichText, base: RunStyle, width: Double, alignment: Paragraph.Alignment = .justify,
                   lineSpacing: Double? = nil) -> Paragraph {
        var text = unhyphenated
        if alignment == .justify, let hyphenator { text = hyphenator.hyphenate(text, family: PDFStyle.serif) }
        let leading = lineSpacing == nil ? base.size * style.leadingRatio : nil
        let spacing = lineSpacing ?? 0
        let p = pdf.paragraph(text, base: base, width: width, alignment: alignment, lineSpacing: spacing, leading: leading)
        guard p.brokeOverlongWord else { return p }
        warn("PDF: a word in \"\(Self.preview(text))\" is wider than the line; it was broken between characters")
        // Justifying the line before a broken word would stretch it across the gap.
        guard alignment == .justify else { return p }
        return pdf.paragraph(text, base: base, width: width, alignment: .left, lineSpacing: spacing, leading: leading)
    }

    /// One slice per line; a page may break only where at least two lines stay on each side.
    func lineSlices(_ p: Paragraph, anchors: [String] = []) -> [Slice] {
        let count = p.lines.count
        return p.lines.indices.map { index in
            let line = p.lines[index]
            let slice = Slice(height: line.height, canBreakBefore: index == 0 || (index >= 2 && count - index >= 2),
                              firstBaseline: line.baseline - line.top, anchors: index == 0 ? anchors : []) { pdf, origin in
                pdf.draw(p, at: origin, lines: index..<(index + 1))
                for object in line.objects {
                    self.formulas.draw(self.inlineFormulas[object.id],
                                       at: Point(origin.x + object.x, origin.y + line.baseline - line.top))
                }
            }
            return slice
        }
    }

    /// A paragraph of inline content as line slices.
    func textSlices(_ inlines: [Inline], base: RunStyle, width: Double, alignment: Paragraph.Alignment = .justify,
                    anchors: [String] = []) -> [Slice] {
        lineSlices(paragraph(rich(inlines, base), base: base, width: width, alignment: alignment), anchors: anchors)
    }

    private static func preview(_ text: RichText) -> String {
        var s = ""
        for case let .text(t, _, _) in text.pieces { s += t }
        return s.count > 50 ? String(s.prefix(50)) + "…" : s
    }
}
