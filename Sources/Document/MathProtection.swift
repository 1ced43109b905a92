import Foundation

/// Finds `$...$` and `$$...$$` (with an optional `{#eq-id}` label) in chapter text, outside
/// code, and replaces them with placeholders that Markdown parsing leaves alone, so TeX such
/// as `a_1 * b_2` is never read as emphasis. Line numbers are preserved; `originalColumn`
/// maps columns of the protected text back to the chapter.
struct MathProtection {
    struct Span {
        var tex: String
        var display: Bool
        var label: String?
        var location: SourceLocation
        /// Where the TeX starts (after the opening `$` or `$$` and leading white space).
        var texLocation: SourceLocation
    }

    static let inlineOpen: Character = "\u{E000}", inlineClose: Character = "\u{E001}"
    static let displayOpen: Character = "\u{E002}", displayClose: Character = "\u{E003}"

    private(set) var spans: [Span] = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var text = ""
    /// Per line: (column in protected text where a placeholder starts, placeholder bytes, original bytes).
    private var shifts: [Int: [(column: Int, placeholder: Int, original: Int)]] = [:]

    init(_ source: String, file: String) {
        let lines = source.components(separatedBy: "\n").map { Array($0.utf8) }
        var output: [[UInt8]] = []
        var fence: (marker: UInt8, count: Int)?
        var lineIndex = 0
        while lineIndex < lines.count {
            let line = lines[lineIndex]
            if let current = fence {
                if FenceScanning.codeFence(line).map({ $0.marker == current.marker && $0.count >= current.count }) == true { fence = nil }
                output.append(line)
                lineIndex += 1
                continue
            }
            if let opening = FenceScanning.codeFence(line) {
                fence = opening
                output.append(line)
                lineIndex += 1
                continue
            }
            var out: [UInt8] = []
            var i = 0
            var consumedLines = 0
            while i < line.count {
                let byte = line[i]
                if byte == UInt8(ascii: "\\"), i + 1 < line.count {
                    out += line[i...(i + 1)]
                    i += 2
                    continue
                }
                if byte == UInt8(ascii: "`") {
                    // Copy an inline code span verbatim.
                    let run = line[i...].prefix { $0 == UInt8(ascii: "`") }.count
                    let closing = FenceScanning.find(run: run, of: UInt8(ascii: "`"), in: line, from: i + run)
                    let end = closing.map { $0 + run } ?? (i + run)
                    out += line[i..<end]
                    i = end
                    continue
                }
                if byte == UInt8(ascii: "$") {
                    let location = SourceLocation(file: file, line: lineIndex + 1, column: i + 1)
                    if i + 1 < line.count, line[i + 1] == UInt8(ascii: "$") {
                        if let (tex, label, endLine, endColumn, start) = Self.displayMath(lines, line: lineIndex, column: i + 2) {
                            let placeholder = Array("\(Self.displayOpen)\(spans.count)\(Self.displayClose)".utf8)
                            let texLocation = SourceLocation(file: file, line: start.line + 1, column: start.column + 1)
                            spans.append(Span(tex: tex, display: true, label: label, location: location, texLocation: texLocation))
                            if endLine == lineIndex {
                                record(line: lineIndex, column: out.count + 1, placeholder: placeholder.count, original: endColumn - i)
                                out += placeholder
                                i = endColumn
                                continue
                            }
                            record(line: lineIndex, column: out.count + 1, placeholder: placeholder.count, original: line.count - i)
                            out += placeholder
                            output.append(out)
                            for _ in (lineIndex + 1)..<endLine { output.append([]) }
                            // The rest of the closing line continues after the math.
                            let rest = Array(lines[endLine][endColumn...])
                            record(line: endLine, column: 1, placeholder: 0, original: endColumn)
                            out = rest
                            consumedLines = endLine - lineIndex
                            i = line.count
                            continue
                        }
                        diagnostics.append(Diagnostic("unbalanced math: '$$' is never closed", at: location,
                                                      sourceLine: String(decoding: line, as: UTF8.self)))
                        out += line[i...(i + 1)]
                        i += 2
                        continue
                    }
                    if let end = Self.inlineMathEnd(line, from: i) {
                        let tex = String(decoding: line[(i + 1)..<end], as: UTF8.self)
                        let placeholder = Array("\(Self.inlineOpen)\(spans.count)\(Self.inlineClose)".utf8)
                        spans.append(Span(tex: tex, display: false, label: nil, location: location,
                                          texLocation: SourceLocation(file: file, line: lineIndex + 1, column: i + 2)))
                        record(line: lineIndex, column: out.count + 1, placeholder: placeholder.count, original: end + 1 - i)
                        out += placeholder
                        i = end + 1
                        continue
                    }
                    if i + 1 < line.count, line[i + 1] == UInt8(ascii: "\\") || (line[i + 1] >= UInt8(ascii: "a") && line[i + 1] <= UInt8(ascii: "z")) {
                        diagnostics.append(Diagnostic("unbalanced math: '$' is not closed on this line (write \\$ for a dollar sign)",
                                                      at: location, severity: .warning, sourceLine: String(decoding: line, as: UTF8.self)))
                    }
                }
                out.append(byte)
                i += 1
            }
            if consumedLines > 0 {
                output.append(out)
                lineIndex += consumedLines + 1
            } else {
                output.append(out)
                lineIndex += 1
            }
        }
        text = output.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
    }

