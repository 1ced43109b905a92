/// What an experiment will cost, estimated from its parameters before it runs: arithmetic
/// operations (steps times the cost of a step, counted from the sizes), the bytes of its
/// largest arrays, and the keys that drive both. The parser refuses an experiment above the
/// memory budget, and one above the time budget unless it says `allow_long: true`.
struct WorkEstimate: Sendable {
    var operations: Double
    var bytes: Double
    /// The keys whose values drive the operations, most important first.
    var keys: [String]
    /// The keys whose values drive the bytes.
    var memoryKeys: [String]

    init(operations: Double, bytes: Double, keys: [String], memoryKeys: [String]? = nil) {
        self.operations = operations
        self.bytes = bytes
        self.keys = keys
        self.memoryKeys = memoryKeys ?? keys
    }

    /// Seconds per counted operation on the reference machine (2 cores): measured with
    /// `report render chapters --jobs 1` on the book, whose experiments this estimates at 0.8
    /// to 30 times their measured time (E11's population training: 0.78 s measured, 1.8 s
    /// estimated; E3: 3.2 s and 3.4 s); see docs/experiments.md.
    static let secondsPerOperation = 2e-10
    /// The run-time budget: ten minutes of the reference machine.
    static let budgetSeconds = 600.0
    /// The memory budget: 2 GB.
    static let budgetBytes = 2e9
    /// Adaptive integrators are budgeted this many steps per unit of `tau` (the book's
    /// Dormand-Prince runs take fewer).
    static let adaptiveStepsPerTau = 1000.0
    /// Operations per mode and per time step of `T` in one evaluation of a per-mode
    /// right-hand side (small arrays: the overhead dominates).
    static let modeEvaluation = 1000.0
    static let bytesPerNumber = 8.0

    var seconds: Double { operations * Self.secondsPerOperation }

    /// Per-mode ODE runs: `runs` integrations of `steps` steps, `stages` evaluations of a
    /// right-hand side costing `T` per mode, and `records` stored states.
    static func modeODE(runs: Double, steps: Double, stages: Double = 6, modes: Int = 1, horizon: Int,
                        records: Double, keys: [String]) -> WorkEstimate {
        WorkEstimate(operations: runs * steps * stages * Double(modes) * Double(horizon) * modeEvaluation,
                     bytes: runs * records * Double(3 * modes + 2) * bytesPerNumber, keys: keys)
    }

    /// `steps` of the adaptive integrator over `tau`, or of RK4 with step `dt`.
    static func odeSteps(tau: Double, dt: Double? = nil) -> Double {
        dt.map { tau / $0 } ?? tau * adaptiveStepsPerTau
    }

    /// Full-matrix training: `runs` runs of `steps` updates of an `N`-unit network over `T`
    /// steps, in population mode (`batch` nil: matrix powers) or on `batch` sequences, with
    /// `exactLosses` closed-form losses besides, and `records` recorded states.
    static func training(runs: Double, steps: Int, hidden: Int, inputs: Int, outputs: Int, horizon: Int,
                         batch: Int?, exactLosses: Double, records: Double, keys: [String], memoryKeys: [String]) -> WorkEstimate {
        let n = Double(hidden), t = Double(horizon), io = Double(inputs + outputs)
        // Matrix products per time step, plus a fixed cost per step (and per sequence step).
        let population = t * (n * n * (n + io) + 20_000)
        let perStep = batch.map { Double($0) * t * (12 * n * (n + io) + 1500) } ?? population
        let arrays = 4 * t * n * (n + io) + (batch.map { Double($0) * (t * (2 * n + io) + n * (n + Double(inputs))) } ?? 0)
        return WorkEstimate(operations: runs * (Double(steps) * perStep + exactLosses * population),
                            bytes: (arrays + runs * records * (3 * n + 4)) * bytesPerNumber, keys: keys, memoryKeys: memoryKeys)
    }

    static func + (a: WorkEstimate, b: WorkEstimate) -> WorkEstimate {
        WorkEstimate(operations: a.operations + b.operations, bytes: a.bytes + b.bytes,
                     keys: a.keys + b.keys.filter { !a.keys.contains($0) },
                     memoryKeys: a.memoryKeys + b.memoryKeys.filter { !a.memoryKeys.contains($0) })
    }

    /// Refuses an estimate above the budgets, at the first driving key present in `p`.
    func check(_ p: ParameterMap, allowLong: Bool) throws {
        func named(_ keys: [String]) -> String { keys.map { "'\($0)'" }.joined(separator: ", ") }
        if bytes > Self.budgetBytes {
            throw p.keyError(memoryKeys, "this experiment needs about \(Self.gigabytes(bytes)) GB of memory, above the limit of \(Self.gigabytes(Self.budgetBytes)) GB; lower \(named(memoryKeys))")
        }
        if seconds > Self.budgetSeconds && !allowLong {
            throw p.keyError(keys, "this experiment would run for about \(Self.minutes(seconds)) minutes, above the budget of \(Self.minutes(Self.budgetSeconds)) minutes; lower \(named(keys)), or add 'allow_long: true' to run it anyway")
        }
    }

    private static func gigabytes(_ bytes: Double) -> String { Format.short(bytes / 1e9) }
    private static func minutes(_ seconds: Double) -> String { Format.short(seconds / 60) }
}
