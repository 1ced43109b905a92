import Document
import Testing

/// Number cells recognised and split where the decimal point stands, as both writers align them.
struct NumericCellTests {
    @Test(arguments: ["12", "−0.5", "3.1e-4", "1.2 × 10⁻³", "95.0%", " 7 ", "0.291 ± 0.156", "2.9 × 10⁻¹ ± 1.6 × 10⁻¹"])
    func numbersAreRecognised(text: String) {
        #expect(NumericCell.isNumber(text))
    }

    @Test(arguments: ["", "bptt", "0.5 s", "x = 2", "—", "e", "± 0.1", "0.3 ±", "1 ± 2 ± 3", "0.2 ± n/a"])
    func wordsAreNot(text: String) {
        #expect(!NumericCell.isNumber(text))
    }

    @Test func aColumnIsNumericOnlyWhenEveryCellIs() {
        let rows: [[[Inline]]] = [[[.text("a")], [.text("1.5")]], [[.text("b")], [.text("—")]]]
        #expect(!NumericCell.isNumericColumn(rows, column: 0))
        #expect(!NumericCell.isNumericColumn(rows, column: 1))
        #expect(NumericCell.isNumericColumn(Array(rows.prefix(1)), column: 1))
        #expect(!NumericCell.isNumericColumn(rows, column: 2), "a column past the row's end")
        #expect(!NumericCell.isNumericColumn([], column: 0))
    }

    @Test func cellsSplitAtTheirPointOrWhereTheMantissaEnds() {
        func split(_ cell: [Inline]) -> (String, String) {
            let parts = NumericCell.split(cell)
            return (InlineText.plain(parts.whole), InlineText.plain(parts.fraction))
        }
        #expect(split([.text("−12.25")]) == ("−12", ".25"))
        #expect(split([.text("40")]) == ("40", ""))
        #expect(split([.text("3e-4")]) == ("3", "e-4"))
        #expect(split([.text("95%")]) == ("95", "%"))
        #expect(split([.text("4.2 × 10"), .superscripted([.text("−7")])]) == ("4", ".2 × 10−7"))
        #expect(split([.text("4 × 10"), .superscripted([.text("−7")])]) == ("4", " × 10−7"))
        #expect(split([.text("  8.5")]) == ("  8", ".5"), "leading spaces stay with the whole part")
        #expect(split([.text("10"), .superscripted([.text("3")])]) == ("10", "3"), "a raised exponent starts the rest")
    }

    @Test func cellsWithASpreadSplitBeforeTheirPlusMinus() {
        func split(_ cell: [Inline]) -> (String, String) {
            let parts = NumericCell.split(cell)
            return (InlineText.plain(parts.whole), InlineText.plain(parts.fraction))
        }
        #expect(split([.text("1.18"), .text(" ± "), .text("0.655")]) == ("1.18", "\u{00A0}± 0.655"))
        let cell: [Inline] = [.text("2.91 × 10"), .superscripted([.text("−1")]), .text(" ± "), .text("1.56 × 10"), .superscripted([.text("−1")])]
        #expect(split(cell) == ("2.91 × 10−1", "\u{00A0}± 1.56 × 10−1"), "the mean's exponent stays before the ±")
        #expect(NumericCell.split(cell).whole.count == 2)
    }
}
