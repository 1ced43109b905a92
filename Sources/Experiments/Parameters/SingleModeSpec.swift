import Foundation
import LinearRNN

/// The single mode of the mode-level analysis kinds (setup M of SPEC 11 by default): `T`,
/// `alpha`, `loss` and the teacher `[b*, w*, c*]`.
struct SingleModeSpec: Sendable {
    let problem: ModeProblem

    /// Setup M's teacher.
    static let setupMTeacher: [Double] = [1, 0.8, 1]

    init(parameters p: ParameterMap) throws {
        let horizon = try p.int("T", allowed: "an integer from 2 to 10000", where: { $0 >= 2 && $0 <= 10_000 })
        let alpha = try p.double("alpha", default: 1, allowed: "a leak in (0, 1]", where: { $0 > 0 && $0 <= 1 })
        let loss = LossSet(rawValue: try p.choice("loss", LossSet.allCases.map(\.rawValue), default: "all"))!
        let teacher = try p.doubles("teacher", count: 3) ?? Self.setupMTeacher
        problem = ModeProblem(teacher: ModePoint(teacher), alpha: alpha, horizon: horizon, loss: loss)
        if problem.teacherGamma == 0 {
            throw p.error(at: p.node("teacher"), "'teacher' has b* c* = 0: the mode is absent; give b* and c* non-zero")
        }
    }

    /// The balanced point of `O` (`|b| = |c|`, `lambda = lambda_*`), where BPTT is slowest (SPEC 7.2).
    var balancedPoint: ModePoint { Self.balancedPoint(of: problem) }

    static func balancedPoint(of problem: ModeProblem) -> ModePoint {
        let b = (abs(problem.teacherGamma) / problem.alpha).squareRoot()
        return ModePoint(b: b, w: problem.teacher.w, c: problem.teacherGamma / (problem.alpha * b))
    }

    /// The point of `O` with input gain `b`: `(b, w*, gamma*/(alpha b))`.
    func optimumPoint(b: Double) -> ModePoint {
        ModePoint(b: b, w: problem.teacher.w, c: problem.teacherGamma / (problem.alpha * b))
    }

    /// The two branches (`b > 0`, `b < 0`) of the hyperbola `alpha c b = gamma*` inside the box
    /// `|b| <= bLimit`, `|c| <= cLimit`, `points` per branch.
    func optimumBranches(bLimit: Double, cLimit: Double, points: Int = 200) -> OptimumBranches {
        let product = problem.teacherGamma / problem.alpha
        let low = log(max(abs(product) / cLimit, 1e-12)), high = log(bLimit)
        func branch(_ sign: Double) -> OptimumBranches.Branch {
            let bs = high > low ? (0..<points).map { sign * exp(low + (high - low) * Double($0) / Double(points - 1)) } : []
            return OptimumBranches.Branch(b: bs, c: bs.map { product / $0 })
        }
        return OptimumBranches(positive: branch(1), negative: branch(-1))
    }
}

/// One entry of a mode-level experiment's `rules:` list: `bptt`, `tbptt` (with `K`), or
/// `rflo` (with its feedback gain `f`), each optionally with a `label`.
struct ModeRuleSpec: Sendable {
    let rule: ModeRule
    /// The key of this rule in the results.
    let label: String

    /// Reads `key`: names (`rflo` takes `defaultFeedback`) or mappings `{rule: rflo, f: 0.3}`.
    static func list(from p: ParameterMap, key: String = "rules", defaultFeedback: Double) throws -> [ModeRuleSpec] {
        let names = RuleSpec.names.joined(separator: ", ")
        guard let nodes = try p.list(key), !nodes.isEmpty else {
            throw LocatedError("missing '\(p.qualified(key))': a list of rules, each one of \(names)")
        }
        var specs: [ModeRuleSpec] = []
        for (i, node) in nodes.enumerated() {
            let path = "\(p.qualified(key))[\(i)]"
            let spec: ModeRuleSpec
            if let name = node.scalar?.string {
                guard let kind = RuleSpec.Kind(rawValue: name) else {
                    throw p.error(at: node, "'\(path)' is '\(name)'; a rule must be one of \(names) (or a mapping with 'rule:')")
                }
                let rule: ModeRule = switch kind {
                case .bptt: .bptt
                case .tbptt: .truncatedBPTT(horizon: 1)
                case .rflo: .rflo(feedback: defaultFeedback)
                }
                spec = ModeRuleSpec(rule: rule, label: kind.rawValue)
            } else {
                let map = try p.submap(node, path: path)
                let kind = RuleSpec.Kind(rawValue: try map.choice("rule", RuleSpec.names))!
                let rule: ModeRule
                var label = kind.rawValue
                switch kind {
                case .bptt: rule = .bptt
                case .tbptt:
                    let k = try map.int("K", default: 1, allowed: "an integer from 1 to 10000", where: { $0 >= 1 && $0 <= 10_000 })
                    rule = .truncatedBPTT(horizon: k)
                    if k != 1 { label += "_K\(k)" }
                case .rflo:
                    let f = try map.double("f", default: defaultFeedback, allowed: "a feedback gain != 0", where: { $0 != 0 && $0.isFinite })
                    rule = .rflo(feedback: f)
                    if map.has("f") { label += "_f" + Self.token(f) }
                }
                label = try map.identifier("label") ?? label
                try map.rejectUnknownKeys()
                spec = ModeRuleSpec(rule: rule, label: label)
            }
            if specs.contains(where: { $0.label == spec.label }) {
                throw p.error(at: node, "two rules are labelled '\(spec.label)'; give one a different 'label:'")
            }
            specs.append(spec)
        }
        return specs
    }

    /// A number as a JSON-key-safe token: `0.7` -> `0p7`, `-0.5` -> `-0p5`.
    static func token(_ x: Double) -> String {
        String(format: "%g", x).replacingOccurrences(of: ".", with: "p").replacingOccurrences(of: "+", with: "")
    }

    /// RFLO's feedback gain, `nil` for the other rules.
    var feedback: Double? {
        if case let .rflo(f) = rule { return f }
        return nil
    }
}
