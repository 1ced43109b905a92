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

/// Parses experiment YAML into the experiment of its `kind`.
public enum ExperimentParser {
    static let kinds: [String: @Sendable (ParameterMap) throws -> any Experiment] = [
        TrainExperiment.kind: { try TrainExperiment(parameters: $0) },
        ModesExperiment.kind: { try ModesExperiment(parameters: $0) },
        GradientChecksExperiment.kind: { try GradientChecksExperiment(parameters: $0) },
        FlowFieldExperiment.kind: { try FlowFieldExperiment(parameters: $0) },
        FixedPointsExperiment.kind: { try FixedPointsExperiment(parameters: $0) },
        PlateauExperiment.kind: { try PlateauExperiment(parameters: $0) },
        StabilityExperiment.kind: { try StabilityExperiment(parameters: $0) },
        ExcursionExperiment.kind: { try ExcursionExperiment(parameters: $0) },
        RatesExperiment.kind: { try RatesExperiment(parameters: $0) },
        TruncationExperiment.kind: { try TruncationExperiment(parameters: $0) },
        KernelsExperiment.kind: { try KernelsExperiment(parameters: $0) },
        SampledVsODEExperiment.kind: { try SampledVsODEExperiment(parameters: $0) },
        AlignmentExperiment.kind: { try AlignmentExperiment(parameters: $0) },
    ]

    public static var supportedKinds: [String] { kinds.keys.sorted() }

    /// `lineOffset` is added to YAML line numbers so errors point into the enclosing file.
    public static func parse(yaml: String, lineOffset: Int = 0) throws -> any Experiment {
        let parameters = try ParameterMap.parse(yaml: yaml, lineOffset: lineOffset)
        let kind = try parameters.choice("kind", supportedKinds)
        let experiment = try kinds[kind]!(parameters)
        try parameters.rejectUnknownKeys()
        return experiment
    }
}
