import Document
import Testing

/// Colon fences, admonitions, Quarto callouts, divs, margin notes and listings, parsed into
/// containers at parse time with their content's directives kept for the engine.
struct ContainerTests {
    func parse(_ source: String) -> (String, [String]) {
        let (chapter, diagnostics) = MarkdownParser(file: "c.md").parse(source, number: 1)
        return (TreeDump.blocks(chapter.blocks),
                diagnostics.map { "\($0.location.line):\($0.location.column) \($0.severity.rawValue): \($0.message)" })
    }

    @Test func backtickAndColonAdmonitionsAreTheSame() {
        let backtick = parse("```{note}\nSome *text*.\n```")
        let colon = parse(":::{note}\nSome *text*.\n:::")
        #expect(backtick.0 == "box:note{}[Note](para[Some _text_.])@1")
        #expect(colon.0 == backtick.0)
        #expect(colon.1.isEmpty)
    }

    @Test func everyAdmonitionKindHasItsTitle() {
        for (name, title) in [("tip", "Tip"), ("important", "Important"), ("warning", "Warning"), ("caution", "Caution"),
                              ("attention", "Attention"), ("danger", "Danger"), ("error", "Error"), ("hint", "Hint"),
                              ("seealso", "See also")] {
            #expect(parse(":::{\(name)}\nx\n:::").0 == "box:\(name){}[\(title)](para[x])@1")
        }
        #expect(parse("```{warning} Mind the *gap*\nx\n```").0 == "box:warning{}[Mind the _gap_](para[x])@1")
    }

