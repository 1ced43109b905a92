import Experiments
import Graphics
import Plot

/// Marks shared by the figures of the single-mode `(b, c)` plane and by figures that show
/// several variants of one rule family.
extension PlotRequest {
    /// The two branches of the optimum hyperbola `O` of a result, as
    /// black lines; `dash` marks the branches when they lie outside the plotted plane.
    static func optimumBranches(_ optimum: OptimumBranches, dash: Dash = .solid) -> [LineMark] {
        [optimum.positive, optimum.negative].enumerated().map { index, branch in
            LineMark(x: branch.b, y: branch.c, label: index == 0 ? "$\\mathcal{O}$" : nil, color: .black, width: 0.9, dash: dash)
        }
    }

    /// A converging loss curve cut where it reaches the round-off floor: from the first point
    /// that is not positive, that lies below `lossFloor` of the largest value so far, or that
    /// does not fall although the loss is already below 1e-12 of that value. The ragged noise
    /// (and exact zeros) after it would otherwise hide the rate of convergence and look like
    /// a plateau. Such curves end in a filled circle, which `FloorNote` explains.
    static func withoutFloor(_ loss: [Double]) -> [Double] {
        var peak = 0.0
        for (i, y) in loss.enumerated() {
            peak = max(peak, y.isFinite ? y : 0)
            let stalls = i > 0 && y >= loss[i - 1] && loss[i - 1] < 1e-12 * peak
            if !(y > 0) || y < lossFloor * peak || stalls {
                return Array(loss[..<i]) + Array(repeating: .nan, count: loss.count - i)
            }
        }
        return loss
    }

    /// The share of its peak below which a loss curve is cut: double-precision round-off
    /// (about 1e-16 in the parameters, so about 1e-32 in a quadratic loss) stays well below
    /// it, and every loss axis spans at most 24 decades.
    static let lossFloor = 1e-24
}

extension RuleStyle {
    /// One colour per rule key: the family colour of `Palette.named`, shaded from dark to
    /// the family colour when a family has several variants (RFLO with f = 1, 0.5, 0.1),
    /// by `Palette.shade`.
    static func colors(_ keys: [String]) -> [String: Color] {
        let family = { (key: String) in String(key.split(separator: "_").first ?? "") }
        var result: [String: Color] = [:]
        for (index, key) in keys.enumerated() {
            let members = keys.filter { family($0) == family(key) }
            let base = Palette.color(for: displayName(key), index: index)
            guard members.count > 1, let rank = members.firstIndex(of: key) else { result[key] = base; continue }
            result[key] = Palette.shade(base, rank: rank, of: members.count)
        }
        return result
    }

    /// The feedback gain in a label such as `rflo_f0p1` (0.1) or `rflo_f-0p7`; nil without one.
    static func feedbackGain(_ key: String) -> Double? {
        key.split(separator: "_").dropFirst().lazy.compactMap { part in
            part.hasPrefix("f") ? Double(part.dropFirst().replacingOccurrences(of: "p", with: ".")) : nil
        }.first
    }
}
