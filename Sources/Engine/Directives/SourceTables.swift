import Document

/// `{list-table} Caption` (a bullet list of rows, each a bullet list of cells) and
/// `{csv-table} Caption` (CSV content or `:file:`) as tables: `:header-rows:` rows form the
/// header (`:header:` gives it as one CSV line for a csv-table), `:label:` or `:name:` gives
/// the id that numbers the table, `:delim:` is a character, `tab` or `space`. `:widths:` gives the
/// columns' relative widths (`auto`: they follow the content). Cells are Markdown inlines.
enum SourceTables {
    typealias Report = (String, SourceLocation) -> Diagnostic

    static let listOptions = ["header-rows", "widths", "label", "name", "align", "class", "width"]
    static let csvOptions = listOptions + ["file", "header", "delim"]

    static func listTable(_ d: Directive, report: Report) -> Block {
        let options = check(d, allowed: listOptions, report: report)
        let padding = String(repeating: "\n", count: max(d.contentLine - 1, 0))
        let (parsed, _) = MarkdownParser(file: d.location.file).parse(padding + d.content, number: 0)
        guard parsed.blocks.count == 1, case let .bulletList(rows, _) = parsed.blocks[0] else {
            return .error(report("{list-table} content must be one bullet list of rows, each a bullet list of cells (* - a\\n  - b)", d.location))
        }
        var cells: [[[Inline]]] = []
        for row in rows {
            guard row.count == 1, case let .bulletList(items, _) = row[0] else {
                return .error(report("{list-table}: row \(cells.count + 1) is not a bullet list of cells", d.location))
            }
            cells.append(items.map(cellInlines))
        }
        return table(d, cells: cells, options: options, report: report)
    }

    static func csvTable(_ d: Directive, text: String, origin: (file: String, line: Int), report: Report) -> Block {
        let options = check(d, allowed: csvOptions, report: report)
        var delimiter: Character = ","
        if let option = options["delim"] {
            switch option.value {
            case "tab": delimiter = "\t"
            case "space": delimiter = " "
            case let v where v.count == 1 && v != "\"": delimiter = v.first!
            default: return .error(report("':delim:' must be one character, 'tab' or 'space'", option.location))
            }
        }
        func records(_ text: String, line: Int, file: String) -> [[String]]? {
            switch CSVReader.read(text, delimiter: delimiter) {
            case let .success(records): return records.map(\.fields)
            case let .failure(problem):
                _ = report("{csv-table}: a quoted field starting here never closes", SourceLocation(file: file, line: line + problem.line, column: 1))
                return nil
            }
        }
        guard var rows = records(text, line: origin.line, file: origin.file) else { return .error(report("{csv-table}: the CSV cannot be read", d.location)) }
        guard !rows.isEmpty else { return .error(report("{csv-table} has no rows: give CSV lines as content or ':file: data.csv'", d.location)) }
        var headerRows = 0
        if let header = options["header"] {
            guard let line = records(header.value, line: header.location.line, file: header.location.file)?.first else {
                return .error(report("{csv-table}: ':header:' is not one CSV line", header.location))
            }
            rows.insert(line, at: 0)
            headerRows = 1
        }
        var cellOptions = options
        if headerRows > 0 { cellOptions["header-rows"] = DirectiveOption(key: "header-rows", value: "\(headerRows + (Int(options["header-rows"]?.value ?? "0") ?? 0))", location: d.location) }
        let padding = String(repeating: "\n", count: max(d.contentLine - 1, 0))
        let cells = rows.map { row in
            row.map { field -> [Inline] in
                let (parsed, _) = MarkdownParser(file: d.location.file).parse(padding + field, number: 0)
                return cellInlines(parsed.blocks)
            }
        }
        return table(d, cells: cells, options: cellOptions, report: report)
    }

    /// The options by key; an unknown one is reported and left out.
    private static func check(_ d: Directive, allowed: [String], report: Report) -> [String: DirectiveOption] {
        var options: [String: DirectiveOption] = [:]
        for option in d.options {
            guard allowed.contains(option.key) else {
                _ = report("{\(d.name)} has no option ':\(option.key):'; known options: \(allowed.joined(separator: ", "))", option.location)
                continue
            }
            options[option.key] = option
        }
        return options
    }

    private static func table(_ d: Directive, cells: [[[Inline]]], options: [String: DirectiveOption], report: Report) -> Block {
        var headerRows = 0
        if let option = options["header-rows"] {
            guard let n = Int(option.value), n >= 0, n <= cells.count else {
                return .error(report("':header-rows:' must be a number from 0 to \(cells.count) (the rows of the table)", option.location))
            }
            headerRows = n
        }
        let columns = cells.map(\.count).max() ?? 0
        var shares: [Double] = []
        if let option = options["widths"], option.value != "auto" {
            let widths = option.value.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Int($0) }
            if widths.count != columns || widths.contains(where: { $0 <= 0 }) {
                _ = report("':widths:' gives \(widths.count) widths for \(columns) columns (write one positive number per column, or auto)", option.location)
            } else {
                let total = Double(widths.reduce(0, +))
                shares = widths.map { Double($0) / total }
            }
        }
        var id: String?
        if let option = options["label"] ?? options["name"] {
            if let problem = Label.problem(option.value, what: "table") {
                _ = report(problem + "; the table is not numbered", option.location)
            } else {
                id = option.value
            }
        }
        let padded = cells.map { $0 + Array(repeating: [Inline](), count: columns - $0.count) }
        // More than one header row: the first is the header, the others lead the body in bold.
        let header = headerRows > 0 ? padded[0] : []
        let extra = headerRows > 1 ? padded[1..<headerRows].map { $0.map { $0.isEmpty ? $0 : [Inline.strong($0)] } } : []
        var table = Table(id: id, caption: caption(d), alignments: Array(repeating: .none, count: columns),
                          header: header, rows: extra + padded[headerRows...], location: d.location)
        table.widths = shares
        return .table(table)
    }

    /// The argument (the caption) as Markdown inlines.
    private static func caption(_ d: Directive) -> [Inline] {
        guard !d.argument.isEmpty else { return [] }
        let padding = String(repeating: "\n", count: max(d.location.line - 1, 0))
        return cellInlines(MarkdownParser(file: d.location.file).parse(padding + d.argument, number: 0).0.blocks)
    }

    /// A cell's inlines: its paragraphs joined by line breaks.
    private static func cellInlines(_ blocks: [Block]) -> [Inline] {
        var result: [Inline] = []
        for block in blocks {
            if !result.isEmpty { result.append(.lineBreak) }
            switch block {
            case let .paragraph(c): result += c
            default: result += block.childInlines
            }
        }
        return result
    }
}
