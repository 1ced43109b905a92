import Graphics

/// Finds solid lines that hide a line of another colour drawn earlier: over most of their
/// shared points the two lie within a fraction of a pixel of each other. The later line is
/// redrawn dashed so the one under it shows through the gaps, and its legend row (its own, or
/// a legend-only line of its colour) shows the dash, unless the line's `legendDash` says
/// otherwise. Lines without a legend row, lines much
/// thinner than the one under them (a thin line on a thick one shows already), lines with
/// their own dash, and axes with `distinguishCoincident` off are left as they are.
enum CoincidentLines {
    /// Two points closer than this (in points of the drawing) count as coinciding.
    static let tolerance = 0.4
    /// The share of the shared points that must coincide.
    static let share = 0.8

    /// The marks with each line that hides another dashed; `colors` are the axes' series colours
    /// (a line's own colour wins).
    static func distinguish(_ marks: [any Mark], colors series: [Color], in ctx: MarkContext) -> [any Mark] {
        let colors = zip(marks, series).map { mark, color in (mark as? LineMark)?.color ?? color }
        var out = marks
        var dashedColors: [Color] = []
        let legendOnly = marks.indices.filter { (marks[$0] as? LineMark).map { $0.x.isEmpty && $0.label != nil } ?? false }
        for j in marks.indices {
            guard var later = marks[j] as? LineMark, !later.x.isEmpty, later.dash == .solid else { continue }
            let listed = later.label != nil || legendOnly.contains { colors[$0] == colors[j] }
            guard listed else { continue }
            let width = later.width ?? ctx.style.lineWidth
            let hides = marks.indices.prefix(j).contains { i in
                guard let earlier = marks[i] as? LineMark, colors[i] != colors[j] else { return false }
                let under = earlier.width ?? ctx.style.lineWidth
                return under > 0 && width >= 0.75 * under && coincide(earlier, later, in: ctx)
            }
            if hides {
                later.dash = .dashed
                out[j] = later
                if later.label == nil { dashedColors.append(colors[j]) }
            }
        }
        for i in legendOnly where dashedColors.contains(colors[i]) {
            if var row = out[i] as? LineMark, row.dash == .solid { row.dash = .dashed; out[i] = row }
        }
        return out
    }

    /// Whether `b` lies on `a` at most of the x values they share.
    static func coincide(_ a: LineMark, _ b: LineMark, in ctx: MarkContext) -> Bool {
        var onA: [Double: Point] = [:]
        for i in 0..<min(a.x.count, a.y.count) {
            if let p = ctx.point(a.x[i], a.y[i]) { onA[a.x[i]] = p }
        }
        var shared = 0, close = 0
        for i in 0..<min(b.x.count, b.y.count) {
            guard let q = ctx.point(b.x[i], b.y[i]), let p = onA[b.x[i]] else { continue }
            shared += 1
            if abs(p.x - q.x) <= tolerance && abs(p.y - q.y) <= tolerance { close += 1 }
        }
        return shared >= 2 && Double(close) >= share * Double(shared)
    }
}
