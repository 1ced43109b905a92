import Document
import Testing

/// Ids of admonitions, divs and code listings as reference targets: `:name:`, `{#id}` and
/// `(label)=`; captioned listings numbered per chapter; duplicates are errors.
struct BlockTargetTests {
    @Test func containersAndListingsAreTargets() {
        let (text, book) = resolvedText("""
        # Chapter

        ```{note}
        :name: first-note
        Inside.
        ```

        :::{admonition} Watch the step size
        :label: step
        Careful.
        :::

        (later)=
        ```{tip}
        A tip.
        ```

        ::: {#plain-div}
        Divided.
        :::

        ```{code-block} python
        :caption: Training loop.
        :name: lst-loop
        for x in xs: step(x)
        ```

        (lst-bare)=
        ```{code-block} text
        plain
        ```

        See [](#first-note), {ref}`step`, @later, [the div](#plain-div), [](#lst-loop), {numref}`lst-loop`, [](#lst-bare).
        """)
        #expect(book.diagnostics.isEmpty, "\(book.diagnostics)")
        #expect(text.last == "See Note, Watch the step size, Tip, the div, Listing\u{A0}2.1, Listing\u{A0}2.1, lst-bare.")
        let listings = book.chapters[0].blocks.collect { block -> Listing? in
            if case let .listing(l) = block { return l }
            return nil
        }
        #expect(listings.map(\.number) == ["2.1", nil] && listings.map(\.id) == ["lst-loop", "lst-bare"])
        let ids = book.chapters[0].blocks.collect { block -> String? in
            if case let .container(c) = block { return c.id }
            return nil
        }
        #expect(ids == ["first-note", "step", "later", "plain-div"])
    }

    @Test func aDuplicateContainerIdIsAnError() {
        let (_, book) = resolvedText("""
        # Chapter

        ## Same {#same}

        ```{warning}
        :name: same
        Twice.
        ```

        ```{code-block} text
        :name: same
        code
        ```
        """)
        let duplicates = book.diagnostics.filter { $0.message.hasPrefix("duplicate label 'same'") }
        #expect(duplicates.map(\.location.line) == [5, 10])
        let ids = book.chapters[0].blocks.collect { block -> String? in
            if case let .container(c) = block { return c.id }
            if case let .listing(l) = block { return l.id }
            return nil
        }
        #expect(ids == ["same-1", "same-2"])
    }
}
