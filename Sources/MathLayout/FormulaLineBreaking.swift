/// Sets a display formula too wide for a narrow column on several lines, the way an author
/// would by hand: statements that the formula separates by a quad (`a = b, \qquad c = d`)
/// go on as few lines as hold them, balanced (four statements go two and two, not three
/// and one); a statement still too wide breaks
/// before a relation or a binary operator of its top level, its later lines aligned after
/// its first relation (amsmath's `split`), a line that begins with an operator indented by
/// a quad. An alignment of several column pairs (`a &= b & c &= d`) is set one pair per
/// line, row by row, all aligned at their relations. Nothing inside a group, a fence, a
/// fraction or a script is broken. The result is a formula tree of `gathered` and `aligned`
/// tables, for any writer to set.
public struct FormulaLineBreaking {
    /// Measures a row at display size 1, in em.
    let width: ([MathNode]) -> Double
    /// The widest a line may be, in em.
    let maxWidth: Double

    /// A breaker measuring with `metrics`, for lines at most `maxWidth` em wide.
    public init(metrics: any MathFontMetrics, maxWidth: Double) {
        let engine = MathLayoutEngine(metrics: metrics)
        width = { engine.layout(.row($0), display: true, size: 1).width }
        self.maxWidth = maxWidth
    }

    /// The formula on several lines, or nil when it is not a row of top-level atoms, has
    /// nowhere to break, or already fits.
    public func broken(_ root: MathNode) -> MathNode? {
        guard case .row(let nodes) = root, width(nodes) > maxWidth else { return nil }
        if nodes.count == 1, case .table(let table) = nodes[0] { return Self.onePairPerLine(table) }
        var lines: [MathNode] = []
        var fitting: [[MathNode]] = []
        func flush() {
            lines += packed(fitting).map { .row($0) }
            fitting = []
        }
        for statement in Self.statements(nodes) {
            if width(statement) <= maxWidth {
                fitting.append(statement)
                continue
            }
            flush()
            lines.append(split(statement) ?? .row(statement))
        }
        flush()
        if lines.count == 1, case .row = lines[0] { return nil }
        return lines.count == 1 ? lines[0] : .table(MathTable(rows: lines.map { [$0] }, style: .gathered))
    }

    /// `statements`, each of which fits, a quad apart on as few lines as hold them, the
    /// widest line as narrow as those lines allow.
    func packed(_ statements: [[MathNode]]) -> [[MathNode]] {
        func joined(_ range: Range<Int>) -> [MathNode] {
            statements[range].reduce([]) { $0.isEmpty ? $1 : $0 + [.space(em: 2)] + $1 }
        }
        var widths: [Range<Int>: Double] = [:]
        func lineWidth(_ range: Range<Int>) -> Double {
            if let known = widths[range] { return known }
            let measured = width(joined(range))
            widths[range] = measured
            return measured
        }
        // The widest line and the line ends for statements start..<count on `lines` lines.
        var best: [[Int]: (widest: Double, ends: [Int])] = [:]
        func narrowest(from start: Int, lines: Int) -> (widest: Double, ends: [Int])? {
            if lines == 1 {
                let w = lineWidth(start..<statements.count)
                return w <= maxWidth ? (w, [statements.count]) : nil
            }
            if let known = best[[start, lines]] { return known }
            var found: (widest: Double, ends: [Int])?
            // Longest first line first, so that of equally wide layouts the fuller top wins.
            for end in stride(from: statements.count - lines + 1, through: start + 1, by: -1) {
                let first = lineWidth(start..<end)
                guard first <= maxWidth else { continue }
                guard let rest = narrowest(from: end, lines: lines - 1) else { continue }
                let widest = max(first, rest.widest)
                if found.map({ widest < $0.widest }) ?? true { found = (widest, [end] + rest.ends) }
            }
            best[[start, lines]] = found
            return found
        }
        guard !statements.isEmpty else { return [] }
        guard let lineCount = (1...statements.count).first(where: { narrowest(from: 0, lines: $0) != nil }),
              let layout = narrowest(from: 0, lines: lineCount) else { return statements }
        var start = 0
        return layout.ends.map { end in
            defer { start = end }
            return joined(start..<end)
        }
    }

    /// An `aligned` table of more than one column pair with each pair on a line of its own,
    /// in reading order; nil for any other table.
    static func onePairPerLine(_ table: MathTable) -> MathNode? {
        guard table.style == .aligned, table.columnCount > 2 else { return nil }
        let rows = table.rows.flatMap { row in
            stride(from: 0, to: row.count, by: 2).map { Array(row[$0..<min($0 + 2, row.count)]) }
                .filter { pair in pair.contains { $0 != .row([]) } }
        }
        return .table(MathTable(rows: rows, style: .aligned))
    }

    /// The statements of a row: runs of atoms separated by at least a quad of space (the
    /// punctuation before the space stays with its statement, the space goes).
    static func statements(_ nodes: [MathNode]) -> [[MathNode]] {
        var statements: [[MathNode]] = [[]]
        var index = 0
        while index < nodes.count {
            var end = index
            var space = 0.0
            while end < nodes.count, case .space(let em) = nodes[end] {
                space += em
                end += 1
            }
            if end > index {
                if space >= 1, !statements[statements.count - 1].isEmpty, end < nodes.count {
                    statements.append([])
                } else {
                    statements[statements.count - 1] += nodes[index..<end]
                }
                index = end
            } else {
                statements[statements.count - 1].append(nodes[index])
                index += 1
            }
        }
        return statements.filter { !$0.isEmpty }
    }

    /// One statement on lines that break before its top-level relations and binary
    /// operators, as an `aligned` table; nil when it has nowhere to break.
    func split(_ nodes: [MathNode]) -> MathNode? {
        let classes = MathNode.spacingClasses(of: nodes)
        let breaks = classes.indices.filter { $0 > 0 && (classes[$0] == .relation || classes[$0] == .binary) }
        guard !breaks.isEmpty else { return nil }
        // Later lines align after the first relation when what precedes it is short;
        // otherwise they all start at the left, indented.
        let relation = classes.firstIndex(of: .relation).flatMap { $0 > 0 ? $0 : nil }
        let left = relation.map { Array(nodes[..<$0]) } ?? []
        let aligned = relation != nil && width(left) <= maxWidth * 0.4
        let lead = aligned ? left : []
        var start = aligned ? relation! : 0
        var rows: [[MathNode]] = []
        while start < nodes.count {
            let later = breaks.filter { $0 > start } + [nodes.count]
            let prefix = rows.isEmpty ? [] : Self.continuation(before: classes[start], aligned: aligned)
            // A line is as wide as the left side it aligns after and its own atoms.
            let fitting = later.last { width(lead + prefix + nodes[start..<$0]) <= maxWidth } ?? later[0]
            rows.append(prefix + nodes[start..<fitting])
            start = fitting
        }
        guard rows.count > 1 else { return nil }
        let cells = rows.enumerated().map { index, line -> [MathNode] in
            [.row(index == 0 ? lead : []), .row(line)]
        }
        return .table(MathTable(rows: cells, style: .aligned))
    }

    /// What a later line starts with before its first atom, of class `first`: nothing
    /// before a relation aligned under the first one; otherwise a quad, and an empty atom
    /// before a binary operator (TeX's `\quad {}+`, which keeps the operator's spacing).
    private static func continuation(before first: MathNode.SpacingClass?, aligned: Bool) -> [MathNode] {
        if aligned, first == .relation { return [] }
        return first == .binary ? [.space(em: 1), .row([])] : [.space(em: 1)]
    }
}
