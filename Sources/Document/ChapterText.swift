import Foundation

/// A chapter file's bytes as the text the parser reads, decoded once on reading: every line
/// ending (`\r\n`, and a lone `\r`) becomes `\n`, so a chapter saved on Windows or an old Mac
/// has the same lines (front matter fences, line numbers) as any other; each byte that is
/// not valid UTF-8 becomes U+FFFD and is reported at its line and column, and the rest of
/// the chapter is read as usual. Noncharacters (U+FFFE, U+FDD0, ...), which HTML and PDF
/// refuse, are replaced and reported the same way.
public enum ChapterText {
    /// How many invalid bytes of one file are listed; the rest are counted in one more.
    public static let invalidBytesListed = 10

    /// The text and one diagnostic per invalid byte or noncharacter (columns count the
    /// file's bytes).
    public static func decode(_ data: Data, file: String) -> (text: String, diagnostics: [Diagnostic]) {
        let bytes = [UInt8](data)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var invalid: [(line: Int, column: Int, problem: String)] = []
        var line = 1, lineStart = 0, i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x0D || byte == 0x0A {
                out.append(0x0A)
                i += byte == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
                line += 1
                lineStart = i
                continue
            }
            if let length = validSequenceLength(bytes, at: i) {
                if let scalar = noncharacter(bytes[i..<(i + length)]) {
                    invalid.append((line, i - lineStart + 1, String(format: "U+%04X is not a character", scalar)))
                    out += [0xEF, 0xBF, 0xBD]
                } else {
                    out += bytes[i..<(i + length)]
                }
                i += length
                continue
            }
            invalid.append((line, i - lineStart + 1, String(format: "byte 0x%02X is not valid UTF-8", byte)))
            out += [0xEF, 0xBF, 0xBD]
            i += 1
        }
        let text = String(decoding: out, as: UTF8.self)
        guard !invalid.isEmpty else { return (text, []) }
        let lines = text.components(separatedBy: "\n")
        var diagnostics = invalid.prefix(invalidBytesListed).map { bad in
            Diagnostic("\(bad.problem) and is shown as \u{FFFD}; save the chapter as UTF-8 text",
                       at: SourceLocation(file: file, line: bad.line, column: bad.column), sourceLine: lines[bad.line - 1])
        }
        if invalid.count > invalidBytesListed {
            let first = invalid[invalidBytesListed]
            diagnostics.append(Diagnostic("\(invalid.count - invalidBytesListed) more bytes of this file are not valid UTF-8 text",
                                          at: SourceLocation(file: file, line: first.line, column: first.column),
                                          severity: .warning, sourceLine: lines[first.line - 1]))
        }
        return (text, diagnostics)
    }

    /// The scalar a well-formed sequence encodes when it is a noncharacter, else nil.
    static func noncharacter(_ sequence: ArraySlice<UInt8>) -> UInt32? {
        guard sequence.count >= 3 else { return nil }
        var value = UInt32(sequence.first! & (sequence.count == 3 ? 0x0F : 0x07))
        for byte in sequence.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
        return (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE ? value : nil
    }

    /// The length of the well-formed UTF-8 sequence starting at `i` (Unicode table 3-7:
    /// no overlong forms, no surrogates, nothing above U+10FFFF), or nil.
    static func validSequenceLength(_ bytes: [UInt8], at i: Int) -> Int? {
        let lead = bytes[i]
        if lead < 0x80 { return 1 }
        let length: Int, second: ClosedRange<UInt8>
        switch lead {
        case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
        case 0xE0: (length, second) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
        case 0xED: (length, second) = (3, 0x80...0x9F)
        case 0xF0: (length, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
        case 0xF4: (length, second) = (4, 0x80...0x8F)
        default: return nil
        }
        guard i + length <= bytes.count, second.contains(bytes[i + 1]) else { return nil }
        for k in 2..<max(length, 2) where !(0x80...0xBF).contains(bytes[i + k]) { return nil }
        return length
    }
}
