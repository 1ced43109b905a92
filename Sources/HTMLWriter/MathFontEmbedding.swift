import Foundation

/// The page's formulas in the PDF's math font on any machine: a subset of TeX Gyre Pagella
/// Math holding the characters the page's `<math>` elements use, embedded as an
/// `@font-face` data URI and put first in the formulas' font list. Without the font
/// installed where the page is written, the page keeps the stylesheet's list of math fonts.
enum MathFontEmbedding {
    /// The family the PDF sets formulas in, looked up among the installed fonts.
    static let installedFamily = "TeX Gyre Pagella Math"
    /// The embedded subset's own family name, which no installed font has.
    static let family = "Report Math"

    /// `page` with a `<style>` holding the embedded font before its `</head>`.
    static func embedding(into page: String) -> String {
        let used = characters(ofMathIn: page)
        guard !used.isEmpty, let head = page.range(of: "</head>"),
              let file = FontSubset.file(family: installedFamily),
              let font = FontSubset.subset(file: file, characters: used) else { return page }
        let style = """
            <style>
            @font-face { font-family: "\(family)"; src: url(data:font/otf;base64,\(font.base64EncodedString())) format("opentype"); }
            math { font-family: "\(family)", "\(installedFamily)", math; }
            </style>

            """
        var result = page
        result.insert(contentsOf: style, at: head.lowerBound)
        return result
    }

    /// The characters of the text inside the page's `<math>` elements (not their TeX
    /// annotations), with the mathematical italic form of each letter, which browsers show
    /// for a one-letter `<mi>`, and the radical sign, which `<msqrt>` draws from the font.
    static func characters(ofMathIn page: String) -> Set<Unicode.Scalar> {
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
