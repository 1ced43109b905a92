import Graphics

/// The colour bar beside an axes that shows a colour scale (heatmaps): a gradient with a
/// frame, ticks and labels on the right, and the scale's label rotated beyond them.
extension FigureLayout {
    func drawColorBar(_ p: PanelLayout, _ cs: ColorScale, ink: Color) {
        let r = colorBarRect(p, cs)
        let n = 256
        var pixels = [UInt8](repeating: 255, count: n * 4)
        for k in 0..<n {
            let c = cs.map.color(at: 1 - Double(k) / Double(n - 1))
            pixels[k * 4] = UInt8((c.red * 255).rounded()); pixels[k * 4 + 1] = UInt8((c.green * 255).rounded())
            pixels[k * 4 + 2] = UInt8((c.blue * 255).rounded())
        }
        canvas.draw(RGBAImage(width: 1, height: n, pixels: pixels), in: r, smooth: true)
        canvas.stroke(Path(rect: r), color: ink, style: StrokeStyle(width: style.axisLineWidth))
        let span = cs.range.upperBound - cs.range.lowerBound
        var ticks = Path()
        var right = r.maxX + style.tickLength
        for t in p.colorBarTicks {
            let y = r.maxY - (t.value - cs.range.lowerBound) / span * r.height
            ticks.move(to: Point(r.maxX, y)); ticks.line(to: Point(r.maxX + style.tickLength, y))
            let text = label(t.source, style.tickLabelSize)
            typesetter.draw(text, at: Point(r.maxX + style.tickLength + 2, y), anchor: TextAnchor(.left, .center))
            right = max(right, r.maxX + style.tickLength + 2 + text.width)
        }
        canvas.stroke(ticks, color: ink, style: StrokeStyle(width: style.axisLineWidth))
        if let colorLabel = cs.label {
            typesetter.draw(label(colorLabel, style.labelSize), at: Point(right + 2.5, r.midY),
                            anchor: TextAnchor(.center, .top), rotation: Double.pi / 2)
        }
    }
}
