import Document
import MathLayout

/// Block content to HTML. Headings are shifted down one level (the book title is the only
/// `h1`); figures embed their SVG with ids prefixed by the figure's id, and link their own
/// files when the render wrote them.
struct BlockHTML {
    let inline: InlineHTML

    /// The writer of one chapter's blocks.
    init(chapter: Int) {
        inline = InlineHTML(chapter: chapter)
    }

    func render(_ blocks: [Block]) -> String { blocks.map { render($0) }.joined(separator: "\n") }

    func render(_ block: Block) -> String {
        switch block {
        case let .paragraph(c): return "<p>\(inline.render(c))</p>"
        case let .heading(h):
            let level = min(h.level + 1, 6)
            let number = h.number.map { "<span class=\"secno\">\($0)</span> " } ?? ""
            return "<h\(level) id=\"\(HTMLEscaping.attribute(h.id))\">\(number)\(inline.render(h.content))\(Permalink.html(h))</h\(level)>"
        case let .bulletList(items, tight): return list("ul", "", items, tight)
        case let .orderedList(start, items, tight): return list("ol", start == 1 ? "" : " start=\"\(start)\"", items, tight)
        case let .blockQuote(b): return "<blockquote>\n\(render(b))\n</blockquote>"
        case let .codeBlock(language, code):
            let cls = language.isEmpty ? "" : " class=\"language-\(HTMLEscaping.attribute(language))\""
            return "<pre tabindex=\"0\"><code\(cls)>\(HTMLEscaping.text(code))</code></pre>"
        case .thematicBreak: return "<hr>"
        case let .html(h): return h
        case let .table(t): return table(t)
        case let .displayMath(m):
            let id = m.label.map { " id=\"\(HTMLEscaping.attribute($0))\"" } ?? ""
            let number = m.number.map { "<span class=\"eqno\">(\($0))</span>" } ?? ""
            return "<div class=\"equation\"\(id)><div class=\"equation-body\" tabindex=\"0\">\(displayFormula(m))</div>\(number)</div>"
        case let .footnoteDefinition(label, content):
            let id = HTMLEscaping.attribute(ReportIDs.footnote(chapter: inline.chapter, label))
            let back = inline.referenced.backLinks(chapter: inline.chapter, label)
            return "<div class=\"footnote\" id=\"\(id)\"><sup>\(HTMLEscaping.text(label))</sup> \(render(content)) \(back)</div>"
        case let .definitionList(items):
            return "<dl>\n" + items.map { item in
                "<dt>\(inline.render(item.term))</dt>\n" + item.definitions.map { definition in
                    if definition.count == 1, case let .paragraph(c) = definition[0] { return "<dd>\(inline.render(c))</dd>" }
                    return "<dd>\(render(definition))</dd>"
                }.joined(separator: "\n")
            }.joined(separator: "\n") + "\n</dl>"
        case .directive: return ""  // a ResolvedBook holds none: leftovers became errors
        case let .experiment(e): return experiment(e)
        case let .figure(f): return figure(f)
        case let .claim(c): return claim(c)
        case let .container(c): return container(c)
        case let .listing(l): return listing(l)
        case let .error(d): return Self.errorBox(d)
        }
    }

    /// A display formula's MathML, sized to fit its column; with its form on several lines
    /// for narrow screens when it has one (`EquationFit`).
    private func displayFormula(_ m: DisplayMath) -> String {
        let parsed = MathParser.parse(m.tex)
        let numbered = m.number != nil || m.rows.contains { $0.number != nil }
        let corrections = MathItalicCorrections.byLetter
        let fit = EquationFit.style(parsed, numbered: numbered)
        guard !m.rows.contains(where: { $0.number != nil }), let narrow = EquationFit.narrowForm(parsed) else {
            return MathMLWriter.render(parsed, display: true, rowNumbers: m.rows, italicCorrections: corrections, attributes: fit)
        }
        let narrowFit = EquationFit.style(narrow, numbered: numbered)
        return MathMLWriter.render(parsed, display: true, italicCorrections: corrections, attributes: " class=\"one-line\"" + fit)
            + MathMLWriter.render(narrow, display: true, italicCorrections: corrections, attributes: " class=\"lines\"" + narrowFit)
    }

