import Yams

/// An experiment declared by YAML (a chapter's `{experiment}` body or a file given to
/// `report run`): a pure function of its parameters that produces a JSON result.
public protocol Experiment: Sendable {
    /// The `kind:` value.
    static var kind: String { get }
    /// Total units of work, for progress displays.
    var workUnits: Int { get }
    /// Runs the experiment; `progress` receives the number of units done so far.
    func run(progress: @escaping @Sendable (Int) -> Void) throws -> JSONValue
    /// A few readable lines about a result of this experiment.
    func summary(of result: JSONValue) -> [String]
}

/// A typed result of one experiment kind, encoded with `JSONValueEncoder` into the JSON
/// that results export and result paths read (property order is key order).
public protocol ExperimentResult: Codable, Sendable {
    /// The `kind:` of the experiment that produces it (the result's `kind` key).
    static var kind: String { get }
    /// The first run recorded in the result that stopped early.
    var failure: ExperimentFailure? { get }
}

/// One kind of experiment: parsed from its parameters, computing its typed result.
protocol ExperimentKind: Experiment {
    associatedtype Result: ExperimentResult
    init(parameters: ParameterMap) throws
    /// The work and memory of a run, from the parameters alone.
    var estimate: WorkEstimate { get }
    func compute(progress: @escaping @Sendable (Int) -> Void) throws -> Result
    func summary(of result: Result) -> [String]
}

extension ExperimentKind {
    static var kind: String { Result.kind }

    func run(progress: @escaping @Sendable (Int) -> Void) throws -> JSONValue {
        try JSONValueEncoder().encode(compute(progress: progress))
    }

    func summary(of result: JSONValue) -> [String] {
        guard let typed = try? JSONValueDecoder().decode(Result.self, from: result) else { return [] }
        return summary(of: typed)
    }
}

/// Parses experiment YAML into the experiment of its `kind`.
public enum ExperimentParser {
    /// The kinds, one line each.
    static let all: [any ExperimentKind.Type] = [
        TrainExperiment.self,
        ModesExperiment.self,
        GradientChecksExperiment.self,
        FlowFieldExperiment.self,
        FixedPointsExperiment.self,
        PlateauExperiment.self,
        StabilityExperiment.self,
        ExcursionExperiment.self,
        RatesExperiment.self,
        TruncationExperiment.self,
        KernelsExperiment.self,
        SampledVsODEExperiment.self,
        AlignmentExperiment.self,
    ]

    static let kinds = Dictionary(uniqueKeysWithValues: all.map { ($0.kind, $0) })

    public static var supportedKinds: [String] { kinds.keys.sorted() }

    /// The result type of each kind, by `kind:` value.
    public static var resultTypes: [String: any ExperimentResult.Type] {
        kinds.mapValues { $0.resultType }
    }

    /// `lineOffset` is added to YAML line numbers so errors point into the enclosing file.
    /// An experiment with `sweep:` or `seeds:` is a `Sweep` of experiments of its kind.
    public static func parse(yaml: String, lineOffset: Int = 0) throws -> any Experiment {
        let node = try ParameterMap.compose(yaml: yaml, lineOffset: lineOffset)
        let kind = node.mapping?.first { $0.key.string == "kind" }?.value.string
        if let sweep = try SweepSpec.read(node, lineOffset: lineOffset, kindReadsSeeds: kind == SampledVsODEExperiment.kind) {
            return try Sweep(spec: sweep, lineOffset: lineOffset)
        }
        return try parse(node: node, lineOffset: lineOffset)
    }

    /// The experiment of one YAML mapping (without sweep keys).
    static func parse(node: Node, lineOffset: Int) throws -> any Experiment {
        let parameters = try ParameterMap(node: node, path: "", lineOffset: lineOffset)
        let kind = try parameters.choice("kind", supportedKinds)
        let allowLong = try parameters.bool("allow_long", default: false)
        let experiment = try kinds[kind]!.init(parameters: parameters)
        try parameters.rejectUnknownKeys()
        try experiment.estimate.check(parameters, allowLong: allowLong)
        return experiment
    }
}

extension ExperimentKind {
    static var resultType: any ExperimentResult.Type { Result.self }
}
