import Experiments
import Foundation
import Graphics
import Plot

/// `:plot: phase-portrait` (E4a): streamlines of `(db, dc)` in the `(b, c)` plane of
/// `flow_field` experiments, one row per experiment in `:experiments:` (one `w` each) and one
/// column per rule (`:rules:` picks and orders them). Each panel draws both branches of `O`
/// (dashed when the plane's `w` is not `w*`), the origin `Z` as a saddle for BPTT/tBPTT and,
/// for RFLO, an arrow along its drive at `Z`.
struct PhasePortraitPlot: PlotKind {
    let options = ["experiments", "rules"]

    func make(_ o: PlotRequest) throws -> Figure {
        let experiments = try experimentIDs(o)
        let rules = try o.ruleKeys(experiment: experiments[0])
        var panels: [Axes] = []
        for (row, experiment) in experiments.enumerated() {
            let available = try o.value("rules", experiment: experiment).objectValue?.map(\.0) ?? []
            for rule in rules where !available.contains(rule) {
                throw PlotError("experiment '\(experiment)' has no rule '\(rule)'; rules: \(available.joined(separator: ", "))",
                                option: "experiments")
            }
            let w = try o.number("w", in: experiment) ?? .nan
            let inPlane = try o.value("optimum_in_plane", experiment: experiment) == .bool(true)
            for (column, rule) in rules.enumerated() {
                var axes = Axes(title: row == 0 ? RuleStyle.displayName(rule) : nil,
                                xLabel: "$b$", yLabel: "$c$  ($w = \(Format.short(w))$)", legend: .hidden)
                try draw(rule, of: experiment, into: &axes, o, color: Palette.color(for: RuleStyle.displayName(rule), index: column))
                try o.optimumBranches(experiment: experiment, dash: inPlane ? .solid : .dashed).forEach { axes.add($0) }
                try markOrigin(rule, of: experiment, into: &axes, o)
                panels.append(axes)
            }
        }
        let cell = 16.0 / Double(rules.count)
        return Figure(width: .cm(16), height: .cm(Double(experiments.count) * cell * 0.92 + 0.6), rows: experiments.count,
                      columns: rules.count, sharedX: true, sharedY: true, panels: panels)
    }

    private func experimentIDs(_ o: PlotRequest) throws -> [String] {
        guard let list = o.string("experiments") else {
            return [try o.experiment(kind: "flow_field")]
        }
        let ids = PlotRequest.split(list)
        for id in ids {
            let found = try o.result(of: id, option: "experiments")["kind"]
            guard found == .string("flow_field") else {
                throw PlotError("this figure needs 'flow_field' experiments; '\(id)' is a '\(found?.stringValue ?? "unknown")' experiment",
                                option: "experiments")
            }
        }
        return ids
    }

    /// Streamlines of `(db, dc)`; `db[i][j]` is at `(b[j], c[i])`.
    private func draw(_ rule: String, of experiment: String, into axes: inout Axes, _ o: PlotRequest, color: Color) throws {
        let b = try o.numbers("b", in: experiment), c = try o.numbers("c", in: experiment)
        let db = try o.series("rules.\(rule).db", experiment: experiment).flatMap { $0 }
        let dc = try o.series("rules.\(rule).dc", experiment: experiment).flatMap { $0 }
        guard db.count == b.count * c.count, dc.count == db.count else {
            throw PlotError("'\(experiment).rules.\(rule)': db and dc do not match the \(b.count) x \(c.count) grid")
        }
        let field = VectorField(u: Grid(xs: b, ys: c, values: db), v: Grid(xs: b, ys: c, values: dc))
        axes.add(StreamlineMark(field: field, color: color.mixed(with: .white, 0.2), density: 10, width: 0.7))
    }

    /// `Z` is a saddle of BPTT and tBPTT; RFLO crosses it along its drive `(db, dc)` at `Z`.
    private func markOrigin(_ rule: String, of experiment: String, into axes: inout Axes, _ o: PlotRequest) throws {
        let drive = try o.numbers("rules.\(rule).update_at_Z", in: experiment)
        let norm = drive.count == 3 ? hypot(drive[0], drive[2]) : 0
        if norm > 0 {
            let b = try o.numbers("b", in: experiment)
            let length = 0.3 * ((b.last ?? 1) - (b.first ?? 0))
            axes.add(AnnotationMark("", at: (0, 0), arrowTo: (length * drive[0] / norm, length * drive[2] / norm), color: .black))
            axes.add(AnnotationMark("$Z$", at: (0, 0), anchor: TextAnchor(.right, .top), color: .black))
        } else {
            axes.add(FixedPointMark(x: [0], y: [0], stability: [.saddle], size: 6))
        }
    }
}
