import TestSupport
import Testing
import Plot

@Suite struct MathTextTests {
    @Test func greekSubSuperscripts() {
        #expect(MathText.plain("$w^*$") == "w∗")
        #expect(MathText.plain("learning rate $\\eta$") == "learning rate η")
        #expect(MathText.plain("$10^{-3}$") == "10−3")
        #expect(MathText.plain("$W_{\\mathrm{rec}}$") == "Wrec")
        #expect(MathText.plain("$\\dot x_1$") == "ẋ1")
        #expect(MathText.plain("cost & <b>") == "cost & <b>")
    }

    @Test func markupUsesRaisedSpansNotRawTeX() {
        let m = MathText.markup("$w^*$, $\\sigma_k$", size: 8)
        #expect(m.contains("rise=\"2949\""))       // 0.36 * 8 pt in Pango units
        #expect(m.contains("rise=\"-1638\""))      // -0.2 * 8 pt
        #expect(!m.contains("<sup>") && !m.contains("<sub>"))
        #expect(!m.contains("\\") && !m.contains("$"))
        #expect(m.contains("<i>σ</i>"))
        #expect(MathText.markup("a < b & c", size: 8) == "a &lt; b &amp; c")
    }
}
