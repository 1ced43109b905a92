import Testing
@testable import MathLayout

/// The atoms of a tree in reading order, without spaces and empty rows, tables read row by
/// row and cell by cell: what a broken formula must keep.
private func atoms(_ node: MathNode) -> [MathNode] {
    switch node {
    case .row(let nodes): nodes.flatMap(atoms)
    case .table(let table): table.rows.flatMap { $0.flatMap(atoms) }
    case .space: []
    default: [node]
    }
}

/// A display formula too wide for a phone is set on several lines: its quad-separated
/// statements on lines of their own, a statement still too wide broken before a top-level
/// relation or binary operator and aligned after its first relation. Widths come from
/// `FixedWidthMetrics` (every character half an em).
struct FormulaLineBreakingTests {
    private func nodes(_ tex: String) -> [MathNode] {
        guard case .row(let nodes) = MathParser.parse(tex).root else { return [] }
        return nodes
    }

    private func breaking(_ maxWidth: Double) -> FormulaLineBreaking {
        FormulaLineBreaking(metrics: FixedWidthMetrics(), maxWidth: maxWidth)
    }

    private func width(_ nodes: [MathNode]) -> Double {
        MathLayoutEngine(metrics: FixedWidthMetrics()).layout(.row(nodes), display: true, size: 1).width
    }

