/// The nesting limit of the YAML that chapters hold (experiment bodies, front matter),
/// checked before the text reaches Yams, whose recursive node building overflows the stack
/// on deep input (a few thousand levels) and kills the process.
///
/// Depth counts what opens a level: a block line indented further than the lines above it,
/// each `- ` sequence marker, and each flow bracket `[` or `{` outside quotes, comments and
/// block scalars. Honest YAML stays far below the limit; the count is an upper bound of the
/// parser's nesting, so text that passes cannot nest deeper in Yams.
public enum YAMLNesting {
    /// The deepest nesting allowed: 64 levels.
    public static let limit = 64

    /// Where the limit is first passed: a 1-based line and column of the text.
    public struct Excess: Error, Equatable, Sendable, CustomStringConvertible {
        public let line: Int
        public let column: Int
        public let limit: Int

        public var description: String {
            "YAML nested deeper than \(limit) levels (indentation, '- ' items and '[' '{' brackets count)"
        }
    }

    /// The first place where `text` nests deeper than `limit`, or nil.
    public static func excess(in text: String, limit: Int = limit) -> Excess? {
        var scanner = Scanner(limit: limit)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let bytes = Array(line.utf8)
            if let byteColumn = scanner.scan(bytes) {
                let column = String(decoding: bytes.prefix(byteColumn - 1), as: UTF8.self).count + 1
                return Excess(line: index + 1, column: column, limit: limit)
            }
        }
        return nil
    }

    /// The state carried from line to line.
    private struct Scanner {
        let limit: Int
        /// Columns of the open block levels.
        var blocks: [Int] = []
        var flowDepth = 0
        /// Inside a quoted scalar: its quote character.
        var quote: UInt8?
        /// Inside a block scalar (`|`, `>`): the indentation its lines must exceed.
        var blockScalarIndent: Int?

        private static let space = UInt8(ascii: " "), dash = UInt8(ascii: "-"), hash = UInt8(ascii: "#")

        /// Scans one line; returns the 1-based column where the limit is passed, or nil.
        mutating func scan(_ line: [UInt8]) -> Int? {
            let indent = line.prefix { $0 == Self.space }.count
            let blank = indent == line.count || line[indent] == Self.hash
            if let parent = blockScalarIndent {
                if blank || indent > parent { return nil }
                blockScalarIndent = nil
            }
            var i = 0
            if quote == nil && flowDepth == 0 {
                if blank { return nil }
                while let top = blocks.last, top >= indent { blocks.removeLast() }
                if let column = open(block: indent) { return column }
                i = indent
                // `- ` markers, possibly several on one line (`- - x`).
                while i < line.count, line[i] == Self.dash, i + 1 == line.count || line[i + 1] == Self.space {
                    i += 1
                    while i < line.count, line[i] == Self.space { i += 1 }
                    if let column = open(block: i) { return column }
                }
            }
            return scanRest(line, from: i, indent: indent)
        }

        private mutating func open(block column: Int) -> Int? {
            blocks.append(column)
            return blocks.count + flowDepth > limit ? column + 1 : nil
        }

        /// Quotes, flow brackets, comments and block scalar headers from `start` on.
        private mutating func scanRest(_ line: [UInt8], from start: Int, indent: Int) -> Int? {
            var atNodeStart = quote == nil
            var i = start
            while i < line.count {
                let c = line[i]
                if let q = quote {
                    if q == UInt8(ascii: "\"") && c == UInt8(ascii: "\\") { i += 2; continue }
                    if c == q {
                        if q == UInt8(ascii: "'"), i + 1 < line.count, line[i + 1] == q { i += 2; continue }
                        quote = nil
                    }
                    i += 1
                    continue
                }
                let isSpace = c == Self.space || c == UInt8(ascii: "\t")
                let previousIsSpace = i == 0 || line[i - 1] == Self.space || line[i - 1] == UInt8(ascii: "\t")
                let opens = c == UInt8(ascii: "[") || c == UInt8(ascii: "{")
                let closes = c == UInt8(ascii: "]") || c == UInt8(ascii: "}")
                if isSpace {
                    // Spaces keep the state.
                } else if c == Self.hash && previousIsSpace {
                    return nil
                } else if opens && (atNodeStart || flowDepth > 0) {
                    flowDepth += 1
                    if blocks.count + flowDepth > limit { return i + 1 }
                    atNodeStart = true
                } else if closes && flowDepth > 0 {
                    flowDepth -= 1
                    atNodeStart = false
                } else if c == UInt8(ascii: ",") {
                    atNodeStart = flowDepth > 0
                } else if c == UInt8(ascii: ":") || c == UInt8(ascii: "?") || c == Self.dash {
                    let next = i + 1 < line.count ? line[i + 1] : Self.space
                    atNodeStart = next == Self.space || (flowDepth > 0 && c == UInt8(ascii: ":")) || (atNodeStart && c != Self.dash)
                } else if (c == UInt8(ascii: "\"") || c == UInt8(ascii: "'")) && atNodeStart {
                    quote = c
                } else if (c == UInt8(ascii: "|") || c == UInt8(ascii: ">")) && atNodeStart && flowDepth == 0 {
                    blockScalarIndent = indent
                    return nil
                } else if (c == UInt8(ascii: "&") || c == UInt8(ascii: "!") || c == UInt8(ascii: "*")) && atNodeStart {
                    // An anchor, tag or alias: the node (if any) starts after it.
                    while i + 1 < line.count, line[i + 1] != Self.space { i += 1 }
                } else {
                    atNodeStart = false
                }
                i += 1
            }
            return nil
        }
    }
}
