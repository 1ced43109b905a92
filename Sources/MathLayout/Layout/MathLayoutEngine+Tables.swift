/// Matrices, cases and aligned equations: cells in aligned columns, rows stacked and the
/// whole table centred on the math axis.
extension MathLayoutEngine {
    func table(_ rows: [[MathNode]], _ tableStyle: TableStyle, _ style: LayoutStyle) -> MathBox {
        let size = style.size
        let cellStyle = tableStyle == .aligned ? style : style.text
        // As in TeX, `&=` is `{}=`: an aligned right-hand cell starts after an empty atom,
        // so its leading relation gets its space.
        let cells = rows.map { row in
            row.enumerated().map { column, cell in
                guard tableStyle == .aligned && !column.isMultiple(of: 2) else { return layout(cell, cellStyle) }
                if case .row(let nodes) = cell { return layout(.row([.row([])] + nodes), cellStyle) }
                return layout(.row([.row([]), cell]), cellStyle)
            }
        }
        let columnCount = cells.map(\.count).max() ?? 0
        let columnWidths = (0..<columnCount).map { column in
            cells.map { $0.indices.contains(column) ? $0[column].width : 0 }.max() ?? 0
        }
        let columnX = (0..<columnCount).reduce(into: [Double]()) { positions, column in
            let previousEnd = column == 0 ? 0 : positions[column - 1] + columnWidths[column - 1]
            positions.append(column == 0 ? 0 : previousEnd + columnGap(before: column, tableStyle) * size)
        }
        let rowAscents = cells.map { max(0.85 * size, $0.map(\.ascent).max() ?? 0) }
        let rowDescents = cells.map { max(0.35 * size, $0.map(\.descent).max() ?? 0) }
        let rowGap = (tableStyle == .aligned ? 0.3 : 0.1) * size
        let height = zip(rowAscents, rowDescents).map(+).reduce(0, +)
            + rowGap * Double(max(0, rows.count - 1))
        let top = metrics.axisHeight(size: size) + height / 2

        var result = MathBox(width: (columnX.last ?? 0) + (columnWidths.last ?? 0), ascent: top,
                             descent: height - top)
        var rowTop = top
        for (rowIndex, row) in cells.enumerated() {
            let baseline = rowTop - rowAscents[rowIndex]
            for (column, cell) in row.enumerated() {
                let slack = columnWidths[column] - cell.width
                let offset = switch tableStyle.alignment(ofColumn: column) {
                case .left: 0.0
                case .center: slack / 2
                case .right: slack
                }
                result.draw(cell, x: columnX[column] + offset, y: baseline)
            }
            rowTop = baseline - rowDescents[rowIndex] - rowGap
        }
        return result
    }

    /// The space before a column, in em: aligned pairs meet without a gap.
    private func columnGap(before column: Int, _ tableStyle: TableStyle) -> Double {
        switch tableStyle {
        case .matrix, .cases: 1
        case .aligned: column.isMultiple(of: 2) ? 2 : 0
        }
    }
}
