import Document
import Testing

/// Parses and resolves a one-chapter book: the paragraphs' plain text and the diagnostics.
func resolvedText(_ markdown: String, bib: String = "") -> (paragraphs: [String], book: Book) {
    let (chapter, parseDiagnostics) = MarkdownParser(file: "c.md").parse(markdown, number: 2)
    let (entries, bibDiagnostics) = BibliographyParser.parse(bib, file: "references.bib")
    let book = Resolver.resolve(Book(title: "T", chapters: [chapter], bibliography: entries,
                                     diagnostics: parseDiagnostics + bibDiagnostics))
    let paragraphs = book.chapters[0].blocks.collect { block -> String? in
        if case let .paragraph(inlines) = block { return InlineText.plain(inlines) }
        return nil
    }
    return (paragraphs, book)
}

/// MyST targets and references, Quarto reference forms, `{math}`, `$$ $$ (label)` and `\label`.
struct ReferenceSyntaxTests {
    @Test func targetLabelsTheNextHeadingAndEquation() {
        let (text, book) = resolvedText("""
        # Chapter

        (intro)=
        ## Introduction

        (energy)=
        $$
        E = mc^2
        $$

        See [](#intro), {ref}`intro`, {numref}`intro`, {ref}`the start <intro>`, [this part](#intro), and [](#energy).
        """)
        #expect(text.last == "See Introduction, Introduction, Section\u{A0}2.1, the start, this part, and Eq.\u{A0}(2.1).")
        let ids = book.chapters[0].blocks.collect { block -> String? in
            if case let .heading(h) = block { return h.id }
            if case let .displayMath(m) = block { return m.label }
            return nil
        }
        #expect(ids == ["chapter", "intro", "energy"])
        #expect(book.diagnostics.isEmpty)
    }

    @Test func rolesAndQuartoFormsFillInNumbers() {
        let (text, book) = resolvedText("""
        # Chapter

        ```{math}
        :label: eq-wave
        \\partial_t^2 u = c^2 u
        ```

        $$ a^2 + b^2 = c^2 $$ (pythagoras)

        $$
        \\int_0^1 f = F(1) \\label{eq-ftc}
        $$

        {eq}`eq-wave`; {numref}`Eq. %s <pythagoras>`; [Formula @eq-ftc]; [-@eq-ftc]; @eq-wave.
        """)
        #expect(text.last == "(2.1); Eq. 2.2; Formula\u{A0}(2.3); (2.3); Eq.\u{A0}(2.1).")
        #expect(book.diagnostics.isEmpty)
    }

    @Test func frontMatterPrefixesAreBookWide() {
        let (text, _) = resolvedText("""
        ---
        crossref: {eq-prefix: Equation, sec-prefix: §}
        ---
        # Chapter

        ## Part {#sec-part}

        $$ x $$ {#eq-x}

        @eq-x and @sec-part.
        """)
        #expect(text.last == "Equation\u{A0}(2.1) and §\u{A0}2.1.")
    }

    @Test func badTargetsAndReferencesArePositioned() {
        let (_, book) = resolvedText("""
        # Chapter

        (lonely)=

        Text with {ref}`missing` and {numref}`not a label!`.

        (para)=
        A paragraph.
        """)
        let messages = book.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.severity.rawValue): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("3:1 warning: target '(lonely)=' stands before a block that cannot be referenced") })
        #expect(messages.contains { $0.hasPrefix("7:1 warning: target '(para)=' stands before a paragraph") })
        #expect(messages.contains { $0.hasPrefix("5:11 error: unknown reference 'missing'") })
        #expect(messages.contains { $0.hasPrefix("5:30 error: {numref} needs a label") })
    }

    @Test func leakedCitationIsAWarning() {
        let (text, book) = resolvedText("A [@a p. 3 @b] leak.", bib: "@book{a, title={A}}\n@book{b, title={B}}")
        #expect(text == ["A [@a p. 3 @b] leak."] || text.first?.hasPrefix("A [") == true)
        #expect(book.diagnostics.contains { $0.severity == .warning && $0.message.contains("does not read as one") && $0.location.column == 3 })
    }
}

/// A target before a directive: an image figure gets it as `:label:`; an experiment figure
/// keeps its own id and a different target is a warning.
struct DirectiveTargetTests {
    @Test func imageFigureGetsTheLabelOption() {
        let (chapter, diagnostics) = MarkdownParser(file: "c.md").parse("""
        (fig-photo)=
        ```{figure} images/photo.png
        A photo.
        ```

        (fig-other)=
        ```{figure} fig-loss
        :experiment: e1
        ```
        """, number: 1)
        let directives = chapter.blocks.compactMap { block -> Directive? in
            if case let .directive(d) = block { return d }
            return nil
        }
        #expect(directives.map { $0.option("label")?.value } == ["fig-photo", nil])
        #expect(diagnostics.map { "\($0.location.line): \($0.message)" }
            == ["6: target '(fig-other)=' labels a block that already has the label 'fig-loss'; the target is ignored"])
    }
}
