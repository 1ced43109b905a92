/// The cells of an environment (`pmatrix`, `cases`, `array`, `align`, ...), what decides
/// their alignment and spacing, the rules of an `array`, and the numbering of each row.
public struct MathTable: Equatable, Sendable {
    public var rows: [[MathNode]]
    public var style: TableStyle
    /// Row boundaries with a horizontal rule (`\hline`): 0 is above the first row,
    /// `rows.count` below the last.
    public var horizontalLines: Set<Int>
    /// The numbering of each row of `align`, `gather` and the like; empty for
    /// environments that are never numbered.
    public var numbering: [EquationNumbering]

    public init(rows: [[MathNode]], style: TableStyle, horizontalLines: Set<Int> = [],
                numbering: [EquationNumbering] = []) {
        self.rows = rows
        self.style = style
        self.horizontalLines = horizontalLines
        self.numbering = numbering
    }

    /// The number of columns of the widest row.
    public var columnCount: Int { rows.map(\.count).max() ?? 0 }
}

/// How one equation (a display formula, or one row of `align` or `gather`) is numbered:
/// automatically unless the environment is starred or the row says `\notag`; `\tag{..}`
/// gives the text instead; `\label{..}` names it for references.
public struct EquationNumbering: Equatable, Sendable {
    /// True when the row takes the next number (numbered environment, no `\notag`, no `\tag`).
    public var automatic: Bool
    /// The text of `\tag{...}`, if any.
    public var tag: String?
    /// The text of `\label{...}`, if any.
    public var label: String?

    public init(automatic: Bool, tag: String? = nil, label: String? = nil) {
        self.automatic = automatic
        self.tag = tag
        self.label = label
    }
}

/// The environment that produced a table, which decides column alignment and spacing.
public enum TableStyle: Equatable, Sendable {
    /// `matrix` and its fenced variants: centred columns.
    case matrix
    /// `smallmatrix`: centred columns in script size.
    case smallMatrix
    /// `cases`, `rcases` (text style) and `dcases` (display style): left-aligned columns.
    case cases(display: Bool)
    /// `aligned`, `align`, `split`, `alignat`: columns alternately right- and left-aligned,
    /// meeting at `&`, in display style.
    case aligned
    /// `gather`, `gathered`: one centred column in display style.
    case gathered
    /// `multline`: the first row to the left, the last to the right, the rest centred.
    case multline
    /// `array` with its column specification (`{lc|r}`).
    case array([ArrayColumn], trailingLine: Bool)
    /// `\substack` and `subarray`: one column of tightly stacked script-size rows.
    case substack(ColumnAlignment)

    /// The alignment of column `column` in row `row` of a table of `rowCount` rows.
    public func alignment(ofColumn column: Int, row: Int = 0, rowCount: Int = 1) -> ColumnAlignment {
        switch self {
        case .matrix, .smallMatrix, .gathered: .center
        case .cases: .left
        case .aligned: column.isMultiple(of: 2) ? .right : .left
        case .multline: row == 0 && rowCount > 1 ? .left : row == rowCount - 1 && rowCount > 1 ? .right : .center
        case .array(let columns, _): columns.indices.contains(column) ? columns[column].alignment : .center
        case .substack(let alignment): alignment
        }
    }

    /// True when the cells are in display style (alignments, `gather`, `dcases`).
    public var displaysCells: Bool {
        switch self {
        case .aligned, .gathered, .multline: true
        case .cases(let display): display
        default: false
        }
    }
}

/// A column of an `array`: its alignment and whether a vertical rule stands before it.
public struct ArrayColumn: Equatable, Sendable {
    public var alignment: ColumnAlignment
    public var lineBefore: Bool

    public init(alignment: ColumnAlignment, lineBefore: Bool = false) {
        self.alignment = alignment
        self.lineBefore = lineBefore
    }
}

/// Horizontal alignment of a table column.
public enum ColumnAlignment: String, Equatable, Sendable {
    case left, center, right
}
