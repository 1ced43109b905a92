/// Matrices, cases, arrays and alignments: cells in aligned columns, rows stacked, rules
/// between them for `array`, and the whole table centred on the math axis.
extension MathLayoutEngine {
    func table(_ table: MathTable, _ style: LayoutStyle) -> MathBox {
        let tableStyle = table.style
        let size = style.size
        let cellStyle = switch tableStyle {
        case .smallMatrix: style.script
        case .substack: style.text
        default: tableStyle.displaysCells ? style.displayed : style.text
        }
        // As in TeX, `&=` is `{}=`: an aligned right-hand cell starts after an empty atom,
        // so its leading relation gets its space.
        let cells = table.rows.map { row in
            row.enumerated().map { column, cell in
                guard tableStyle == .aligned && !column.isMultiple(of: 2) else { return layout(cell, cellStyle) }
                if case .row(let nodes) = cell { return layout(.row([.row([])] + nodes), cellStyle) }
                return layout(.row([.row([]), cell]), cellStyle)
            }
        }
        let columnCount = table.columnCount
        let columnWidths = (0..<columnCount).map { column in
            cells.map { $0.indices.contains(column) ? $0[column].width : 0 }.max() ?? 0
        }
        let gaps = (0...columnCount).map { columnGap(before: $0, count: columnCount, tableStyle) * size }
        var columnX: [Double] = []
        var x = gaps[0]
        for column in 0..<columnCount {
            columnX.append(x)
            x += columnWidths[column] + gaps[column + 1]
        }
        // Rows stand on LaTeX's strut (70 % and 30 % of a 1.2 em baseline skip), touching
        // in arrays and matrices; `cases` stretches the strut by 1.2 (`\arraystretch`),
        // alignments add `\jot` between rows.
        let tight = if case .substack = tableStyle { true } else { false }
        let stretch = if case .cases = tableStyle { 1.2 } else { 1.0 }
        let strut = tight ? (0.0, 0.0) : (0.84 * stretch * cellStyle.size, 0.36 * stretch * cellStyle.size)
        let rowAscents = cells.map { max(strut.0, $0.map(\.ascent).max() ?? 0) }
        let rowDescents = cells.map { max(strut.1, $0.map(\.descent).max() ?? 0) }
        let rowGap = switch tableStyle {
        case .aligned, .gathered, .multline: 0.3 * size
        case .substack: 0.05 * size
        case .matrix, .cases, .array: 0.0
        case .smallMatrix: 0.25 * size
        }
        let height = zip(rowAscents, rowDescents).map(+).reduce(0, +)
            + rowGap * Double(max(0, table.rows.count - 1))
        let lineThickness = style.ruleThickness
        let lines = table.horizontalLines
        let top = metrics.axisHeight(size: size) + height / 2
            + (lines.contains(0) ? rowGap / 2 : 0)

        var result = MathBox(width: x, ascent: top, descent: 0)
        var rowTop = top - (lines.contains(0) ? rowGap / 2 : 0)
        for (rowIndex, row) in cells.enumerated() {
            if lines.contains(rowIndex) {
                result.rules.append(MathRule(x: 0, y: rowTop + rowGap / 2 - lineThickness / 2, width: x,
                                             height: lineThickness))
            }
            let baseline = rowTop - rowAscents[rowIndex]
            if !table.numbering.isEmpty { result.rowBaselines.append(baseline) }
            for (column, cell) in row.enumerated() {
                let slack = columnWidths[column] - cell.width
                let offset = switch tableStyle.alignment(ofColumn: column, row: rowIndex, rowCount: cells.count) {
                case .left: 0.0
                case .center: slack / 2
                case .right: slack
                }
                result.draw(cell, x: columnX[column] + offset, y: baseline)
            }
            rowTop = baseline - rowDescents[rowIndex] - rowGap
        }
        var bottom = rowTop + rowGap
        if lines.contains(cells.count) {
            bottom -= rowGap / 2
            result.rules.append(MathRule(x: 0, y: bottom, width: x, height: lineThickness))
        }
        result.descent = -bottom
        if case .array(let specs, let trailing) = tableStyle {
            for (column, spec) in specs.enumerated() where spec.lineBefore && column < columnCount {
                let lineX = columnX[column] - gaps[column] / 2 - lineThickness / 2
                result.rules.append(MathRule(x: max(0, lineX), y: bottom, width: lineThickness, height: top - bottom))
            }
            if trailing {
                result.rules.append(MathRule(x: x - gaps[columnCount] / 2 - lineThickness / 2, y: bottom,
                                             width: lineThickness, height: top - bottom))
            }
        }
        return result
    }

    /// The space before column `column` (`count` is after the last), in em: aligned pairs
    /// meet without a gap; an array has half its column gap outside its first and last
    /// columns, for the rules there.
    private func columnGap(before column: Int, count: Int, _ tableStyle: TableStyle) -> Double {
        let edge = column == 0 || column == count
        switch tableStyle {
        case .matrix, .cases: return edge ? 0 : 1
        case .smallMatrix: return edge ? 0 : 0.5
        case .array: return edge ? 0.5 : 1
        case .aligned: return edge || !column.isMultiple(of: 2) ? 0 : 2
        case .gathered, .multline, .substack: return 0
        }
    }
}