    private mutating func record(line: Int, column: Int, placeholder: Int, original: Int) {
        shifts[line + 1, default: []].append((column, placeholder, original))
    }

    /// The chapter column of a column in the protected text.
    func originalColumn(line: Int, column: Int) -> Int {
        var shift = 0
        for entry in shifts[line] ?? [] where entry.column + entry.placeholder <= column {
            shift += entry.original - entry.placeholder
        }
        return column + shift
    }

    /// Pandoc's rule: the opening `$` is followed by a non-space, the closing `$` is preceded
    /// by a non-space and not followed by a digit.
    /// A `$` inside the argument of `\text{...}` belongs to math in the text, not to the end.
    private static func inlineMathEnd(_ line: [UInt8], from start: Int) -> Int? {
        guard start + 1 < line.count, line[start + 1] != UInt8(ascii: " ") else { return nil }
        var i = start + 1
        while i < line.count {
            if let end = textArgumentEnd(line, at: i) { i = end; continue }
            if line[i] == UInt8(ascii: "\\") { i += 2; continue }
            if line[i] == UInt8(ascii: "$") {
                let before = line[i - 1]
                let after: UInt8? = i + 1 < line.count ? line[i + 1] : nil
                if i > start + 1, before != UInt8(ascii: " "), !(after.map { $0 >= 48 && $0 <= 57 } ?? false) { return i }
                return nil
            }
            i += 1
        }
        return nil
    }

    /// Finds the closing `$$` from (line, column); returns the TeX, an optional `{#eq-id}` (or
    /// MyST `(label)`) label after it, the line and column just past the construct, and the line and column
    /// where the TeX starts (all 0-based).
    private static func displayMath(_ lines: [[UInt8]], line: Int, column: Int)
        -> (String, String?, Int, Int, (line: Int, column: Int))? {
        var tex: [UInt8] = []
        var l = line, c = column
        var start: (line: Int, column: Int)?
        while l < lines.count {
            let current = lines[l]
            while c < current.count {
                if start == nil, current[c] != UInt8(ascii: " "), current[c] != UInt8(ascii: "\t") { start = (l, c) }
                if current[c] == UInt8(ascii: "\\"), c + 1 < current.count {
                    tex += current[c...(c + 1)]
                    c += 2
                    continue
                }
                if current[c] == UInt8(ascii: "$"), c + 1 < current.count, current[c + 1] == UInt8(ascii: "$") {
                    var end = c + 2
                    var label: String?
                    let rest = current[end...]
                    let spaces = rest.prefix { $0 == UInt8(ascii: " ") }.count
                    let afterSpaces = Array(rest.dropFirst(spaces))
                    if afterSpaces.starts(with: Array("{#".utf8)), let close = afterSpaces.firstIndex(of: UInt8(ascii: "}")) {
                        label = String(decoding: afterSpaces[2..<close], as: UTF8.self)
                        end += spaces + close + 1
                    } else if afterSpaces.first == UInt8(ascii: "("), let close = afterSpaces.firstIndex(of: UInt8(ascii: ")")),
                              close > 1, Label.isValid(String(decoding: afterSpaces[1..<close], as: UTF8.self)) {
                        // MyST: `$$ ... $$ (label)`.
                        label = String(decoding: afterSpaces[1..<close], as: UTF8.self)
                        end += spaces + close + 1
                    }
                    let body = String(decoding: tex, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                    return (body, label, l, end, start ?? (l, c))
                }
                tex.append(current[c])
                c += 1
            }
            tex.append(UInt8(ascii: "\n"))
            l += 1
            c = 0
            if l < lines.count, lines[l].allSatisfy({ $0 == UInt8(ascii: " ") }) { return nil }
        }
        return nil
    }
}
