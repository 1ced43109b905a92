import Foundation

/// The characters a page shows, collected from its markup so the embedded font subsets hold
/// their glyphs: the text of its body, the text of its code, the text of its formulas.
enum PageCharacters {
    /// The characters of the body's text outside formulas, styles and tags, with printable
    /// ASCII, which the stylesheet's generated content (page counters) may use.
    static func text(of page: String) -> Set<Unicode.Scalar> {
        var found = Set((0x20...0x7E).compactMap(Unicode.Scalar.init))
        guard let body = page.range(of: "<body") else { return found }
        var rest = page[body.lowerBound...]
        while let math = rest.range(of: "<math") {
            add(rest[..<math.lowerBound], to: &found)
            guard let close = rest.range(of: "</math>", range: math.upperBound..<rest.endIndex) else { return found }
            rest = rest[close.upperBound...]
        }
        add(rest, to: &found)
        return found
    }

    /// The characters inside the page's `<code>` and `<pre>` elements.
    static func code(of page: String) -> Set<Unicode.Scalar> {
        var found: Set<Unicode.Scalar> = []
        for element in ["code", "pre"] {
            var rest = page[...]
            while let open = rest.range(of: "<\(element)"), let close = rest.range(of: "</\(element)>", range: open.upperBound..<rest.endIndex) {
                add(rest[open.lowerBound..<close.lowerBound], to: &found)
                rest = rest[close.upperBound...]
            }
        }
        return found
    }

    /// Adds the visible characters of the text runs of `markup` to `found`.
    private static func add(_ markup: Substring, to found: inout Set<Unicode.Scalar>) {
        for text in textRuns(of: markup) {
            for scalar in decoded(text).unicodeScalars where !scalar.properties.isWhitespace { found.insert(scalar) }
        }
    }

    /// The characters of the text inside the page's `<math>` elements (not their TeX
    /// annotations), with the mathematical italic form of each letter, which browsers show
    /// for a one-letter `<mi>`, and the radical sign, which `<msqrt>` draws from the font.
    static func math(of page: String) -> Set<Unicode.Scalar> {
        var found: Set<Unicode.Scalar> = []
        if page.contains("<msqrt") || page.contains("<mroot") { found.insert("\u{221A}") }
        var rest = page[...]
        while let open = rest.range(of: "<math"), let close = rest.range(of: "</math>", range: open.upperBound..<rest.endIndex) {
            var inside = rest[open.upperBound..<close.lowerBound]
            if let annotation = inside.range(of: "<annotation") { inside = inside[..<annotation.lowerBound] }
            for text in textRuns(of: inside) {
                for scalar in decoded(text).unicodeScalars where !scalar.properties.isWhitespace {
                    found.insert(scalar)
                    if let italic = mathItalic(scalar) { found.insert(italic) }
                }
            }
            rest = rest[close.upperBound...]
        }
        return found
    }

    /// The text between the tags of `markup`.
    private static func textRuns(of markup: Substring) -> [Substring] {
        markup.split(separator: "<", omittingEmptySubsequences: true).compactMap { piece in
            guard let end = piece.firstIndex(of: ">") else { return nil }
            let text = piece[piece.index(after: end)...]
            return text.isEmpty ? nil : text
        }
    }

    /// `text` with the character references the MathML writer emits resolved.
    private static func decoded(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var result = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else { result += rest[amp...]; return result }
            let name = rest[rest.index(after: amp)..<semicolon]
            switch name {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            default:
                let number = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : name.hasPrefix("#") ? UInt32(name.dropFirst()) : nil
                if let scalar = number.flatMap(Unicode.Scalar.init) { result.unicodeScalars.append(scalar) }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    /// The Mathematical Alphanumeric Symbols italic of a Latin or Greek letter.
    static func mathItalic(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        let mapped: UInt32? = switch v {
        case 0x68: 0x210E  // italic h is Planck's constant
        case 0x41...0x5A: 0x1D434 + v - 0x41
        case 0x61...0x7A: 0x1D44E + v - 0x61
        case 0x391...0x3A9: 0x1D6E2 + v - 0x391
        case 0x3B1...0x3C9: 0x1D6FC + v - 0x3B1
        case 0x131: 0x1D6A4
        case 0x237: 0x1D6A5
        case 0x2202: 0x1D715
        case 0x2207: 0x1D6FB
        case 0x3F5: 0x1D716
        case 0x3D1: 0x1D717
        case 0x3F0: 0x1D718
        case 0x3D5: 0x1D719
        case 0x3F1: 0x1D71A
        case 0x3D6: 0x1D71B
        default: nil
        }
        return mapped.flatMap(Unicode.Scalar.init)
    }
}
