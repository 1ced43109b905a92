import LinearRNN

/// `kind: modes`: integrates the per-mode ODEs (SPEC 5.3) of an aligned problem for each
/// rule and records the `(b, w, c)` trajectory of every mode, the total and per-mode loss.
struct ModesExperiment: ExperimentKind {
    static let kind = "modes"

    enum Integrator: Sendable {
        case rungeKutta(step: Double)
        case adaptive(relativeTolerance: Double, absoluteTolerance: Double)
    }

    let modes: ModeSpec
    let rules: [RuleSpec]
    let duration: Double
    let records: Int
    let integrator: Integrator

    init(parameters p: ParameterMap) throws {
        modes = try ModeSpec(parameters: p)
        rules = try RuleSpec.list(from: p)
        if let frozen = rules.first(where: \.freezeReadout) {
            throw ExperimentError("rule '\(frozen.label)': 'freeze_readout' applies to 'kind: train' only")
        }
        duration = try p.double("tau", allowed: "a time > 0", where: { $0 > 0 && $0 <= 1e6 })
        records = try p.int("records", default: 200, allowed: "an integer from 1 to 100000", where: { $0 >= 1 && $0 <= 100_000 })
        let method = try p.choice("integrator", ["adaptive", "rk4"], default: "adaptive")
        if method == "rk4" {
            integrator = .rungeKutta(step: try p.double("dt", default: 1e-3, allowed: "a step > 0", where: { $0 > 0 }))
        } else {
            integrator = .adaptive(
                relativeTolerance: try p.double("rtol", default: 1e-10, allowed: "a tolerance > 0", where: { $0 > 0 }),
                absoluteTolerance: try p.double("atol", default: 1e-12, allowed: "a tolerance > 0", where: { $0 > 0 }))
        }
    }

    var workUnits: Int { rules.count }

    func run(progress: @escaping @Sendable (Int) -> Void) throws -> JSONValue {
        let counter = ProgressCounter(progress)
        let solutions = try ParallelJobs.run(rules.count) { [self] i in
            defer { counter.advance() }
            return integrate(modes.system(for: rules[i]))
        }
        var perRule: [(String, JSONValue)] = []
        for (spec, (system, solution)) in zip(rules, solutions) {
            perRule.append((spec.label, Self.trajectoryJSON(system: system, solution: solution)))
        }
        return .object([("kind", .string(Self.kind)), ("tau_end", .number(duration)), ("rules", .object(perRule))])
    }

    private func integrate(_ system: MultiModeSystem) -> (MultiModeSystem, ODESolution) {
        let start = MultiModeSystem.state(modes.initial)
        let guardian = system.divergenceGuard(initialLoss: system.loss(start))
        switch integrator {
        case let .rungeKutta(step):
            let steps = max(1, Int((duration / step).rounded()))
            let solver = RungeKutta4(step: step)
            return (system, solver.integrate(system.field, from: start, duration: duration,
                                             sampleEvery: max(1, steps / records), guard: guardian))
        case let .adaptive(rtol, atol):
            let times = (1...records).map { duration * Double($0) / Double(records) }
            let solver = DormandPrince45(relativeTolerance: rtol, absoluteTolerance: atol)
            return (system, solver.integrate(system.field, from: start, duration: duration, output: .times(times), guard: guardian))
        }
    }

    static func trajectoryJSON(system: MultiModeSystem, solution: ODESolution) -> JSONValue {
        let points = solution.samples.map { system.points($0.state) }
        let count = system.modes.count
        func series(_ value: (ModePoint) -> Double) -> JSONValue {
            .array((0..<count).map { a in .numbers(points.map { value($0[a]) }) })
        }
        var pairs: [(String, JSONValue)] = [
            ("tau", .numbers(solution.samples.map(\.time))),
            ("b", series(\.b)), ("w", series(\.w)), ("c", series(\.c)),
            ("loss", .numbers(solution.samples.map { system.loss($0.state) })),
            ("mode_loss", .array((0..<count).map { a in .numbers(points.map { system.modes[a].loss(at: $0[a]) }) })),
            ("final", .array(system.points(solution.final.state).map { .numbers($0.components) })),
        ]
        if case let .diverged(time, reason) = solution.outcome {
            pairs.append(("diverged", .object([("tau", .number(time)), ("reason", .string(reason))])))
        } else {
            pairs.append(("diverged", .null))
        }
        return .object(pairs)
    }

    func summary(of result: JSONValue) -> [String] {
        guard let rules = result["rules"]?.objectValue else { return [] }
        var lines = ["modes: \(modes.problems.count) mode(s), T = \(modes.problems[0].horizon), alpha = \(modes.problems[0].alpha), tau = \(duration)"]
        for (label, r) in rules {
            let loss = r["loss"]?.arrayValue?.compactMap(\.doubleValue) ?? []
            let final = (r["final"]?.arrayValue ?? []).map { point in
                "(" + (point.arrayValue ?? []).compactMap(\.doubleValue).map { Format.short($0) }.joined(separator: ", ") + ")"
            }
            var line = "  \(label): loss \(Format.short(loss.first)) -> \(Format.short(loss.last)); final modes \(final.joined(separator: " "))"
            if let reason = r["diverged"]?["reason"]?.stringValue { line += "; DIVERGED: \(reason)" }
            lines.append(line)
        }
        return lines
    }
}
