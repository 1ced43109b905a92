import ArgumentParser
import Engine
import Foundation
import Graphics
import Plot

/// `report gallery`: one figure of every mark and scale kind, as SVG, PDF and PNG, plus an
/// index page with every SVG inlined (which is how HTML reports will hold them, so it also
/// shows that the per-figure id prefixes keep the figures apart).
struct GalleryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gallery",
        abstract: "Render one figure of every mark and scale kind to SVG, PDF and PNG, with an index.html.")

    @Option(help: "Output directory.")
    var out: String = "output/gallery"

    func run() throws {
        let dir = URL(fileURLWithPath: out, isDirectory: true)
        let effects = SystemEffects()
        var rows: [String] = []
        for (name, caption, figure) in GalleryCommand.figures() {
            let svg = try figure.svg(idPrefix: "\(name)-")
            try effects.writeFileAtomically(svg, to: dir.appendingPathComponent("\(name).svg"))
            try effects.writeFileAtomically(figure.pdf(), to: dir.appendingPathComponent("\(name).pdf"))
            try effects.writeFileAtomically(figure.png(scale: 1), to: dir.appendingPathComponent("\(name).png"))
            try effects.writeFileAtomically(figure.png(scale: 2), to: dir.appendingPathComponent("\(name)@2x.png"))
            let warnings = figure.warnings
            let w = warnings.isEmpty ? "" : "<ul class=\"warn\">" + warnings.map { "<li>\(escape($0))</li>" }.joined() + "</ul>"
            rows.append("""
                <section id="\(name)"><h2>\(escape(name))</h2><p>\(escape(caption))</p>
                <figure role="img" aria-label="\(escape(caption))">\(SVGText.inlineable(svg))</figure>\(w)
                <p class="files"><a href="\(name).svg">SVG</a> · <a href="\(name).pdf">PDF</a> · \
                <a href="\(name).png">PNG</a> · <a href="\(name)@2x.png">PNG 2x</a></p></section>
                """)
            print("gallery: \(name)" + (warnings.isEmpty ? "" : " (\(warnings.count) warning\(warnings.count == 1 ? "" : "s"))"))
        }
        let html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Figure gallery</title>
            <style>body{font-family:sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem}
            figure{margin:0}figure svg{width:100%;height:auto;border:1px solid #ddd}.warn{color:#a33}.files{font-size:.9em}</style></head>
            <body><h1>Figure gallery</h1>
            \(rows.joined(separator: "\n"))
            </body></html>
            """
        try effects.writeFileAtomically(html, to: dir.appendingPathComponent("index.html"))
        print("gallery: wrote \(rows.count) figures to \(dir.path)")
    }

    private func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// A deterministic pseudo-random sequence (the gallery must give the same bytes each run).
    struct Noise {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53) - 0.5
        }
    }

    static func figures() -> [(String, String, Figure)] {
        var noise = Noise(state: 42)
        let steps = (0..<200).map { Double($0 * 10) }
        func curve(_ rate: Double, _ floor: Double) -> [Double] {
            steps.map { floor + exp(-rate * $0) * (1 + 0.08 * noise.next()) }
        }
        let bptt = curve(0.006, 1e-3), tbptt = curve(0.004, 4e-3), rflo = curve(0.0025, 1.5e-2)
        var lines = Axes(xLabel: "training step", yLabel: "loss $\\mathcal{L}$", yScale: .log)
        lines.add(BandMark(x: steps, lower: bptt.map { $0 * 0.8 }, upper: bptt.map { $0 * 1.25 }, label: nil))
        lines.add(LineMark(x: steps, y: bptt, label: "BPTT"))
        lines.add(LineMark(x: steps, y: tbptt, label: "tBPTT", dash: .dashed))
        lines.add(LineMark(x: steps, y: rflo, label: "RFLO", dash: .dotted))
        lines.add(ReferenceLineMark(.horizontal(1e-2), label: "target"))
        let markersX = (0..<12).map { Double($0) }
        var markers = Axes(xLabel: "$t$", yLabel: "$h_t$")
        for (k, shape) in [MarkerShape.circle, .square, .triangle, .diamond].enumerated() {
            markers.add(LineMark(x: markersX, y: markersX.map { sin(0.5 * $0 + Double(k)) + Double(k) * 0.3 },
                                 label: "\(shape)", marker: shape))
        }
        markers.legend = .outsideRight
        let f1 = Figure(width: .textWidth, height: .points(190), panels: [lines, markers])

        // Scatter and error bars.
        let sx = (0..<60).map { _ in noise.next() * 4 }
        let sy = sx.map { 0.8 * $0 + noise.next() }
        var scatter = Axes(title: "scatter", xLabel: "$w^*$", yLabel: "$\\hat{w}$")
        scatter.add(ScatterMark(x: sx, y: sy, label: "samples", opacity: 0.8))
        scatter.add(ReferenceLineMark(.diagonal(slope: 1, intercept: 0), label: "$y = x$"))
        let ex = (1...8).map(Double.init)
        var errors = Axes(title: "error bars", xLabel: "learning rate $\\eta$ ($10^{-3}$)", yLabel: "final loss")
        errors.add(ErrorBarMark(x: ex, y: ex.map { 1 / $0 + 0.1 }, error: ex.map { 0.05 + 0.02 * $0 }, label: "BPTT"))
        errors.add(ErrorBarMark(x: ex.map { $0 + 0.15 }, y: ex.map { 1.3 / $0 + 0.15 }, error: ex.map { 0.06 + 0.02 * $0 },
                                label: "RFLO", marker: .square))
        let f2 = Figure(width: .textWidth, height: .points(180), panels: [scatter, errors])

        // Singular-value spectra: stems on log y, bars.
        let sv = (1...20).map { 3 * exp(-0.35 * Double($0)) }
        var stems = Axes(title: "singular values", xLabel: "index $k$", yLabel: "$\\sigma_k$", yScale: .log)
        stems.add(StemMark(x: (1...20).map(Double.init), y: sv, label: "$W_{\\mathrm{rec}}$"))
        var bars = Axes(title: "bars", xLabel: "mode", yLabel: "variance explained (%)")
        bars.add(BarMark(x: (1...6).map(Double.init), height: [41, 23, 14, 9, 5, 3], label: "BPTT"))
        let f3 = Figure(width: .textWidth, height: .points(170), panels: [stems, bars])

        // Heatmaps: sequential and diverging, with colour bars.
        let g1 = Grid(x: -2...2, y: -2...2, nx: 200, ny: 200) { x, y in exp(-(x * x + y * y)) + 0.3 * exp(-((x - 1) * (x - 1) + (y + 1) * (y + 1)) * 4) }
        let g2 = Grid(x: 0...19, y: 0...19, nx: 20, ny: 20) { x, y in sin(x / 3) * cos(y / 4) }
        let h1 = Axes(title: "sequential", xLabel: "$x$", yLabel: "$y$",
                      marks: [HeatmapMark(grid: g1, colorBarLabel: "density")])
        let h2 = Axes(title: "diverging", xLabel: "presynaptic $j$", yLabel: "postsynaptic $i$",
                      marks: [HeatmapMark(grid: g2, colorMap: .diverging, colorBarLabel: "$\\Delta W_{ij}$")])
        let f4 = Figure(width: .textWidth, height: .points(190), panels: [h1, h2])

        // Phase portraits: vector field with nullclines and fixed points; streamlines.
        let field = VectorField(x: -2...2, y: -2...2, nx: 21, ny: 21) { x, y in (y, x - x * x * x - 0.4 * y) }
        let nullX = Grid(x: -2...2, y: -2...2, nx: 81, ny: 81) { _, y in y }
        let nullY = Grid(x: -2...2, y: -2...2, nx: 81, ny: 81) { x, y in x - x * x * x - 0.4 * y }
        var quiver = Axes(title: "vector field", xLabel: "$x_1$", yLabel: "$x_2$", legend: .lowerRight)
        quiver.add(VectorFieldMark(field: field))
        quiver.add(ContourMark(grid: nullX, levels: [0], label: "$\\dot x_1 = 0$", color: Palette.orange))
        quiver.add(ContourMark(grid: nullY, levels: [0], label: "$\\dot x_2 = 0$", color: Palette.reddishPurple))
        quiver.add(FixedPointMark(x: [-1, 0, 1], y: [0, 0, 0], stability: [.stable, .saddle, .stable], showsLegend: true))
        var stream = Axes(title: "streamlines", xLabel: "$x_1$", yLabel: "$x_2$")
        stream.add(StreamlineMark(field: field, color: Palette.blue))
        stream.add(FixedPointMark(x: [-1, 0, 1], y: [0, 0, 0], stability: [.stable, .saddle, .stable]))
        stream.add(FixedPointMark(x: [1.6], y: [1.6], stability: [.unstable]))
        let f5 = Figure(width: .textWidth, height: .points(200), panels: [quiver, stream])

        // Scales.
        let xs = (0...200).map { pow(10, -3 + 5 * Double($0) / 200) }
        let linear = Axes(title: "linear", xLabel: "$t$ (s)", yLabel: "$10^{3} \\cdot r$",
                          marks: [LineMark(x: xs.map { $0 * 20 }, y: xs.map { sqrt($0) * 1000 })])
        let logLog = Axes(title: "log–log", xLabel: "$\\eta$", yLabel: "error", xScale: .log, yScale: .log,
                          marks: [LineMark(x: xs, y: xs.map { 0.5 * pow($0, -0.7) }, label: "RFLO"),
                                  LineMark(x: xs, y: xs.map { 0.2 * pow($0, -0.5) }, label: "BPTT")])
        let sym = (0...200).map { -1000 + 10 * Double($0) }
        let symlog = Axes(title: "symlog", xLabel: "$x$", yLabel: "$x^3$", yScale: .symlog(linearWidth: 1),
                          marks: [LineMark(x: sym, y: sym.map { $0 * $0 * $0 / 1e3 })])
        let f6 = Figure(width: .textWidth, height: .points(170), panels: [linear, logLog, symlog])

        // Annotations and maths.
        let tt = (0...300).map { Double($0) / 30 }
        var ann = Axes(title: "annotations: $\\alpha$, $\\beta_2$, $w^*$, $10^{-3}$", xLabel: "time $t$ / $\\tau$",
                       yLabel: "$\\|W_{t} - W^*\\|_F$")
        ann.add(LineMark(x: tt, y: tt.map { exp(-0.4 * $0) * cos(2 * $0) }, label: "$e^{-t/\\tau}\\cos\\omega t$"))
        ann.add(AnnotationMark("first minimum", at: (x: 5.6, y: -0.45), arrowTo: (x: 1.62, y: -0.53)))
        ann.add(AnnotationMark("$\\rho(W) < 1$", at: (x: 7.5, y: 0.6)))
        ann.add(ReferenceLineMark(.horizontal(0), dash: .dotted))
        ann.add(ReferenceLineMark(.vertical(Double.pi / 2)))
        let f7 = Figure(Axes(title: nil, xLabel: ann.xLabel, yLabel: ann.yLabel, marks: ann.marks),
                        width: .cm(10), height: .cm(6), title: "Annotations: $\\alpha$, $\\beta_2$, $w^*$, $10^{-3}$")

        // Bad input: NaN gaps, empty data, non-positive on log.
        let gx = (0..<100).map(Double.init)
        let gy = gx.map { i -> Double in (30...40).contains(Int(i)) ? .nan : (i == 70 ? .infinity : sin(i / 10)) }
        let gaps = Axes(title: "NaN and ∞ gaps", xLabel: "$i$", yLabel: "$y$", marks: [LineMark(x: gx, y: gy)])
        let empty = Axes(title: "empty", xLabel: "$x$", yLabel: "$y$", marks: [LineMark(x: [], y: [])])
        let nonPos = Axes(title: "log, with $y \\le 0$", xLabel: "$x$", yLabel: "$y$", yScale: .log,
                          marks: [ScatterMark(x: gx, y: gx.map { $0 - 20 })])
        let f8 = Figure(width: .textWidth, height: .points(160), panels: [gaps, empty, nonPos])

        // Shared axes in a 2 x 2 grid.
        var shared: [Axes] = []
        for k in 0..<4 {
            let y = tt.map { exp(-0.2 * Double(k + 1) * $0) }
            shared.append(Axes(title: "$K = \(k + 1)$", xLabel: "$t$", yLabel: "$m(t)$",
                               marks: [LineMark(x: tt, y: y, label: ["BPTT", "tBPTT", "RFLO", "other"][k])]))
        }
        let f9 = Figure(width: .textWidth, height: .points(280), rows: 2, columns: 2, sharedX: true, sharedY: true, panels: shared)

        return [
            ("lines", "Lines with dashes and markers, a band, a reference line and legends; log y axis; one fixed colour per rule.", f1),
            ("scatter-errorbars", "Scatter with a diagonal reference line; error bars.", f2),
            ("stem-bar", "A singular-value spectrum as stems on a log axis; bars.", f3),
            ("heatmaps", "Heatmaps with colour bars: sequential (200 x 200) and diverging (20 x 20).", f4),
            ("phase-portraits", "Vector field, nullclines (contours at 0), fixed points (filled stable, half-filled saddle, open unstable); streamlines.", f5),
            ("scales", "Linear, log-log and symmetric-log scales.", f6),
            ("annotations", "Text and arrow annotations and maths in labels.", f7),
            ("bad-input", "NaN and infinite values leave gaps; empty data shows a note; non-positive values on a log axis are dropped with a warning.", f8),
            ("shared-axes", "A 2 x 2 grid with shared x and y axes.", f9),
        ]
    }
}
