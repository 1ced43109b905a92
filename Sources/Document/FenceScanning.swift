/// Byte-level scanning shared by the passes that read a chapter before cmark-gfm does (math
/// protection, colon fences, table pipes): where code fences open, and where a run of
/// backticks closes.
enum FenceScanning {
    /// ``` or ~~~ (3 or more) after at most 3 spaces.
    static func codeFence(_ line: [UInt8]) -> (marker: UInt8, count: Int)? {
        let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
        guard indent <= 3, indent < line.count else { return nil }
        let marker = line[indent]
        guard marker == UInt8(ascii: "`") || marker == UInt8(ascii: "~") else { return nil }
        let count = line[indent...].prefix { $0 == marker }.count
        return count >= 3 ? (marker, count) : nil
    }

    /// Where the next run of exactly `run` copies of `byte` at or after `start` begins
    /// (longer and shorter runs are skipped whole), as a code span's closing backticks.
    static func find(run: Int, of byte: UInt8, in line: [UInt8], from start: Int) -> Int? {
        var i = start
        while i < line.count {
            if line[i] == byte {
                let length = line[i...].prefix { $0 == byte }.count
                if length == run { return i }
                i += length
            } else { i += 1 }
        }
        return nil
    }
}
