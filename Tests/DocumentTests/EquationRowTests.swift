import Document
import MathLayout
import Testing

/// The rows of `align` and `gather` take chapter numbers with the other equations, `\notag`
/// rows none, `\tag` rows their tag; a row's `\label` is a target for `@eq-` references.
/// Inline math ends outside `\text{...}`, whose `$` opens math inside the text.
struct EquationRowTests {
    private func resolve(_ text: String) -> Book {
        let (chapter, _) = MarkdownParser(file: "c.md").parse(text, number: 2)
        return Resolver.resolve(Book(title: "T", chapters: [chapter]))
    }

    private func displays(_ book: Book) -> [DisplayMath] {
        book.chapters.collect { block -> DisplayMath? in
            if case let .displayMath(m) = block { return m }
            return nil
        }
    }

    @Test func alignRowsAreNumberedAndReferenceable() {
        let book = resolve("""
            $$ a = b $$ {#eq-first}

            $$
            \\begin{align}
            h &= W x \\label{eq-state} \\\\
            y &= C h \\notag \\\\
            L &= y^2 \\tag{L} \\label{eq-loss} \\\\
            z &= 0
            \\end{align}
            $$

            See @eq-state, @eq-loss and @eq-first.
            """)
        #expect(book.diagnostics == [])
        let rows = displays(book)[1].rows
        #expect(rows == [EquationRowNumber(number: "2.2", id: "eq-state"), EquationRowNumber(),
                         EquationRowNumber(number: "L", id: "eq-loss"), EquationRowNumber(number: "2.3")])
        let references = book.chapters.collect { block -> [String]? in
            guard case let .paragraph(inlines) = block else { return nil }
            return inlines.compactMap { if case let .reference(_, _, text) = $0 { return text }; return nil }
        }.flatMap { $0 }
        #expect(references == ["Eq.\u{00A0}(2.2)", "Eq.\u{00A0}(L)", "Eq.\u{00A0}(2.1)"])
    }

    @Test func starredAndUnnumberedEnvironmentsTakeNoNumber() {
        let book = resolve("""
            $$\\begin{gather*} a \\\\ b \\end{gather*}$$

            $$\\begin{aligned} a &= b \\end{aligned}$$

            $$\\begin{equation} E = m c^2 \\label{eq-e} \\end{equation}$$

            $$\\begin{gather} a \\\\ b \\end{gather}$$
            """)
        #expect(displays(book).map(\.rows) == [[], [], [EquationRowNumber(number: "2.1", id: "eq-e")],
                                                 [EquationRowNumber(number: "2.2"), EquationRowNumber(number: "2.3")]])
    }

    @Test func aDuplicateRowLabelIsReported() {
        let book = resolve("$$\\begin{align} a \\label{eq-a} \\\\ b \\label{eq-a} \\end{align}$$")
        #expect(book.diagnostics.map(\.message).contains { $0.contains("duplicate label 'eq-a'") })
    }

    @Test func inlineMathEndsOutsideTextWithMathInside() {
        let (chapter, diagnostics) = MarkdownParser(file: "c.md").parse(
            "Let $a \\text{ if $b$ holds, } c$ and $\\textbf{x $y$} + \\text{$}$ end.", number: 1)
        #expect(diagnostics == [])
        let formulas = chapter.blocks.collect { block -> [String]? in
            guard case let .paragraph(inlines) = block else { return nil }
            return inlines.compactMap { if case let .math(tex, _) = $0 { return tex }; return nil }
        }.flatMap { $0 }
        #expect(formulas == ["a \\text{ if $b$ holds, } c", "\\textbf{x $y$} + \\text{$}"])
    }
}
