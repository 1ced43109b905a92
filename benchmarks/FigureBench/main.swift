// figure-bench: the figure benchmark workload. A 4-panel figure (a line of 100,000 points,
// a 200 x 200 heatmap, a 30 x 30 vector field, three log-scale curves) rendered to SVG, PDF
// and PNG. Prints one JSON object: the best time per format over --repeat runs, in seconds.
// benchmarks/matplotlib_reference.py draws the same figure; benchmarks/figure_bench.py
// runs both and prints the ratios.
import Foundation
import Graphics
import Plot

var repeats = 5
var outDir: String? = nil
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--repeat": repeats = Int(args.popFirst() ?? "") ?? repeats
    case "--out": outDir = args.popFirst()
    default:
        FileHandle.standardError.write(Data("usage: figure-bench [--repeat N] [--out DIR]\n".utf8))
        exit(2)
    }
}

// The data (identical formulas in matplotlib_reference.py).
let n = 100_000
let lineX = (0..<n).map { Double($0) / Double(n) * 100 }
let lineY = lineX.map { sin($0) + 0.3 * sin(7.3 * $0) + 0.1 * sin(91.7 * $0) }
let heat = Grid(x: -3...3, y: -3...3, nx: 200, ny: 200) { x, y in sin(x * y) * exp(-(x * x + y * y) / 8) }
let field = VectorField(x: -2...2, y: -2...2, nx: 30, ny: 30) { x, y in (y, x - x * x * x - 0.4 * y) }
let steps = (1...1000).map(Double.init)
let curves = [0.002, 0.004, 0.008].map { r in steps.map { exp(-r * $0) + 1e-3 } }

@MainActor func makeFigure() -> Figure {
    let line = Axes(title: "100,000 points", xLabel: "$t$", yLabel: "$x(t)$", marks: [LineMark(x: lineX, y: lineY, width: 0.6)])
    let heatmap = Axes(title: "200 × 200 heatmap", xLabel: "$x$", yLabel: "$y$",
                       marks: [HeatmapMark(grid: heat, colorMap: .diverging, colorBarLabel: "$f(x, y)$")])
    let quiver = Axes(title: "30 × 30 vector field", xLabel: "$x_1$", yLabel: "$x_2$", marks: [VectorFieldMark(field: field)])
    let log = Axes(title: "learning curves", xLabel: "step", yLabel: "loss", yScale: .log, marks: [
        LineMark(x: steps, y: curves[0], label: "BPTT"), LineMark(x: steps, y: curves[1], label: "tBPTT"),
        LineMark(x: steps, y: curves[2], label: "RFLO"),
    ])
    return Figure(width: .cm(16), height: .cm(12), rows: 2, columns: 2, panels: [line, heatmap, quiver, log])
}

func best(_ repeats: Int, _ body: () throws -> Data) rethrows -> (Double, Data) {
    var bestTime = Double.infinity
    var last = Data()
    for _ in 0..<max(1, repeats) {
        let t0 = DispatchTime.now().uptimeNanoseconds
        last = try body()
        let t1 = DispatchTime.now().uptimeNanoseconds
        bestTime = min(bestTime, Double(t1 - t0) / 1e9)
    }
    return (bestTime, last)
}

do {
    // Each timed run builds the figure value and renders it.
    let (svgT, svg) = try best(repeats) { try makeFigure().svg(idPrefix: "bench-") }
    let (pdfT, pdf) = try best(repeats) { try makeFigure().pdf() }
    let (pngT, png) = try best(repeats) { try makeFigure().png(scale: 1) }
    if let outDir {
        let dir = URL(fileURLWithPath: outDir, isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try svg.write(to: dir.appendingPathComponent("figure-bench.svg"))
        try pdf.write(to: dir.appendingPathComponent("figure-bench.pdf"))
        try png.write(to: dir.appendingPathComponent("figure-bench.png"))
    }
    print("{\"svg\": \(svgT), \"pdf\": \(pdfT), \"png\": \(pngT), \"bytes\": {\"svg\": \(svg.count), \"pdf\": \(pdf.count), \"png\": \(png.count)}}")
} catch {
    FileHandle.standardError.write(Data("figure-bench: error: \(error)\n".utf8))
    exit(1)
}
