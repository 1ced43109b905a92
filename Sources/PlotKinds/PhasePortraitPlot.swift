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
        let experiments = try flowFields(o)
        let rules = try o.ruleKeys(experiments[0].result.rules, experiment: experiments[0].id)
        var panels: [Axes] = []
        for (row, (experiment, result)) in experiments.enumerated() {
            for rule in rules where result.rules[rule] == nil {
                throw LocatedError("experiment '\(experiment)' has no rule '\(rule)'; rules: \(result.rules.keys.joined(separator: ", "))",
                                option: "experiments")
            }
            for (column, rule) in rules.enumerated() {
                var axes = Axes(title: row == 0 ? RuleStyle.displayName(rule) : nil,
                                xLabel: "$b$", yLabel: "$c$  ($w = \(Format.short(result.w))$)", legend: .hidden)
                try draw(rule, of: experiment, result, into: &axes, color: Palette.color(for: RuleStyle.displayName(rule), index: column))
                PlotRequest.optimumBranches(result.optimum, dash: result.optimumInPlane ? .solid : .dashed).forEach { axes.add($0) }
                markOrigin(result.rules[rule]!, result, into: &axes)
                panels.append(axes)
            }
        }
        let cell = 16.0 / Double(rules.count)
        return Figure(width: .cm(16), height: .cm(Double(experiments.count) * cell * 0.92 + 0.6), rows: experiments.count,
                      columns: rules.count, sharedX: true, sharedY: true, panels: panels)
    }

    private func flowFields(_ o: PlotRequest) throws -> [(id: String, result: FlowFieldResult)] {
        guard let list = o.string("experiments") else {
            return [try o.experiment(FlowFieldResult.self)]
        }
        return try PlotRequest.split(list).map { id in
            let json = try o.result(of: id, option: "experiments")
            guard json["kind"] == .string(FlowFieldResult.kind) else {
                throw LocatedError("this figure needs 'flow_field' experiments; '\(id)' is a '\(json["kind"]?.stringValue ?? "unknown")' experiment",
                                option: "experiments")
            }
            return (id, try o.typed(FlowFieldResult.self, json, id: id, option: "experiments"))
        }
    }

    /// Streamlines of `(db, dc)`; `db[i][j]` is at `(b[j], c[i])`.
    private func draw(_ rule: String, of experiment: String, _ result: FlowFieldResult, into axes: inout Axes, color: Color) throws {
        let b = result.b, c = result.c
        let db = result.rules[rule]!.db.flatMap { $0 }, dc = result.rules[rule]!.dc.flatMap { $0 }
        guard db.count == b.count * c.count, dc.count == db.count else {
            throw LocatedError("'\(experiment).rules.\(rule)': db and dc do not match the \(b.count) x \(c.count) grid")
        }
        let field = VectorField(u: Grid(xs: b, ys: c, values: db), v: Grid(xs: b, ys: c, values: dc))
        axes.add(StreamlineMark(field: field, color: Palette.tint(color, share: 0.2), density: 10, width: 0.7))
    }

    /// `Z` is a saddle of BPTT and tBPTT; RFLO crosses it along its drive `(db, dc)` at `Z`.
    private func markOrigin(_ rule: FlowFieldResult.Rule, _ result: FlowFieldResult, into axes: inout Axes) {
        let drive = rule.updateAtZ
        let norm = hypot(drive.b, drive.c)
        if norm > 0 {
            let length = 0.3 * ((result.b.last ?? 1) - (result.b.first ?? 0))
            axes.add(AnnotationMark("", at: (0, 0), arrowTo: (length * drive.b / norm, length * drive.c / norm), color: .black))
            axes.add(AnnotationMark("$Z$", at: (0, 0), anchor: TextAnchor(.right, .top), color: .black))
        } else {
            axes.add(FixedPointMark(x: [0], y: [0], stability: [.saddle], size: 6))
        }
    }
}
