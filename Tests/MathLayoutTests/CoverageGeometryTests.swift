import MathLayout
import Testing

/// Box geometry of the constructs added for papers, with fixed-width metrics.
struct CoverageGeometryTests {
    private let engine = MathLayoutEngine(metrics: FixedWidthMetrics())
    private let size = 10.0

    private func layout(_ tex: String, display: Bool = false) -> MathBox {
        engine.layout(MathParser.parse(tex), display: display, size: size)
    }

    @Test func binomialHasNoBarAndStretchedParentheses() throws {
        let box = layout("\\binom{n}{k}", display: true)
        #expect(box.rules.isEmpty)
        let n = try #require(box.run("n")), k = try #require(box.run("k"))
        #expect(n.bottom > k.top && n.x == k.x)
        #expect(try #require(box.run("(")).scaleY > 1)
    }

    @Test func subscriptGoesUnderThePrime() throws {
        for tex in ["x'^2_3", "x_3'^2"] {
            let box = layout(tex)
            let x = try #require(box.run("x")), prime = try #require(box.run("′"))
            let two = try #require(box.run("2")), three = try #require(box.run("3"))
            #expect(prime.x == x.right && prime.size == size, "\(tex)")
            #expect(three.x == x.right && three.y < 0, "\(tex): subscript under the prime")
            #expect(two.x >= prime.right && two.y > 0, "\(tex): superscript after the prime")
        }
    }

    @Test func scriptOnABracedGroupGoesAfterTheGroup() throws {
        let parsed = MathParser.parse("{\\mathbf W^{(l+1)}}^\\top")
        #expect(parsed.diagnostics == [])
        let box = layout("{\\mathbf W^{(l+1)}}^\\top")
        let top = try #require(box.run("⊤")), close = try #require(box.run(")"))
        #expect(top.x >= close.right)
    }

    @Test func starredOperatorNameTakesLimitsInDisplay() throws {
        let display = layout("\\operatorname*{arg\\,min}_{\\theta} L", display: true)
        let name = try #require(display.run("arg\u{2009}min")), theta = try #require(display.run("θ"))
        #expect(theta.top < name.bottom)
        #expect(abs((theta.x + theta.right) / 2 - (name.x + name.right) / 2) < 1e-9)
        let l = try #require(display.run("L"))
        #expect(l.x - name.right >= 3.0 / 18 * size - 1e-9, "thin space after the operator")
        let inline = layout("\\operatorname*{arg\\,min}_{\\theta} L")
        let inlineTheta = try #require(inline.run("θ")), inlineName = try #require(inline.run("arg\u{2009}min"))
        #expect(inlineTheta.x >= inlineName.right)
    }

    @Test func underbraceLabelSitsBelowTheBrace() throws {
        let box = layout("\\underbrace{a+b}_{n}", display: true)
        let a = try #require(box.run("a")), n = try #require(box.run("n"))
        let lowest = try #require(box.shapes.flatMap(\.elements).compactMap { element -> Double? in
            if case let .line(_, y) = element { return y }
            return nil
        }.min())
        #expect(lowest < a.bottom && n.top < lowest)
        #expect(n.size == 0.7 * size)
    }

    @Test func arrayDrawsItsRules() throws {
        let box = layout("\\begin{array}{c|c} a & b \\\\ \\hline c & d \\end{array}")
        let a = try #require(box.run("a")), b = try #require(box.run("b")), c = try #require(box.run("c"))
        let vertical = try #require(box.rules.first { $0.height > $0.width })
        let horizontal = try #require(box.rules.first { $0.width > $0.height })
        #expect(vertical.x > a.right && vertical.x < b.x)
        #expect(horizontal.y < a.bottom && horizontal.y > c.top)
    }

    @Test func alignColumnsMeetAtTheRelation() throws {
        let box = layout("\\begin{align} a &= b \\\\ 333 &= d \\end{align}", display: true)
        let equals = box.glyphs.filter { $0.text == "=" }
        #expect(equals.count == 2 && equals[0].x == equals[1].x)
        let a = try #require(box.run("a")), c = try #require(box.run("333"))
        #expect(a.right == c.right)
    }

    @Test func gatherCentresAndMultlineSpreads() throws {
        let gather = layout("\\begin{gather} a \\\\ 222 \\end{gather}", display: true)
        let a = try #require(gather.run("a")), b = try #require(gather.run("222"))
        #expect(abs((a.x + a.right) - (b.x + b.right)) < 1e-9)
        let multline = layout("\\begin{multline} a \\\\ 222 \\\\ c \\end{multline}", display: true)
        let first = try #require(multline.run("a")), last = try #require(multline.run("c"))
        #expect(first.x == 0 && abs(last.right - multline.width) < 1e-9)
    }

    @Test func extensibleArrowCoversItsLabels() throws {
        let box = layout("\\xrightarrow[\\text{below}]{f}")
        let arrow = try #require(box.run("→")), below = try #require(box.run("below"))
        #expect(arrow.right - arrow.x >= below.right - below.x)
        let f = try #require(box.run("f"))
        #expect(below.top < arrow.bottom && f.bottom > arrow.top)
    }

    @Test func phantomsSmashAndLapsChangeOnlyTheirExtents() {
        let full = layout("\\frac{a}{b}")
        let phantom = layout("\\phantom{\\frac{a}{b}}")
        #expect(phantom.glyphs.isEmpty && phantom.width == full.width && phantom.ascent == full.ascent)
        #expect(layout("\\hphantom{\\frac{a}{b}}").ascent == 0)
        #expect(layout("\\vphantom{\\frac{a}{b}}").width == 0)
        let smashed = layout("\\smash{\\frac{a}{b}}")
        #expect(smashed.ascent == 0 && smashed.descent == 0 && smashed.glyphs.count == 2)
        #expect(layout("\\mathllap{x}").width == 0)
        #expect(layout("\\mathllap{x}").run("x")?.x == -0.5 * size)
    }

    @Test func boxedAndColouredContent() throws {
        let boxed = layout("\\boxed{x}")
        #expect(boxed.rules.count == 4 && boxed.width > 0.5 * size)
        let colored = layout("\\textcolor{red}{x} + y")
        #expect(colored.run("x")?.color == MathColor(rgb: 0xFF0000) && colored.run("y")?.color == nil)
        let background = layout("\\colorbox{yellow}{z}")
        #expect(background.rules.first?.color == MathColor(rgb: 0xFFFF00))
    }

    @Test func textFacesAndSizes() throws {
        let box = layout("\\text{a \\textbf{b} \\small c}")
        #expect(try #require(box.run("b")).style == .bold)
        #expect(try #require(box.run("c")).size == 0.9 * size)
    }

    @Test func spacesAndKernsTakeTheirWidth() {
        #expect(abs(layout("\\hspace{2em}").width - 2 * size) < 1e-9)
        #expect(abs(layout("\\mkern18mu").width - size) < 1e-9)
        #expect(abs(layout("\\kern5pt").width - 0.5 * size) < 1e-9)
    }
}
