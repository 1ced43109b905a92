import MathLayout

/// Short text with `$...$` formulas, as written in figure titles, axis labels, legends and
/// annotations (`learning rate $\eta$`, `$10^{-3}$`); `\$` is a literal dollar. Parsing
/// never fails: problems in the formulas, and a `$` left open, become `diagnostics`.
public struct MathLabel: Equatable, Sendable {
    /// The label as written.
    public let source: String
    /// The pieces in order: plain text and parsed formulas.
    let segments: [Segment]
    /// Problems found, with offsets counted in characters from the start of `source`.
    public let diagnostics: [MathDiagnostic]

    enum Segment: Equatable, Sendable {
        case text(String)
        case formula(ParsedFormula)
    }

    /// Parses `source`, expanding `macros` (a book's `math:`) in its formulas.
    public init(_ source: String, macros: MathMacros = MathMacros()) {
        self.source = source
        let chars = Array(source)
        var segments: [Segment] = []
        var diagnostics: [MathDiagnostic] = []
        var text = "", tex = ""
        var mathStart: Int?
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let next = i + 1 < chars.count ? chars[i + 1] : nil
            if let start = mathStart {
                if c == "\\", let next {
                    // A command or escape stays whole, so `\$` does not end the formula.
                    tex.append(c)
                    tex.append(next)
                    i += 2
                    continue
                }
                if c == "$" {
                    let formula = MathParser.parse(tex, macros: macros)
                    diagnostics += formula.diagnostics.map {
                        MathDiagnostic(offset: start + 1 + $0.offset, message: $0.message)
                    }
                    segments.append(.formula(formula))
                    tex = ""
                    mathStart = nil
                } else {
                    tex.append(c)
                }
            } else if c == "\\" && next == "$" {
                text.append("$")
                i += 1
            } else if c == "$" {
                if !text.isEmpty { segments.append(.text(text)) }
                text = ""
                mathStart = i
            } else {
                text.append(c)
            }
            i += 1
        }
        if let start = mathStart {
            diagnostics.append(MathDiagnostic(offset: start, message: "'$' without a closing '$'; the rest is shown as text"))
            text += "$" + tex
        }
        if !text.isEmpty { segments.append(.text(text)) }
        self.segments = segments
        self.diagnostics = diagnostics
    }

    /// The label as plain text, formulas included (`learning rate η`, `10^(−3)`): for SVG
    /// titles, accessibility and PDF metadata.
    public var plainText: String {
        segments.map { segment in
            switch segment {
            case .text(let text): text
            case .formula(let formula): formula.root.plainText
            }
        }.joined()
    }
}
