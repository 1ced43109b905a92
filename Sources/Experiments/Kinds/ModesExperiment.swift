import LinearRNN

/// `kind: modes`: integrates the per-mode ODEs (SPEC 5.3) of an aligned problem for each
/// rule and records the `(b, w, c)` trajectory of every mode, the total and per-mode loss.
struct ModesExperiment: ExperimentKind {
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
            throw LocatedError("rule '\(frozen.label)': 'freeze_readout' applies to 'kind: train' only")
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

    var estimate: WorkEstimate {
        var dt: Double?
        if case let .rungeKutta(step) = integrator { dt = step }
        return .modeODE(runs: Double(rules.count), steps: WorkEstimate.odeSteps(tau: duration, dt: dt), stages: dt == nil ? 6 : 4,
                        modes: modes.problems.count, horizon: modes.problems[0].horizon, records: Double(records),
                        keys: ["tau"] + (dt == nil ? [] : ["dt"]) + ["teacher_modes", "T", "rules"])
    }

    func compute(progress: @escaping @Sendable (Int) -> Void) throws -> ModesResult {
        let counter = ProgressCounter(progress)
        let solutions = try ParallelJobs.run(rules.count) { [self] i in
            defer { counter.advance() }
            return integrate(modes.system(for: rules[i]))
        }
        let perRule = zip(rules, solutions).map { spec, run in (spec.label, Self.trajectory(system: run.0, solution: run.1)) }
        return ModesResult(tauEnd: duration, rules: Keyed(perRule))
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

    static func trajectory(system: MultiModeSystem, solution: ODESolution) -> ModesResult.Rule {
        let points = solution.samples.map { system.points($0.state) }
        let count = system.modes.count
        func series(_ value: (ModePoint) -> Double) -> [[Double]] { (0..<count).map { a in points.map { value($0[a]) } } }
        return ModesResult.Rule(
            tau: solution.samples.map(\.time), b: series(\.b), w: series(\.w), c: series(\.c),
            loss: solution.samples.map { system.loss($0.state) },
            modeLoss: (0..<count).map { a in points.map { system.modes[a].loss(at: $0[a]) } },
            final: system.points(solution.final.state).map(ModeCoordinates.init), diverged: TimeDivergence(solution.outcome))
    }

    func summary(of result: ModesResult) -> [String] {
        var lines = ["modes: \(modes.problems.count) mode(s), T = \(modes.problems[0].horizon), alpha = \(modes.problems[0].alpha), tau = \(duration)"]
        for (label, r) in result.rules.entries {
            let final = r.final.map { "(" + $0.components.map { Format.short($0) }.joined(separator: ", ") + ")" }
            var line = "  \(label): loss \(Format.short(r.loss.first)) -> \(Format.short(r.loss.last)); final modes \(final.joined(separator: " "))"
            if let diverged = r.diverged { line += "; DIVERGED: \(diverged.reason)" }
            lines.append(line)
        }
        return lines
    }
}

/// The result of `kind: modes`: per rule the solution of the per-mode ODEs, each mode's
/// `(b, w, c)` and loss, and the total loss.
public struct ModesResult: ExperimentResult {
    /// One rule's solution; `b`, `w`, `c` and `mode_loss` hold one series per mode.
    public struct Rule: Codable, Sendable {
        public let tau: [Double]
        public let b: [[Double]]
        public let w: [[Double]]
        public let c: [[Double]]
        public let loss: [Double]
        public let modeLoss: [[Double]]
        public let final: [ModeCoordinates]
        public let diverged: TimeDivergence?

        enum CodingKeys: String, CodingKey {
            case tau, b, w, c, loss, modeLoss = "mode_loss", final, diverged
        }
    }

    public static let kind = "modes"
    public private(set) var kind = ModesResult.kind
    public let tauEnd: Double
    public let rules: Keyed<Rule>

    enum CodingKeys: String, CodingKey {
        case kind, tauEnd = "tau_end", rules
    }

    public var failure: ExperimentFailure? { ExperimentFailure.first(in: rules) { $0.diverged } }
}
