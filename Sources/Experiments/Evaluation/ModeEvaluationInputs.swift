import LinearRNN

/// Input conventions shared by the per-mode kinds: teachers and points as `(b, w, c)`,
/// algorithm lists such as `["tbptt", null, 3]`, and `alpha` defaulting to 1 (SPEC 1).
extension EvaluationInputs {
    /// `alpha` in (0, 1], 1 when absent.
    func leakOrOne() throws -> Double { has("alpha") ? try leak() : 1 }

    /// A `(b, w, c)` triple given as a list of three numbers.
    func modePoint(_ key: String) throws -> ModePoint {
        let values = try doubles(key)
        guard values.count == 3 else { throw LocatedError("\(kind): input '\(path).\(key)' must be a list (b, w, c) of 3 numbers") }
        return ModePoint(values)
    }

    /// A list of `(b, w, c)` triples.
    func modePoints(_ key: String) throws -> [ModePoint] {
        try list(key).map { item in
            guard let values = item.arrayValue?.compactMap(\.doubleValue), values.count == 3 else {
                throw LocatedError("\(kind): every item of '\(path).\(key)' must be a list (b, w, c) of 3 numbers")
            }
            return ModePoint(values)
        }
    }

    /// A point given by the separate keys `b`, `w`, `c` (with `suffix`, e.g. `_teacher`).
    func modePoint(suffix: String) throws -> ModePoint {
        ModePoint(b: try double("b" + suffix), w: try double("w" + suffix), c: try double("c" + suffix))
    }

    /// A per-mode problem from `b_teacher`, `w_teacher`, `c_teacher` (or a `teacher` triple),
    /// `alpha`, `T` and `loss`.
    func modeProblem(teacher: ModePoint? = nil) throws -> ModeProblem {
        ModeProblem(teacher: try teacher ?? modePoint(suffix: "_teacher"), alpha: try leakOrOne(),
                    horizon: try positiveInt("T"), loss: try lossSet())
    }

    /// Algorithms as `[name, f, K]` lists: `["bptt", null, 1]` -> `bptt`,
    /// `["tbptt", null, 3]` -> `tbptt_K3`, `["tbptt", null]` -> `tbptt` (K = 1),
    /// `["rflo", 0.5, 1]` -> `rflo_f0.5`.
    func algorithms(_ key: String = "algorithms") throws -> [(name: String, rule: ModeRule)] {
        try list(key).enumerated().map { i, item in
            let location = "\(path).\(key)[\(i)]"
            guard let parts = item.arrayValue, let name = parts.first?.stringValue else {
                throw LocatedError("\(kind): '\(location)' must be a list [name, f, K] with name bptt, tbptt or rflo")
            }
            switch name {
            case "bptt":
                return ("bptt", .bptt)
            case "tbptt":
                guard parts.count >= 3 else { return ("tbptt", .truncatedBPTT(horizon: 1)) }
                guard let k = parts[2].doubleValue, k >= 1, k == k.rounded(), k < 1e9 else {
                    throw LocatedError("\(kind): '\(location)[2]' (K) must be an integer >= 1")
                }
                return ("tbptt_K\(Int(k))", .truncatedBPTT(horizon: Int(k)))
            case "rflo":
                guard parts.count >= 2, let f = parts[1].doubleValue else {
                    throw LocatedError("\(kind): '\(location)[1]' must be the RFLO feedback gain f (a number)")
                }
                return ("rflo_f\(f)", .rflo(feedback: f))
            default:
                throw LocatedError("\(kind): unknown algorithm \"\(name)\" in '\(location)'; use bptt, tbptt or rflo")
            }
        }
    }
}

/// JSON shapes shared by the per-mode kinds.
enum ModeJSON {
    static func point(_ p: ModePoint) -> JSONValue { .numbers(p.components) }

    /// Eigenvalues as `[re, im]` pairs.
    static func eigenvalues(_ values: [ComplexValue]) -> JSONValue {
        .array(values.map { .numbers([$0.re, $0.im]) })
    }

    /// Nothing for a completed run; `diverged` (the reason) and `tau_stop` otherwise (SPEC 10).
    static func outcome(_ outcome: ODEOutcome) -> [(String, JSONValue)] {
        guard case let .diverged(time, reason) = outcome else { return [] }
        return [("diverged", .string(reason)), ("tau_stop", .number(time))]
    }

    /// Evaluates every object of `inputs.cases` and returns `{"cases": [...]}`; without
    /// `cases`, the inputs are one case and its outputs are returned unwrapped.
    static func perCase(_ inputs: EvaluationInputs, _ evaluate: (EvaluationInputs) throws -> JSONValue) throws -> JSONValue {
        guard inputs.has("cases") else { return try evaluate(inputs) }
        return .object([("cases", .array(try inputs.cases().map(evaluate)))])
    }
}
