/// `\begin{...} ... \end{...}` environments: matrices, cases, arrays and the display
/// alignments (`align`, `gather`, `multline`, `equation`, `split`).
extension FormulaParser {
    /// Parses an environment whose `\begin` started at `start`. An unknown environment is
    /// parsed the same way, reported, and becomes an error node.
    mutating func parseEnvironment(at start: Int) -> MathNode {
        let name = readRawArgument(after: "begin", at: start)
        let known = TeXSymbols.environments[name]
        var style = known?.style ?? .matrix
        switch name {
        case "array", "subarray":
            _ = readOptionalArgument()
            let spec = readRawArgument(after: "begin{\(name)}", at: start)
            let (columns, trailingLine) = parseColumnSpec(spec, at: start)
            style = name == "array" ? .array(columns, trailingLine: trailingLine)
                : .substack(columns.first?.alignment ?? .center)
        case "alignat", "alignat*":
            _ = readRawArgument(after: "begin{\(name)}", at: start)
        default:
            break
        }
        // `equation` and `multline` take one number for the whole formula; the rows of
        // `align` and `gather` are numbered one by one.
        let whole = name.hasPrefix("equation") || name.hasPrefix("multline")
        let numbered = whole ? nil : known?.numbered
        let saved = (tag, label, suppressesNumber)
        if numbered != nil { (tag, label, suppressesNumber) = (nil, nil, false) }
        let table = parseRows(of: name, style: style, numbered: numbered, at: start)
        if numbered != nil { (tag, label, suppressesNumber) = saved }
        if whole && known?.numbered == false { suppressesNumber = true }
        guard let known else {
            report(at: start, "unknown environment \(name)")
            return errorNode("\\begin{\(name)}", at: start)
        }
        if name.hasPrefix("equation") {
            if table.rows.count > 1 { report(at: start, "\\\\ cannot break a line in \(name); use align or split") }
            let cells = table.rows.flatMap { $0 }
            return cells.count == 1 ? cells[0] : .row(cells)
        }
        let node = MathNode.table(table)
        return known.open.isEmpty && known.close.isEmpty ? node : .fenced(open: known.open, close: known.close, body: node)
    }

    /// `{lc|r}`: one letter per column, `|` for a vertical rule; `p{..}` columns are left.
    private mutating func parseColumnSpec(_ spec: String, at start: Int) -> ([ArrayColumn], Bool) {
        var columns: [ArrayColumn] = [], line = false, depth = 0
        for c in spec {
            if c == "{" { depth += 1; continue }
            if c == "}" { depth -= 1; continue }
            if depth > 0 || c.isWhitespace || c == "@" || c == "*" { continue }
            switch c {
            case "|": line = true
            case "l", "p", "m", "b": columns.append(ArrayColumn(alignment: .left, lineBefore: line)); line = false
            case "c": columns.append(ArrayColumn(alignment: .center, lineBefore: line)); line = false
            case "r": columns.append(ArrayColumn(alignment: .right, lineBefore: line)); line = false
            default: report(at: start, "unknown column type '\(c)' in {\(spec)}")
            }
        }
        return (columns, line)
    }

    /// Reads cells separated by `&` and rows separated by `\\` up to `\end{name}`, with
    /// `\hline` rules between rows and, when `numbered` is not nil, each row's numbering.
    private mutating func parseRows(of name: String, style: TableStyle, numbered: Bool?, at start: Int) -> MathTable {
        var table = MathTable(rows: [], style: style)
        var cells: [MathNode] = []
        let stops = activeStops.union(.cell)
        readHorizontalLines(into: &table)
        while true {
            let nodes = parseSequence(until: stops)
            cells.append(nodes.count == 1 ? nodes[0] : .row(nodes))
            if peek() == "&" {
                position += 1
                continue
            }
            let command = peek() == "\\" ? peekCommandName() : ""
            guard command == "\\" || command == "end" else {
                report(at: start, "\\begin{\(name)} without \\end{\(name)}")
                break
            }
            let endStart = position
            if command == "\\" {
                position += 2
                if peek() == "*" { position += 1 }
                skipRowSpacing()
                finishRow(&cells, into: &table, numbered: numbered)
                readHorizontalLines(into: &table)
                continue
            }
            position += 4
            let endName = readRawArgument(after: "end", at: endStart)
            if endName != name {
                report(at: endStart, "\\end{\(endName)} does not match \\begin{\(name)}")
            }
            break
        }
        if cells != [.row([])] || table.rows.isEmpty || tag != nil || label != nil {
            finishRow(&cells, into: &table, numbered: numbered)
        }
        return table
    }

    private mutating func finishRow(_ cells: inout [MathNode], into table: inout MathTable, numbered: Bool?) {
        table.rows.append(cells)
        cells = []
        guard let numbered else { return }
        table.numbering.append(EquationNumbering(automatic: numbered && !suppressesNumber && tag == nil,
                                                 tag: tag, label: label))
        (tag, label, suppressesNumber) = (nil, nil, false)
    }

    /// Consumes `\hline`s at the start of row `table.rows.count`.
    private mutating func readHorizontalLines(into table: inout MathTable) {
        while true {
            skipWhitespace()
            guard peek() == "\\", ["hline", "hdashline"].contains(peekCommandName()) else { return }
            position += 1 + peekCommandName().count
            table.horizontalLines.insert(table.rows.count)
        }
    }

    /// Skips the optional `[2pt]` after a row break.
    private mutating func skipRowSpacing() {
        guard peek() == "[" else { return }
        while let c = peek() {
            position += 1
            if c == "]" { return }
        }
    }
}
