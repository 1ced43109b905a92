/// A small RFC 4180 reader: fields separated by one delimiter character, quoted fields
/// (`"a, b"`, with `""` for a quote) may hold delimiters and line breaks; CRLF or LF ends a
/// record; blank lines are skipped. Written here rather than taken from a package because
/// `{csv-table}` needs only this, with the line of each record for diagnostics.
enum CSVReader {
    struct Record: Equatable {
        var fields: [String]
        /// 0-based line of the text where the record starts.
        var line: Int
    }

    /// The records, or the 0-based line of a quoted field that never closes.
    static func read(_ text: String, delimiter: Character = ",") -> Result<[Record], UnclosedQuote> {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false, wasQuoted = false
        var line = 0, recordLine = 0, quoteLine = 0
        var chars = Array(text.replacingOccurrences(of: "\r\n", with: "\n"))
        chars.append("\n")
        var i = 0
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].trimmingCharacters(in: .whitespaces).isEmpty && !wasQuoted) {
                records.append(Record(fields: fields, line: recordLine))
            }
            fields = []
            field = ""
            wasQuoted = false
        }
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
            } else if c == "\"", field.trimmingCharacters(in: .whitespaces).isEmpty {
                field = ""
                quoted = true
                wasQuoted = true
                quoteLine = line
            } else if c == delimiter {
                fields.append(field)
                field = ""
            } else if c == "\n" {
                endRecord()
                line += 1
                recordLine = line
            } else {
                field.append(c)
            }
            i += 1
        }
        if quoted { return .failure(UnclosedQuote(line: quoteLine)) }
        return .success(records.map { Record(fields: $0.fields.map { $0.trimmingCharacters(in: .whitespaces) }, line: $0.line) })
    }

    struct UnclosedQuote: Error, Equatable {
        var line: Int
    }
}
