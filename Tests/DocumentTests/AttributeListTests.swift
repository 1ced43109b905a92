import Document
import Testing

/// Pandoc attribute lists, as Quarto documents write them.
struct AttributeListTests {
    @Test func idClassesAndPairs() throws {
        let a = try #require(AttributeList.parse(#"{#fig-x .wide .callout-note width=60% title="Two words" alt='single quoted'}"#))
        #expect(a.id == "fig-x")
        #expect(a.classes == ["wide", "callout-note"])
        #expect(a.value("width") == "60%")
        #expect(a.value("title") == "Two words")
        #expect(a.value("alt") == "single quoted")
        #expect(a.pairs.count == 3)
    }

    @Test func dashMeansUnnumbered() {
        #expect(AttributeList.parse("{-}")?.classes == ["unnumbered"])
        #expect(AttributeList.parse("{#sec-a -}") == AttributeList(id: "sec-a", classes: ["unnumbered"]))
    }

    @Test func notAnAttributeList() {
        #expect(AttributeList.parse("{x + y}") == nil)
        #expect(AttributeList.parse("{#a #b}") == nil)
        #expect(AttributeList.parse("{title=\"open}") == nil)
        #expect(AttributeList.parse("no braces") == nil)
    }

    @Test func trailingListIsSplitOff() throws {
        let (before, attributes) = try #require(AttributeList.trailing("Results {#sec-r .unnumbered}"))
        #expect(before == "Results")
        #expect(attributes.id == "sec-r")
        #expect(AttributeList.trailing("Set {x}") == nil)
    }
}
