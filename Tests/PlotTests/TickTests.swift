import TestSupport
import Graphics
import Testing
@testable import Plot

@Suite struct TickTests {
    @Test func linearOneTwoFive() {
        let t = TickMaker.linear(0, 1, count: 6)
        #expect(t.map(\.value) == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(t.map(\.label) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        let u = TickMaker.linear(-13, 47, count: 7)
        #expect(u.map(\.label) == ["−10", "0", "10", "20", "30", "40"])
        let w = TickMaker.linear(0, 2000, count: 5)
        #expect(w.map(\.label) == ["0", "500", "1000", "1500", "2000"])
        // Every step is 1, 2 or 5 times a power of ten.
        for (lo, hi, n) in [(0.0, 7.3, 5), (-0.031, 0.02, 6), (1e3, 1e4, 4), (3.0, 3.001, 5)] {
            let v = TickMaker.linear(lo, hi, count: n).map(\.value)
            #expect(v.count >= 2 && v.count <= n, "\(lo)...\(hi): \(v)")
            let step = v[1] - v[0]
            let m = step / pow(10, floor(log10(step)))
            #expect([1.0, 2.0, 5.0].contains { abs($0 - m) < 1e-6 }, "step \(step)")
        }
    }

    @Test func scientificLabelsForLargeValues() {
        let t = TickMaker.linear(0, 3e6, count: 4)
        #expect(t.map(\.label) == ["0", "1×10^6", "2×10^6", "3×10^6"])
        #expect(t.map(\.source) == ["0", "$1\\times10^{6}$", "$2\\times10^{6}$", "$3\\times10^{6}$"])
        // Drawn with a raised, smaller exponent.
        let fig = Figure(Axes(marks: [LineMark(x: [0, 1], y: [0, 3e6])]))
        let canvas = RecordingCanvas(Size(fig.width.points, fig.height.points))
        fig.draw(on: canvas)
        #expect(canvas.texts.contains { $0.markup == "×" })
        #expect(canvas.texts.contains { $0.markup == "6" && $0.style.size < fig.style.tickLabelSize })
    }

    @Test func logDecades() {
        let t = TickMaker.log(1e-3, 1e2, count: 8)
        let majors = t.filter { !$0.isMinor }
        #expect(majors.map(\.label) == ["10^-3", "10^-2", "10^-1", "10^0", "10^1", "10^2"])
        #expect(majors.map(\.source) == ["$10^{-3}$", "$10^{-2}$", "$10^{-1}$", "$10^{0}$", "$10^{1}$", "$10^{2}$"])
        #expect(t.filter(\.isMinor).count == 5 * 8)
        // Too many decades for the room: every other decade, no minor ticks.
        let thin = TickMaker.log(1e-6, 1e6, count: 5)
        #expect(thin.map(\.label) == ["10^-6", "10^-3", "10^0", "10^3", "10^6"])
        // Less than two decades: 1-2-5 mantissas.
        let narrow = TickMaker.log(1.5, 60, count: 6).map(\.label)
        #expect(narrow == ["2", "5", "10", "20", "50"])
        // Inside one decade with no 1, 2 or 5 in it: 1-2-5 steps, still labelled.
        #expect(TickMaker.log(0.25, 0.45, count: 6).map(\.label) == ["0.3", "0.4"])
        #expect(TickMaker.log(6.2, 9.1, count: 6).map(\.label) == ["7", "8", "9"])
    }

    @Test func symlogDecadesBothSides() {
        let t = TickMaker.symlog(-1e4, 1e4, 1, count: 9).map(\.label)
        #expect(t.contains("0") && t.contains("10^4") && t.contains("−10^4"))
        #expect(TickMaker.symlog(-1e4, 1e4, 1, count: 9).map(\.source).contains("$−10^{4}$"))
        #expect(!t.contains("10^0"))  // the linear zone is labelled by 0 alone
        let s = Scale.symlog(linearWidth: 1)
        #expect(s.forward(0.5) == 0.5 && s.forward(100) == 3 && s.forward(-100) == -3)
        #expect(abs(s.inverse(s.forward(-37)) + 37) < 1e-9)
    }
}

import Foundation

@Suite struct DecadeStepTests {
    /// Symlog ticks mirror each other about 0 with one decade step on both sides.
    @Test func symlogTicksAreSymmetric() {
        let ticks = TickMaker.symlog(-2e4, 3e3, 0.1, count: 7)
        let positive = Set(ticks.filter { $0.value > 0 }.map { log10($0.value).rounded() })
        let negative = Set(ticks.filter { $0.value < 0 }.map { log10(-$0.value).rounded() })
        #expect(ticks.contains { $0.value == 0 })
        #expect(positive.isSubset(of: negative) && !positive.isEmpty)
        #expect(TickMaker.decadeStep(of: ticks.filter { $0.value > 0 }) == TickMaker.decadeStep(of: ticks.filter { $0.value < 0 }))
    }

    /// Decade steps are 1, 2, 3, 5, 10, ... and a crowded axis takes the next one up.
    @Test func decadeStepsAreNice() {
        #expect(Array(TickMaker.decadeSteps().prefix(8)) == [1, 2, 3, 5, 10, 20, 30, 50])
        let ks = Array(-30...0)
        let step = TickMaker.decadeStep(ks, count: 5)
        #expect(step == 10 && TickMaker.shown(ks, step) == [-30, -20, -10, 0])
    }

    /// Panels of one figure share the decade step of their log axes.
    @Test func onePanelStepPerFigure() {
        let t = (0...100).map { Double($0) }
        let wide = Axes(yScale: .log, marks: [LineMark(x: t, y: t.map { pow(10, -0.3 * $0) })])
        let narrow = Axes(yScale: .log, marks: [LineMark(x: t, y: t.map { pow(10, -0.05 * $0) })])
        let scene = Figure(width: .cm(16), height: .cm(6), rows: 1, columns: 2, panels: [wide, narrow]).scene()
        let step = try! #require(TickMaker.decadeStep(of: scene.panels[0].yTicks))
        #expect(step > 1)
        // The narrow panel labels only decades that are multiples of the wide panel's step.
        let narrowKs = scene.panels[1].yTicks.filter { !$0.isMinor }.map { Int(log10($0.value).rounded()) }
        #expect(!narrowKs.isEmpty && narrowKs.allSatisfy { $0 % step == 0 }, "\(narrowKs) step \(step)")
    }

    /// Text of neighbouring panels keeps 3 pt apart, and no text item overlaps another.
    @Test func neighbouringPanelsTextKeepsApart() {
        let x = (0...50).map { Double($0) * 2000 }
        let axes = Axes(xLabel: "$\\tau$", marks: [LineMark(x: x, y: x.map { $0 * $0 })])
        let scene = Figure(width: .cm(12), height: .cm(8), rows: 2, columns: 2, sharedY: true, panels: [axes, axes, axes, axes]).scene()
        #expect(scene.texts.count > 20)
        for (i, a) in scene.texts.enumerated() {
            for b in scene.texts[(i + 1)...] where a.panel != b.panel {
                #expect(a.gap(to: b) >= FigureLayout.panelTextGap - 1e-9, "\(a.source) and \(b.source): \(a.gap(to: b))")
            }
        }
        #expect((scene.smallestTextSize ?? 0) >= 6)
    }
}
