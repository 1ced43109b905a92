/// Keeps a `|` inside a backtick code span from splitting a GFM table cell: in every line
/// that has a `|` outside code spans (a table row), a `|` inside a code span is replaced by
/// a one-byte placeholder before cmark sees the text, and code and text literals turn it
/// back into `|`. So `` {value}`e1.loss | .3g` `` works in a table cell as it does in prose,
/// and columns stay where they were in the chapter. (GFM's own `\|` keeps working too.)
enum TablePipes {
    /// The placeholder: the ASCII unit separator, which chapters do not contain.
    static let placeholder: UInt8 = 0x1F

    /// `text` with the pipes inside code spans of table rows replaced, outside fenced code.
    static func protect(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "|")), text.utf8.contains(UInt8(ascii: "`")) else { return text }
        var fence: (marker: UInt8, count: Int)?
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let bytes = Array(line.utf8)
            if let marker = FenceScanning.codeFence(bytes) {
                if let open = fence {
                    if marker.marker == open.marker, marker.count >= open.count { fence = nil }
                } else {
                    fence = marker
                }
                return String(line)
            }
            guard fence == nil else { return String(line) }
            return protectRow(bytes).map { String(decoding: $0, as: UTF8.self) } ?? String(line)
        }
        return lines.joined(separator: "\n")
    }

    /// `text` with placeholders turned back into `|`.
    static func restore(_ text: String) -> String {
        text.utf8.contains(placeholder) ? text.replacingOccurrences(of: "\u{1F}", with: "|") : text
    }

    /// The row with its code-span pipes replaced, or nil when it is not a row with such pipes.
    private static func protectRow(_ line: [UInt8]) -> [UInt8]? {
        let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
        guard indent < 4 else { return nil }
        var out = line
        var pipeOutside = false, replaced = false
        var i = 0
        while i < line.count {
            let byte = line[i]
            if byte == UInt8(ascii: "\\") { i += 2; continue }
            if byte == UInt8(ascii: "|") { pipeOutside = true }
            if byte == UInt8(ascii: "`") {
                let run = line[i...].prefix { $0 == UInt8(ascii: "`") }.count
                if let close = FenceScanning.find(run: run, of: UInt8(ascii: "`"), in: line, from: i + run) {
                    // GFM's own `\|` is left for cmark's table extension to unescape.
                    for j in (i + run)..<close where line[j] == UInt8(ascii: "|") && line[j - 1] != UInt8(ascii: "\\") {
                        out[j] = placeholder
                        replaced = true
                    }
                    i = close + run
                } else {
                    i += run
                }
                continue
            }
            i += 1
        }
        return pipeOutside && replaced ? out : nil
    }
}
