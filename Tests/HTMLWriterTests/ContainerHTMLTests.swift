import Document
import Testing
@testable import HTMLWriter

/// Containers and listings in HTML: classes, ids, collapsible boxes, escaped content.
struct ContainerHTMLTests {
    let at = SourceLocation(file: "c.md", line: 1, column: 1)

    func html(_ block: Block) -> String { BlockHTML(chapter: 1).render(block) }

    @Test func admonitionsAndDropdowns() {
        let note = Container(kind: .warning, title: [.text("Mind <this>")], content: [.paragraph([.text("x")])], location: at)
        #expect(html(.container(note)) == """
            <div class="admonition tone-warn admonition-warning" role="note">
            <p class="container-title">Mind &lt;this&gt;</p>
            <div class="container-body">
            <p>x</p>
            </div></div>
            """)
        var dropdown = note
        dropdown.collapsible = true
        dropdown.open = true
        dropdown.id = "w-1"
        #expect(html(.container(dropdown)).hasPrefix(
            "<details class=\"admonition tone-warn admonition-warning\" id=\"w-1\" open><summary class=\"container-title\">Mind &lt;this&gt;</summary>"))
    }

    @Test func marginEpigraphAndDiv() {
        let margin = Container(kind: .margin, content: [.paragraph([.text("m")])], location: at)
        #expect(html(.container(margin)) == "<aside class=\"margin-note margin-margin\">\n<p>m</p>\n</aside>")
        let epigraph = Container(kind: .epigraph, content: [.paragraph([.text("q")])], location: at)
        #expect(html(.container(epigraph)) == "<blockquote class=\"epigraph\">\n<p>q</p>\n</blockquote>")
        let div = Container(kind: .div, classes: ["wide", "x"], id: "d", content: [.paragraph([.text("d")])], location: at)
        #expect(html(.container(div)) == "<div class=\"wide x\" id=\"d\">\n<p>d</p>\n</div>")
    }

    @Test func listingWithNumbersAndEmphasis() {
        let listing = Listing(language: "python", code: "a = 1\nb = <2>\n", caption: [.text("Cap")], id: "lst-a",
                              firstLineNumber: 9, emphasized: [2], location: at)
        #expect(html(.listing(listing)) == """
            <figure class="listing" id="lst-a">
            <figcaption>Cap</figcaption>
            <pre tabindex="0"><code class="language-python"><span class="line"><span class="lineno" aria-hidden="true">9</span>a = 1</span>
            <span class="line emphasized"><span class="lineno" aria-hidden="true">10</span>b = &lt;2&gt;</span></code></pre>
            </figure>
            """)
    }
}