    private func list(_ tag: String, _ attributes: String, _ items: [[Block]], _ tight: Bool) -> String {
        let rendered = items.map { item -> String in
            var open = "<li>"
            if case let .paragraph(c)? = item.first, case .checkbox? = c.first { open = "<li class=\"task\">" }
            if tight, item.count == 1, case let .paragraph(c) = item[0] { return "\(open)\(inline.render(c))</li>" }
            return "\(open)\(render(item))</li>"
        }
        return "<\(tag)\(attributes)>\n" + rendered.joined(separator: "\n") + "\n</\(tag)>"
    }

    private func table(_ t: Table) -> String {
        func align(_ i: Int) -> String {
            guard i < t.alignments.count else { return "" }
            switch t.alignments[i] {
            case .none: return ""
            case .left: return " style=\"text-align:left\""
            case .center: return " style=\"text-align:center\""
            case .right: return " style=\"text-align:right\""
            }
        }
        var html = "<div class=\"table-wrap\" tabindex=\"0\"><table" + (t.id.map { " id=\"\(HTMLEscaping.attribute($0))\"" } ?? "") + ">\n"
        if t.number != nil || !t.caption.isEmpty {
            let number = t.number.map { "<span class=\"tblno\">Table \($0).</span> " } ?? ""
            html += "<caption>\(number)\(inline.render(t.caption))</caption>\n"
        }
        if !t.widths.isEmpty {
            html += "<colgroup>" + t.widths.map { "<col style=\"width:\(($0 * 1000).rounded() / 10)%\">" }.joined() + "</colgroup>\n"
        }
        // A column of numbers is one block, aligned on the point inside and centred in its
        // column under its centred header (as siunitx sets it).
        let decimals = (0..<(t.rows.map(\.count).max() ?? 0)).map { DecimalColumn(t.rows, column: $0) }
        if !t.header.isEmpty {
            html += "<thead><tr>" + t.header.enumerated().map { column, cell in
                let centred = column < decimals.count && decimals[column] != nil
                return "<th\(centred ? " style=\"text-align:center\"" : align(column))>\(inline.render(cell))</th>"
            }.joined() + "</tr></thead>\n"
        }
        html += "<tbody>\n" + t.rows.enumerated().map { index, row in
            "<tr>" + row.enumerated().map { column, cell in
                guard let decimal = decimals[column] else { return "<td\(align(column))>\(inline.render(cell))</td>" }
                let (whole, fraction) = decimal.parts[index]
                return "<td class=\"num\"><span class=\"whole\" style=\"min-width:\(decimal.whole)ch\">"
                    + inline.render(whole) + "</span><span class=\"fraction\" style=\"min-width:\(decimal.fraction)ch\">"
                    + inline.render(fraction) + "</span></td>"
            }.joined() + "</tr>"
        }.joined(separator: "\n") + "\n</tbody></table></div>"
        return html
    }

    /// A column of numbers aligned on the decimal point without script: every cell holds its
    /// part before the point right-aligned and the rest left-aligned in boxes of one width per
    /// column, wide enough for the column's longest part (in `ch`, the width of a tabular
    /// digit, from the text face's widths of the other characters a number holds).
    private struct DecimalColumn {
        /// Each row's cell split at its point.
        let parts: [(whole: [Inline], fraction: [Inline])]
        let whole: Double
        let fraction: Double

        init?(_ rows: [[[Inline]]], column: Int) {
            guard NumericCell.isNumericColumn(rows, column: column) else { return nil }
            parts = rows.map { NumericCell.split($0[column]) }
            whole = Self.rounded(parts.map { Self.width($0.whole) }.max() ?? 0)
            fraction = Self.rounded(parts.map { Self.width($0.fraction) }.max() ?? 0)
        }

        /// Up to the next tenth: a box a little too wide only leaves space, one too narrow
        /// would push its point out of line.
        private static func rounded(_ ch: Double) -> Double { (ch * 10 - 1e-9).rounded(.up) / 10 }

        /// Raised exponents are set at 70 % of the text size.
        private static func width(_ inlines: [Inline], scale: Double = 1) -> Double {
            inlines.reduce(0) { sum, inline in
                if case let .superscripted(raised) = inline { return sum + width(raised, scale: scale * 0.7) }
                return sum + InlineText.plain(inline).reduce(0) { $0 + scale * characterWidth($1) }
            }
        }

        /// Widths in digits of the characters a number cell holds, at or above those of
        /// Pagella, the text face (a digit is half an em).
        private static func characterWidth(_ character: Character) -> Double {
            if character.isASCII && character.isNumber { return 1 }
            switch character {
            case ".", ",": return 0.55
            case " ", "\u{00A0}": return 0.55
            case "\u{2009}", "\u{202F}": return 0.4
            case "e": return 0.9
            case "%": return 1.8
            default: return 1.3
            }
        }
    }

    /// Figures narrower than this, in points, shrink to a phone's column instead of keeping
    /// the stylesheet's 24 rem minimum and scrolling: on a 390 px phone (a 350 px column)
    /// they are set at 75 % of their size or more, their 7 pt tick labels at 7 px or more.
    static let narrowFigurePoints = 350.0

    /// `artwork`, with `narrow` for a figure that shrinks to a phone's column and `split`
    /// for one whose columns a phone shows one under another (`FigureColumns`).
    private func artworkClass(_ artwork: FigureArtwork, split: Bool) -> String {
        if artwork.widthPoints < Self.narrowFigurePoints { return "artwork narrow" }
        return split ? "artwork split" : "artwork"
    }

    private func figure(_ f: FigureBlock) -> String {
        if f.image != nil || !f.panels.isEmpty { return imageFigure(f) }
        let id = HTMLEscaping.attribute(f.id)
        let number = f.number.map { "<span class=\"figno\">Figure \($0).</span> " } ?? ""
        let windows = FigureColumns.windows(f.artwork.columnEdges)
        let warnings = f.warnings.isEmpty ? "" :
            "<ul class=\"figure-warnings\">" + f.warnings.map { "<li>\(HTMLEscaping.text($0))</li>" }.joined() + "</ul>"
        return """
            <figure id="\(id)">
            <div class="\(artworkClass(f.artwork, split: !windows.isEmpty))" role="img" aria-label="\(HTMLEscaping.attribute(f.alt))" tabindex="0" style="max-width:\(Int(f.artwork.widthPoints.rounded()))pt">\(FigureColumns.html(svg: ThemedFigureSVG.inline(f.artwork.svg), windows: windows, artwork: f.artwork, figureID: f.id))</div>
            <figcaption>\(number)\(inline.render(f.caption))\(files(f))</figcaption>\(warnings)
            </figure>
            """
    }

    /// Links to the figure's own files (`SVG · PDF · PNG`), each named in full for a list of
    /// links read out of context ("Figure 1.2 as SVG"); empty when none were written.
    private func files(_ f: FigureBlock) -> String {
        guard !f.files.isEmpty else { return "" }
        let name = f.number.map { "Figure \($0)" } ?? "Figure \(f.id)"
        let links = f.files.map { path -> String in
            let format = (path.split(separator: ".").last.map(String.init) ?? path).uppercased()
            return "<a href=\"\(HTMLEscaping.attribute(path))\" aria-label=\"\(HTMLEscaping.attribute("\(name) as \(format)"))\">\(HTMLEscaping.text(format))</a>"
        }
        return " <span class=\"figure-files\">\(links.joined(separator: " · "))</span>"
    }

    static func errorBox(_ d: Diagnostic) -> String {
        let source = d.excerpt.map { excerpt in
            "<pre tabindex=\"0\">" + HTMLEscaping.text(excerpt) + "</pre>"
        } ?? ""
        return """
            <div class="error-box" role="alert"><strong>\(d.severity == .error ? "Error" : "Warning")</strong> \
            <code>\(HTMLEscaping.text(d.location.description))</code>: \(HTMLEscaping.text(d.message))\(source)</div>
            """
    }
}
