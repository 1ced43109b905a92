/// Escaping of text and attribute values for XML output.
enum XMLEscaping {
    /// Escapes the XML specials, and writes combining marks as character references so
    /// that they cannot merge with the `>` before them in tools that work on characters.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
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
}
