import Foundation

/// BibTeX field text to Unicode: accents (`{\"u}`, `\'e`, `\c{c}`), letters (`{\ss}`, `\o`,
/// `\aa`), escaped characters (`\&`, `\%`), `--` and `---` as dashes, `~` as a no-break space,
/// font commands reduced to their argument, braces removed, white space collapsed.
enum BibTeXText {
    static let accents: [Character: Character] = [
        "\"": "\u{0308}", "'": "\u{0301}", "`": "\u{0300}", "^": "\u{0302}", "~": "\u{0303}", "=": "\u{0304}", ".": "\u{0307}",
    ]
    static let letterAccents: [String: Character] = [
        "c": "\u{0327}", "v": "\u{030C}", "u": "\u{0306}", "H": "\u{030B}", "k": "\u{0328}", "r": "\u{030A}", "d": "\u{0323}", "b": "\u{0331}",
    ]
    static let letters: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "l": "ł", "L": "Ł",
        "i": "ı", "j": "ȷ", "textendash": "–", "textemdash": "—", "ldots": "…", "dots": "…", "textquoteright": "’",
        "textquoteleft": "‘", "textquotedblleft": "“", "textquotedblright": "”", "S": "§", "P": "¶", "copyright": "©", "TeX": "TeX",
        "LaTeX": "LaTeX", "textasciitilde": "~", "textbackslash": "\\", "relax": "",
    ]
    /// Commands whose argument is shown as it is.
    static let wrappers: Set<String> = ["emph", "textit", "textbf", "textsc", "texttt", "textrm", "textsf", "mathrm", "mbox",
                                        "textup", "textnormal", "url", "href", "NoCaseChange", "MakeUppercase"]

    /// The converted text, and the commands it could not read.
    static func convert(_ raw: String) -> (text: String, unknown: [String]) {
        let chars = Array(raw)
        var out = ""
        var unknown: [String] = []
        var i = 0
        /// The next character or braced group after a command, as raw text.
        func argument() -> String {
            while i < chars.count, chars[i] == " " { i += 1 }
            guard i < chars.count else { return "" }
            if chars[i] == "{" {
                var depth = 0
                var text = ""
                repeat {
                    if chars[i] == "{" { depth += 1 } else if chars[i] == "}" { depth -= 1 }
                    text.append(chars[i])
                    i += 1
                } while i < chars.count && depth > 0
                return String(text.dropFirst().dropLast(depth == 0 ? 1 : 0))
            }
            if chars[i] == "\\" {
                // `\'\i`: a command as the argument.
                var text = "\\"
                i += 1
                while i < chars.count, chars[i].isLetter { text.append(chars[i]); i += 1 }
                return text
            }
            i += 1
            return String(chars[i - 1])
        }
        func accented(_ mark: Character) {
            let (base, inner) = convert(argument())
            unknown += inner
            // A dotless ı or ȷ under an accent is the ordinary letter.
            let letter = base == "ı" ? "i" : base == "ȷ" ? "j" : base
            out += (letter.isEmpty ? " " : letter) + String(mark)
        }
        while i < chars.count {
            let ch = chars[i]
            switch ch {
            case "{", "}": i += 1
            case "~": out += "\u{00A0}"; i += 1
            case "-":
                let run = chars[i...].prefix { $0 == "-" }.count
                out += run >= 3 ? "—" + String(repeating: "-", count: run - 3) : run == 2 ? "–" : "-"
                i += run
            case "\\":
                i += 1
                guard i < chars.count else { break }
                if let mark = accents[chars[i]] {
                    i += 1
                    accented(mark)
                } else if chars[i].isLetter {
                    var name = ""
                    while i < chars.count, chars[i].isLetter { name.append(chars[i]); i += 1 }
                    if let mark = letterAccents[name] {
                        accented(mark)
                    } else if let letter = letters[name] {
                        out += letter
                        while i < chars.count, chars[i] == " " { i += 1 }
                    } else if wrappers.contains(name) {
                        let (text, inner) = convert(argument())
                        unknown += inner
                        out += text
                    } else {
                        unknown.append("\\" + name)
                        out += name
                    }
                } else {
                    // `\&`, `\%`, `\$`, `\_`, `\#`, `\{`, `\}`, `\ `; `\-` is a hyphenation hint.
                    if chars[i] != "-" { out.append(chars[i] == "\\" ? " " : chars[i]) }
                    i += 1
                }
            default:
                out.append(ch)
                i += 1
            }
        }
        let collapsed = out.precomposedStringWithCanonicalMapping
            .split(whereSeparator: { $0 == "\n" || $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        return (collapsed, unknown)
    }

    /// Braces and white space (a wrapped line) removed, nothing else (URLs, DOIs).
    static func verbatim(_ raw: String) -> String {
        raw.filter { $0 != "{" && $0 != "}" && !$0.isWhitespace }
    }
}
