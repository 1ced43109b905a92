import Document
import MathLayout
import Testing
@testable import HTMLWriter

/// A display formula carries its measured width, and the stylesheet sets it at the size
/// that fits its box (at most its usual size, at least 0.6 em), so a long formula on a phone
/// shrinks instead of being cut.
struct EquationFitTests {
    @Test func widthsAreTheFacesAdvances() throws {
        // Pagella's digits are half an em wide; four of them with the 6 % margin.
        let digits = try #require(EquationFit.width(MathParser.parse("1111")))
        #expect(abs(digits - 4 * 0.5 * EquationFit.margin) < 0.011)
        // A formula twice as long is about twice as wide.
        let one = try #require(EquationFit.width(MathParser.parse("W h_{t-1} + B x_t")))
        let two = try #require(EquationFit.width(MathParser.parse("W h_{t-1} + B x_t + W h_{t-1} + B x_t")))
        #expect(two > 1.9 * one && two < 2.3 * one)
    }

    @Test func thePageLetsTheStylesheetFitIt() throws {
        let blocks: [Block] = [.displayMath(DisplayMath(tex: "1111", location: SourceLocation(file: "c.md", line: 1, column: 1)))]
        let html = HTMLWriter().render(ResolvedBook(Book(title: "T", chapters: [Chapter(file: "c.md", number: 1, frontMatter: FrontMatter(), blocks: blocks)])))
        let width = try #require(EquationFit.width(MathParser.parse("1111")))
        #expect(html.contains("<div class=\"equation-body\" tabindex=\"0\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\" style=\"--fit:clamp(.6em, calc(min(100vw - 2.5rem, 46rem) / \(width)), 1.05em)\">"))
        let numbered = try #require(EquationFit.style(MathParser.parse("1111"), numbered: true).split(separator: "\"").dropFirst().first)
        #expect(numbered == "--fit:clamp(.6em, calc((min(100vw - 2.5rem, 46rem) - 3.5rem) / \(width)), 1.05em)", "less the number's room")
        #expect(html.contains("max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem;"), "the column the fit assumes")
        #expect(html.contains(".equation-body > math { font-size: var(--fit, 1.05em); }"))
        #expect(!html.contains("class=\"lines\""), "a short formula has one form")
    }

    @Test func aLongFormulaHasAFormOnLinesForPhones() throws {
        let tex = #"a_1 + a_2 + a_3 = b_1 + b_2 + b_3, \qquad c_1 + c_2 + c_3 = d_1 + d_2 + d_3, \qquad e_1 + e_2 = f_1 + f_2"#
        #expect(try #require(EquationFit.width(MathParser.parse(tex))) > EquationFit.narrowFormAboveEm)
        let narrow = try #require(EquationFit.narrowForm(MathParser.parse(tex)))
        #expect(try #require(EquationFit.width(narrow)) <= EquationFit.narrowLineEm + 0.01, "every line fits the phone's line")
        let blocks: [Block] = [.displayMath(DisplayMath(tex: tex, location: SourceLocation(file: "c.md", line: 1, column: 1)))]
        let html = HTMLWriter().render(ResolvedBook(Book(title: "T", chapters: [Chapter(file: "c.md", number: 1, frontMatter: FrontMatter(), blocks: blocks)])))
        let body = try #require(html.range(of: "<div class=\"equation-body\"").map { String(html[$0.lowerBound...].prefix(while: { $0 != "\n" })) })
        #expect(body.components(separatedBy: "<math ").count == 3, "the formula on one line and on several")
        #expect(body.contains("display=\"block\" class=\"one-line\" style=\"--fit:"))
        #expect(body.contains("display=\"block\" class=\"lines\" style=\"--fit:"))
        #expect(body.contains("<mtable"), "the lines are a table's rows")
        #expect(html.contains(".equation-body > math.lines { display: none; }"), "wide screens show one line")
        #expect(html.contains("@media screen and (max-width: 40rem) {\n  .equation-body > math.one-line { display: none; } .equation-body > math.lines { display: block math; }"))
    }
}
