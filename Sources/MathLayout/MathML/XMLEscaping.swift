/// Escaping of text and attribute values for XML output.
enum XMLEscaping {
    /// Escapes the XML specials, writes combining marks as character references so that
    /// they cannot merge with the `>` before them in tools that work on characters, and
    /// writes control characters and noncharacters (which neither XML nor HTML allows, not
    /// even as references) as U+FFFD.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case _ where isForbidden(scalar): result += "\u{FFFD}"
            default:
                switch scalar.properties.generalCategory {
                case .nonspacingMark, .enclosingMark, .spacingMark:
                    result += "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
                default:
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// C0 controls other than tab, line feed and carriage return, DEL, C1 controls and
    /// noncharacters.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v)
            || (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE
    }
}