    @Test func statementsGoOnLinesOfTheirOwnKeepingTheirPunctuation() throws {
        let formula = nodes(#"a = b, \qquad c = d, \qquad e = f."#)
        let oneStatement = width(nodes("a = b,"))
        let lines = try #require(breaking(oneStatement + 0.1).broken(.row(formula)))
        guard case .table(let table) = lines else { Issue.record("not a table: \(lines)"); return }
        #expect(table.style == .gathered)
        #expect(table.rows == [[.row(nodes("a = b,"))], [.row(nodes("c = d,"))], [.row(nodes("e = f."))]])
    }

    @Test func statementsThatFitTogetherShareALine() throws {
        let formula = nodes(#"a = b, \qquad c = d, \qquad e = f."#)
        let two = width(nodes(#"a = b, \qquad c = d,"#))
        let lines = try #require(breaking(two + 0.1).broken(.row(formula)))
        guard case .table(let table) = lines else { Issue.record("not a table: \(lines)"); return }
        #expect(table.rows == [[.row(nodes(#"a = b, \qquad c = d,"#))], [.row(nodes("e = f."))]])
    }

    @Test func statementsAreBalancedOverTheLinesTheyNeed() throws {
        // Three fit on a line, so four need two lines: two and two, not three and one.
        let formula = nodes(#"a = b, \qquad c = d, \qquad e = f, \qquad g = h."#)
        let three = width(nodes(#"a = b, \qquad c = d, \qquad e = f,"#))
        let lines = try #require(breaking(three + 0.1).broken(.row(formula)))
        guard case .table(let table) = lines else { Issue.record("not a table: \(lines)"); return }
        #expect(table.rows == [[.row(nodes(#"a = b, \qquad c = d,"#))], [.row(nodes(#"e = f, \qquad g = h."#))]])
    }

    @Test func aLongStatementBreaksBeforeOperatorsAlignedAfterItsRelation() throws {
        let formula = nodes("x = a + b + c + d + e")
        let maxWidth = width(nodes("x = a + b + c"))
        let lines = try #require(breaking(maxWidth + 0.1).broken(.row(formula)))
        guard case .table(let table) = lines else { Issue.record("not a table: \(lines)"); return }
        #expect(table.style == .aligned)
        #expect(table.rows.count == 2)
        #expect(table.rows[0] == [.row(nodes("x")), .row(nodes("= a + b + c"))])
        // The later line starts with TeX's `\quad {}+`, keeping the operator binary.
        #expect(table.rows[1] == [.row([]), .row([.space(em: 1), .row([])] + nodes("+ d + e"))])
        #expect(atoms(lines) == atoms(.row(formula)), "nothing lost, nothing reordered")
    }

    @Test func laterRelationsAlignUnderTheFirst() throws {
        let formula = nodes("x = a + b = c + d")
        let lines = try #require(breaking(width(nodes("x = a + b")) + 0.1).broken(.row(formula)))
        guard case .table(let table) = lines else { Issue.record("not a table: \(lines)"); return }
        #expect(table.rows == [[.row(nodes("x")), .row(nodes("= a + b"))], [.row([]), .row(nodes("= c + d"))]])
    }

    @Test func aWideLeftSideLeavesLaterLinesIndentedAtTheLeft() throws {
        let formula = nodes("p + q + r + s = t + u")
        let lines = try #require(breaking(width(nodes("p + q + r + s")) + 0.1).broken(.row(formula)))
        guard case .table(let table) = lines else { Issue.record("not a table: \(lines)"); return }
        #expect(table.rows.first == [.row([]), .row(nodes("p + q + r + s"))])
        #expect(table.rows.count > 1)
        for row in table.rows.dropFirst() {
            guard case .row(let line) = row[1] else { Issue.record("a line is not a row: \(row)"); continue }
            #expect(line.first == .space(em: 1), "later lines are indented by a quad")
        }
        #expect(atoms(lines) == atoms(.row(formula)))
    }

    @Test func nothingInsideAGroupIsBroken() {
        let fenced = nodes(#"\left( a + b + c + d + e \right)"#)
        #expect(breaking(2).broken(.row(fenced)) == nil, "a fence has no top-level operator")
        #expect(breaking(2).broken(.row(nodes(#"\frac{a + b + c}{d + e + f}"#))) == nil)
    }

    @Test func aFormulaThatFitsStaysAsItIs() {
        let formula = nodes("x = a + b")
        #expect(breaking(width(formula) + 0.1).broken(.row(formula)) == nil)
    }

    @Test func everyLineFitsWhenTheFormulaCanBreakThere() throws {
        let formula = nodes(#"y = a_1 + a_2 + a_3 + a_4 + a_5 + a_6 + a_7, \qquad z = b_1 - b_2 - b_3 - b_4 - b_5"#)
        let maxWidth = 6.0
        let lines = try #require(breaking(maxWidth).broken(.row(formula)))
        guard case .table(let outer) = lines else { Issue.record("not a table: \(lines)"); return }
        for row in outer.rows {
            guard case .table(let statement) = row[0] else { Issue.record("a statement not split: \(row)"); continue }
            for line in statement.rows {
                let cells = line.flatMap { cell -> [MathNode] in if case .row(let n) = cell { n } else { [cell] } }
                #expect(width(cells) <= maxWidth + 1e-9, "line \(cells) wider than \(maxWidth) em")
            }
        }
        #expect(atoms(lines) == atoms(.row(formula)))
    }
}

/// An alignment of several column pairs goes one pair per line.
struct AlignedPairsLineBreakingTests {
    @Test func pairsGoOneUnderAnotherRowByRow() throws {
        let tex = #"\begin{aligned} p &= a + b, & q &= c + d, \\ s &= e, & t &= f. \end{aligned}"#
        guard case .row(let nodes) = MathParser.parse(tex).root, case .table(let table) = nodes.first else {
            Issue.record("not an alignment"); return
        }
        let lines = try #require(FormulaLineBreaking(metrics: FixedWidthMetrics(), maxWidth: 4).broken(.row(nodes)))
        guard case .table(let broken) = lines else { Issue.record("not a table: \(lines)"); return }
        #expect(broken.style == .aligned)
        #expect(broken.rows == [Array(table.rows[0][0..<2]), Array(table.rows[0][2..<4]),
                                Array(table.rows[1][0..<2]), Array(table.rows[1][2..<4])])
        #expect(FormulaLineBreaking(metrics: FixedWidthMetrics(), maxWidth: 100).broken(.row(nodes)) == nil, "it fits")
        let onePair = MathParser.parse(#"\begin{aligned} p &= a + b + c + d + e + f \end{aligned}"#).root
        #expect(FormulaLineBreaking(metrics: FixedWidthMetrics(), maxWidth: 4).broken(onePair) == nil, "one pair is left as it is")
    }
}

/// Every formula of the corpus and the specification, broken for lines of 4 to 20 em,
/// keeps its atoms in order and breaks only where it may.
struct CorpusLineBreakingTests {
    @Test(arguments: [4.0, 8, 12, 20])
    func nothingIsLostOrReordered(maxWidth: Double) {
        let breaking = FormulaLineBreaking(metrics: FixedWidthMetrics(), maxWidth: maxWidth)
        var brokenCount = 0
        for tex in CorpusFormulas.all + SpecFormulas.display {
            let root = MathParser.parse(tex).root
            guard let lines = breaking.broken(root) else { continue }
            brokenCount += 1
            #expect(atoms(lines) == atoms(root), "\(tex) at \(maxWidth) em")
        }
        #expect(maxWidth > 8 || brokenCount >= 10, "only \(brokenCount) formulas broken at \(maxWidth) em")
    }
}
