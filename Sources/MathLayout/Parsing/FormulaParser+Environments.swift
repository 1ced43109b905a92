/// `\begin{...} ... \end{...}` environments: matrices, cases and aligned equations.
extension FormulaParser {
    /// Parses an environment whose `\begin` started at `start`. An unknown environment is
    /// parsed the same way, reported, and becomes an error node.
    mutating func parseEnvironment(at start: Int) -> MathNode {
        let name = readRawArgument(after: "begin", at: start)
        let rows = parseRows(of: name, at: start)
        guard let (open, close, style) = TeXSymbols.environments[name] else {
            report(at: start, "unknown environment \(name)")
            return .error(command: "\\begin{\(name)}", offset: start)
        }
        let table = MathNode.table(rows: rows, style: style)
        return open.isEmpty && close.isEmpty ? table : .fenced(open: open, close: close, body: table)
    }

    /// Reads cells separated by `&` and rows separated by `\\` up to `\end{name}`.
    private mutating func parseRows(of name: String, at start: Int) -> [[MathNode]] {
        var rows: [[MathNode]] = [], cells: [MathNode] = []
        let stops = activeStops.union(.cell)
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
                skipRowSpacing()
                rows.append(cells)
                cells = []
                continue
            }
            position += 4
            let endName = readRawArgument(after: "end", at: endStart)
            if endName != name {
                report(at: endStart, "\\end{\(endName)} does not match \\begin{\(name)}")
            }
            break
        }
        if cells != [.row([])] || rows.isEmpty { rows.append(cells) }
        return rows
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
