import Foundation

/// The cross-checking interface behind `report eval`: takes `{"kind": K, "inputs": {...}}`
/// exactly as an entry of `reference-values.json` and computes `{"outputs": {...}}` with the
/// same keys, from the formulas of SPEC.md.
public enum ReferenceEvaluator {
    /// One evaluation per kind; each lives in its own file.
    static let kinds: [String: @Sendable (EvaluationInputs) throws -> JSONValue] = [
        "markov_loss": MarkovLossEvaluation.evaluate,
        "population_update": UpdateEvaluation.population,
        "sequence_update": UpdateEvaluation.sequence,
        "mode_update": ModeUpdateEvaluation.evaluate,
        "jacobian_optimum": ModeStabilityEvaluation.jacobianOptimum,
        "trace_det": ModeStabilityEvaluation.traceDeterminant,
        "bptt_closed_form": ModeStabilityEvaluation.bpttClosedForm,
        "k_sweep": ModeStabilityEvaluation.truncationSweep,
        "saddle": SaddleEvaluation.saddle,
        "sigma_roots": SaddleEvaluation.sigmaRoots,
        "rflo_window": SaddleEvaluation.rfloWindow,
        "ode_endpoint": ModeFlowEvaluation.odeEndpoint,
        "limit_point": ModeFlowEvaluation.limitPoint,
        "plateau": ModeFlowEvaluation.plateau,
        "excursion": ModeFlowEvaluation.excursion,
    ]

    public static var supportedKinds: [String] { kinds.keys.sorted() }

    /// Evaluates a request object and returns `{"outputs": ...}`.
    public static func evaluate(_ request: JSONValue) throws -> JSONValue {
        guard case .object = request else { throw LocatedError("the request must be a JSON object {\"kind\": ..., \"inputs\": {...}}") }
        guard let kind = request["kind"]?.stringValue else {
            throw LocatedError("missing \"kind\" (one of: \(supportedKinds.joined(separator: ", ")))")
        }
        guard let evaluation = kinds[kind] else {
            throw LocatedError("unknown kind \"\(kind)\"; supported kinds: \(supportedKinds.joined(separator: ", "))")
        }
        guard let inputs = request["inputs"], case .object = inputs else {
            throw LocatedError("\(kind): missing \"inputs\" object")
        }
        return .object([("outputs", try evaluation(EvaluationInputs(kind: kind, value: inputs)))])
    }

    /// Parses JSON text and evaluates it.
    public static func evaluate(json data: Data) throws -> JSONValue {
        let request: JSONValue
        do { request = try JSONValue.parse(data) } catch {
            throw LocatedError("the input is not valid JSON: \(error)")
        }
        return try evaluate(request)
    }
}
