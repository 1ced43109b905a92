import Document
import HTMLWriter
import Testing

/// Number columns of a table aligned on the decimal point in the HTML, without script.
struct DecimalColumnHTMLTests {
    static func page(rows: [[[Inline]]]) -> String {
        let table = Table(id: "tbl-a", number: "1.1", caption: [.text("Numbers")], alignments: [.none, .right],
                          header: [[.text("rule")], [.text("loss")]], rows: rows)
        let chapter = Chapter(file: "c.md", number: 1, frontMatter: FrontMatter(), blocks: [.table(table)])
        return HTMLWriter().render(ResolvedBook(Book(title: "B", chapters: [chapter], bibliography: [], citedKeys: [])))
    }

    /// The widest fraction is " × 10" and a raised "−4": two spaces at 0.55 ch, × at 1.3, two
    /// digits, and − and 4 at 70 %: 6.01 ch, rounded up to 6.1.
    @Test func aNumberColumnSplitsEachCellIntoBoxesOfOneWidth() {
        let html = Self.page(rows: [[[.text("bptt")], [.text("12.5")]],
                                    [[.text("rflo")], [.text("0.125")]],
                                    [[.text("tbptt")], [.text("3 × 10"), .superscripted([.text("−4")])]]])
        #expect(html.contains("<td class=\"num\"><span class=\"whole\" style=\"min-width:2.0ch\">12</span>"
                              + "<span class=\"fraction\" style=\"min-width:6.1ch\">.5</span></td>"))
        #expect(html.contains("<span class=\"whole\" style=\"min-width:2.0ch\">0</span><span class=\"fraction\" style=\"min-width:6.1ch\">.125</span>"))
        #expect(html.contains("<span class=\"whole\" style=\"min-width:2.0ch\">3</span><span class=\"fraction\" style=\"min-width:6.1ch\"> × 10<sup>−4</sup></span>"))
        #expect(!html.contains("<td class=\"num\">bptt"), "the word column is left as it is")
        #expect(html.contains("<th>rule</th><th style=\"text-align:center\">loss</th>"), "the number column's header is centred over it")
        #expect(html.contains("td.num > .whole { text-align: right; }"))
    }

    @Test func aColumnWithOneWordIsNotAligned() {
        let html = Self.page(rows: [[[.text("bptt")], [.text("12.5")]], [[.text("rflo")], [.text("diverged")]]])
        #expect(!html.contains("class=\"num\""))
        #expect(html.contains("<td style=\"text-align:right\">12.5</td>"))
    }
}
