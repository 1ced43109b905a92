import Graphics

/// A paper size for the PDF.
public enum Paper: String, Sendable, CaseIterable {
    case a4, letter

    /// The paper named `name` ("a4", "A4", "letter"), or nil.
    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }

    /// Width and height in points.
    public var size: Size {
        switch self {
        case .a4: Size(595.276, 841.89)
        case .letter: Size(612, 792)
        }
    }
}

/// The look of the PDF: page geometry, fonts, sizes and colours, in one place.
struct PDFStyle {
    let page: Size
    /// The text block is 16 cm wide on every paper, the width figures are drawn for.
    let textWidth = 453.54
    let top = 72.0
    let bottom = 68.0
    var left: Double { (page.width - textWidth) / 2 }
    var textHeight: Double { page.height - top - bottom }

    static let serif = "TeX Gyre Pagella"
    static let sans = "TeX Gyre Heros"
    static let mono = "DejaVu Sans Mono"
    /// Task list boxes (☐, ☑), which the text faces lack.
    static let symbols = "DejaVu Sans"
    /// Pagella for letters, Pagella Math for the symbols and alphabets Pagella lacks.
    static let math = "TeX Gyre Pagella,TeX Gyre Pagella Math"

    let bodySize = 10.5
    /// Running text stands on a baseline grid this many times its size apart (12.75 pt for
    /// 10.5 pt text, about LaTeX's 1.2).
    let leadingRatio = 12.75 / 10.5
    var body: RunStyle { RunStyle(family: Self.serif, size: bodySize) }
    var small: RunStyle { RunStyle(family: Self.sans, size: 8.5) }
    var code: RunStyle { RunStyle(family: Self.mono, size: 8.5, breaksAtHyphens: false) }
    func heading(level: Int) -> RunStyle {
        RunStyle(family: Self.sans, size: [20, 14, 12, 10.5][min(level, 4) - 1], bold: true)
    }

    /// Vertical space between blocks.
    let gap = 7.0

    static let muted = Color.gray(0.36)
    static let link = Color(hex: 0x0B5CAD)
    static let ok = Color(hex: 0x1A7F37)
    static let okBackground = Color(hex: 0xE9F6EC)
    static let bad = Color(hex: 0xB42318)
    static let badBackground = Color(hex: 0xFDECEA)
    static let panel = Color(hex: 0xF3F3F5)
    static let rule = Color(hex: 0xC8C8CE)
}
