import Experiments
import Foundation
import Graphics
import Plot

/// A series whose run stopped early: the `diverged` record (`{"step": n}` or `{"tau": t}`)
/// of the innermost object its result path goes through (`rules.bptt` for
/// `rules.bptt.loss`), and the mark that shows where.
enum StoppedRun {
    /// "stopped at step 120" or "stopped at $\tau = 0.35$"; nil when the run did not stop.
    static func note(path: String, experiment: String, results: [String: JSONValue]) -> String? {
        let parts = path.split(separator: ".").map(String.init)
        for count in stride(from: parts.count - 1, through: 1, by: -1) {
            let prefix = "\(experiment)." + parts[..<count].joined(separator: ".")
            guard let value = try? ResultPath(prefix).value(in: results), let record = value["diverged"], record != .null else { continue }
            let seed = record["seed"]?.doubleValue.map { " (seed \(Int($0)))" } ?? ""
            if let step = record["step"]?.doubleValue { return "stopped at step \(Int(step))\(seed)" }
            if let tau = record["tau"]?.doubleValue { return note(tau: tau) + seed }
            return "stopped early"
        }
        return nil
    }

    /// "stopped at $\tau = 0.35$", for an ODE run that stopped at `tau`.
    static func note(tau: Double) -> String { "stopped at $\\tau = \(String(format: "%.3g", tau))$" }

    /// The × of an ODE rule's curve when the rule stopped at `tau` (nil: it ran to the end),
    /// with the legend row "RFLO stopped at ..." when `labelled`.
    static func mark(stoppedAt tau: Double?, x: [Double], y: [Double], series: String, color: Color?,
                     labelled: Bool) -> StoppedMark? {
        guard let tau, var mark = mark(x: x, y: y, series: series, note: note(tau: tau), color: color) else { return nil }
        if !labelled { mark.label = nil }
        return mark
    }

    /// A × at the last point of the series where both coordinates are finite.
    static func mark(x: [Double], y: [Double], series: String?, note: String, color: Color?) -> StoppedMark? {
        guard let i = (0..<min(x.count, y.count)).last(where: { x[$0].isFinite && y[$0].isFinite }) else { return nil }
        return StoppedMark(x: x[i], y: y[i], label: [series, note].compactMap { $0 }.joined(separator: " "), color: color)
    }
}
