import Document
import Foundation

/// Quarto's image attributes: a paragraph holding only `![Caption](image.png){#fig-x width=60%}`
/// becomes a figure, numbered and referenceable when its id starts with `fig-`, else an
/// unnumbered image at that width. `width`, `fig-align` and `fig-alt` are read; any other
/// attribute, and an attribute list after an image that does not stand alone, is a warning
/// (the text stays visible).
struct ImageAttributes {
    let sourceLines: (String, Int) -> String?
    let report: (String, SourceLocation, Diagnostic.Severity) -> Diagnostic

    static let used = ["width", "fig-align", "fig-alt"]

    /// The image and attribute list a paragraph holds and nothing else, or nil.
    static func split(_ inlines: [Inline]) -> (image: Inline, attributes: AttributeList)? {
        guard case .image = inlines.first else { return nil }
        var text = ""
        for inline in inlines.dropFirst() {
            guard case let .text(s) = inline else { return nil }
            text += s
        }
        // The parser's smart punctuation curled the quotes of `key="value"`.
        let straight = text.replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
            .replacingOccurrences(of: "\u{2018}", with: "'").replacingOccurrences(of: "\u{2019}", with: "'")
        guard let attributes = AttributeList.parse(straight) else { return nil }
        return (inlines[0], attributes)
    }

    /// The figure a paragraph becomes, or nil to keep it (after reporting attribute lists
    /// that follow an image inside text).
    func figure(_ block: Block) -> [Block]? {
        guard case let .paragraph(inlines) = block else { return nil }
        guard let (image, attributes) = Self.split(inlines),
              case let .image(url, _, alt, location) = image else {
            reportLeaked(inlines)
            return nil
        }
        let at = self.location(of: "{", after: location)
        var width: FigureImage.Width?
        if let text = attributes.value("width") {
            width = FigureImage.width(text)
            if width == nil { _ = report("image width '\(text)' is not a size; write e.g. width=60% or width=8cm", at, .error) }
        }
        var alignment = FigureImage.Alignment.center
        if let text = attributes.value("fig-align") {
            if let chosen = FigureImage.Alignment(rawValue: text) { alignment = chosen } else {
                _ = report("fig-align '\(text)' is not one of left, center, right", at, .error)
            }
        }
        for (key, _) in attributes.pairs where !Self.used.contains(key) {
            _ = report("image attribute '\(key)' is not used; the known ones are \(Self.used.joined(separator: ", "))", at, .warning)
        }
        for name in attributes.classes {
            _ = report("image class '.\(name)' is not used", at, .warning)
        }
        let id = attributes.id ?? ""
        if let problem = id.isEmpty ? nil : Label.problem(id, what: "image") {
            return [.error(report(problem, at, .error)), block]
        }
        let numbered = id.hasPrefix("fig-")
        let picture = FigureImage(path: url, location: location, width: width, alignment: alignment)
        let description = attributes.value("fig-alt") ?? InlineText.plain(alt)
        return [.figure(FigureBlock(id: id, caption: numbered ? alt : [], alt: description, image: picture,
                                    numbered: numbered, location: location))]
    }

    /// A warning for each `{...}` attribute list written right after an image that does not
    /// stand alone in its paragraph.
    private func reportLeaked(_ inlines: [Inline]) {
        for (index, inline) in inlines.enumerated() where index + 1 < inlines.count {
            guard case let .image(_, _, _, location) = inline, case let .text(next) = inlines[index + 1],
                  next.hasPrefix("{"), let close = next.firstIndex(of: "}"),
                  AttributeList.parse(String(next[...close])) != nil else { continue }
            _ = report("this attribute list after an image is not used: attributes apply to an image alone in its paragraph; it is shown as text",
                       self.location(of: "{", after: location), .warning)
        }
    }

    /// Where `text` first stands after `location` on its line (at `location` when not found).
    private func location(of text: String, after location: SourceLocation) -> SourceLocation {
        guard let line = sourceLines(location.file, location.line) else { return location }
        let characters = Array(line)
        let start = max(location.column - 1, 0)
        guard start < characters.count else { return location }
        let target = Array(text)
        for i in start..<characters.count where Array(characters[i...].prefix(target.count)) == target {
            return SourceLocation(file: location.file, line: location.line, column: i + 1)
        }
        return location
    }
}