    @Test func admonitionWithTitleClassAndDropdown() {
        #expect(parse("```{admonition} Heads up\n:class: tip\nx\n```").0 == "box:tip{}[Heads up](para[x])@1")
        #expect(parse(":::{note}\n:class: dropdown\nx\n:::").0 == "box:note+closed{}[Note](para[x])@1")
        #expect(parse(":::{dropdown} More\n:open:\nx\n:::").0 == "box:dropdown+open{}[More](para[x])@1")
        let (_, problems) = parse("```{admonition}\n:colour: red\nx\n```")
        #expect(problems == ["2:1 warning: option ':colour:' is not used by {admonition}; it is ignored",
                             "1:1 warning: {admonition} needs a title (```{admonition} Title```)"])
    }

    @Test func nestedDirectivesStayDirectivesWithTheirLines() {
        let source = """
            ::::{note}
            Intro.

            ```{figure} fig-x
            :experiment: e
            Caption.
            ```

            :::{tip}
            Inner.
            :::
            ::::
            """
        let (tree, problems) = parse(source)
        #expect(tree == "box:note{}[Note](para[Intro.]\ndir:figure[fig-x]{experiment=e}<Caption.>@4:6\nbox:tip{}[Tip](para[Inner.])@9)@1")
        #expect(problems.isEmpty)
    }

    @Test func pandocNestingWithEqualFences() {
        let (tree, problems) = parse("::: {.a}\n::: {.b}\nx\n:::\n:::\nafter")
        #expect(tree == "box:div{.a}[](box:div{.b}[](para[x])@2)@1\npara[after]")
        #expect(problems.isEmpty)
    }

    @Test func quartoCallouts() {
        #expect(parse("::: {.callout-tip title=\"Try *this*\"}\nx\n:::").0 == "box:tip{}[Try _this_](para[x])@1")
        #expect(parse("::: {.callout-warning collapse=\"true\"}\n## Careful\nx\n:::").0 == "box:warning+closed{}[Careful](para[x])@1")
        #expect(parse("::: {.callout-note collapse=false}\nx\n:::").0 == "box:note+open{}[Note](para[x])@1")
    }

    @Test func divsKeepValidClassesAndIds() {
        #expect(parse("::: {.wide #intro}\nx\n:::").0 == "box:div{.wide #intro}[](para[x])@1")
        #expect(parse("::: Warning ::::\nx\n:::").0 == "box:div{.Warning}[](para[x])@1")
        #expect(parse(":::{div}\n:class: a b\nx\n:::").0 == "box:div{.a .b}[](para[x])@1")
        let (tree, problems) = parse("```{div}\n:class: ok bad<x>\nx\n```")
        #expect(tree == "box:div{.ok}[](para[x])@1")
        #expect(problems == ["1:1 warning: class 'bad<x>' may contain only letters, digits, '-', '_', ':' and '.'; it is dropped"])
    }

    @Test func marginNotesAndEpigraphs() {
        #expect(parse(":::{margin}\nBeside.\n:::").0 == "box:margin{}[](para[Beside.])@1")
        #expect(parse("```{aside}\nx\n```").0 == "box:aside{}[](para[x])@1")
        #expect(parse("```{sidebar} Title\nx\n```").0 == "box:sidebar{}[Title](para[x])@1")
        #expect(parse(":::{epigraph}\nWords.\n\n-- Someone\n:::").0 == "box:epigraph{}[](para[Words.]\npara[– Someone])@1")
    }

    @Test func leakedColonLinesAreWarnings() {
        let (tree, problems) = parse("Text.\n\n:::\n\n:::{note}\nnever closed")
        #expect(tree == "para[Text.]\npara[:::]\nbox:note{}[Note](para[never closed])@5")
        #expect(problems == ["3:1 warning: ':::' closes no open fence; it is shown as text",
                             "5:1 warning: ':::{note}' is never closed; it runs to the end of the chapter"])
        let (_, opener) = parse("::: not a div\n")
        #expect(opener.count == 1 && opener[0].hasPrefix("1:1 warning: '::: not a div' opens no directive or div"))
    }

    @Test func colonFencesInsideCodeAreCode() {
        #expect(parse("````markdown\n:::{note}\nx\n:::\n````").0 == "code:markdown[:::{note}\nx\n:::\n]")
    }

    @Test func colonFencesWrapBacktickAndTildeCode() {
        let (tree, _) = parse(":::{note}\n~~~~\ncode\n~~~~\n:::")
        #expect(tree == "box:note{}[Note](code:[code\n])@1")
    }

    @Test func colonFenceDirectivesAreEngineDirectives() {
        #expect(parse(":::{claim} c1\n:check: e.x < 1\nHolds.\n:::").0 == "dir:claim[c1]{check=e.x < 1}<Holds.>@1:3")
    }

    @Test func problemsInsideContainersKeepTheirLines() {
        let (_, problems) = parse("Intro.\n\n:::{note}\nThe rate $\\mu is high.\n:::")
        #expect(problems == ["4:10 warning: unbalanced math: '$' is not closed on this line (write \\$ for a dollar sign)"])
    }

    @Test func codeBlocksWithOptions() {
        #expect(parse("```{code-block} python\n:caption: A *loop*\n:linenos:\n:emphasize-lines: 2,4-5\nfor i in x:\n    a\n    b\n    c\n    d\n```").0
                == "listing:python[for i in x:\n    a\n    b\n    c\n    d]{caption=A _loop_,start=1,emph=[2, 4, 5]}")
        #expect(parse("```python\n:lineno-start: 10\nx = 1\n```").0 == "listing:python[x = 1]{caption=,start=10,emph=[]}")
        #expect(parse("```python\nx = 1\n```").0 == "code:python[x = 1\n]")
        let (_, problems) = parse("```{code} c\n:emphasize-lines: 3\nx\n```")
        #expect(problems == ["2:1 warning: ':emphasize-lines:' part '3' is not a line or range of lines 1-1; it is ignored"])
    }

    @Test func deepNestingIsBounded() {
        var source = ""
        let depth = MarkdownParser.maxContainerDepth + 3
        for level in 0..<depth { source += String(repeating: ":", count: 3 + depth - level) + "{note}\n" }
        source += "deep\n"
        for level in (0..<depth).reversed() { source += String(repeating: ":", count: 3 + depth - level) + "\n" }
        let (_, problems) = parse(source)
        #expect(problems.count == 1 && problems[0].contains("containers nest more than"))
    }
}
