import Experiments
import Foundation
import Testing

/// `report eval`'s handling of requests: every kind of the reference file is supported, and
/// bad requests get one clear message.
struct EvaluationRequestTests {
    func message(_ json: String) -> String? {
        do {
            _ = try ReferenceEvaluator.evaluate(json: Data(json.utf8))
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func everyReferenceKindButPropertyIsSupported() throws {
        let kinds = Set(try ReferenceValuesTests.entries().compactMap { $0["kind"]?.stringValue })
        #expect(kinds.subtracting(["property"]).isSubset(of: Set(ReferenceEvaluator.supportedKinds)))
        #expect(ReferenceEvaluator.supportedKinds.count == 15)
    }

    @Test func missingInputNamesTheKey() throws {
        let m = try #require(message(#"{"kind": "rflo_window", "inputs": {"f": 0.1}}"#))
        #expect(m.contains("gamma"))
        let m2 = try #require(message(#"{"kind": "markov_loss", "inputs": {"alpha": 0.7}}"#))
        #expect(m2.contains("'inputs.T'"))
    }

    @Test func unknownKindListsTheSupportedOnes() throws {
        let m = try #require(message(#"{"kind": "hessian", "inputs": {}}"#))
        #expect(m.contains("unknown kind \"hessian\""))
        #expect(m.contains("markov_loss"))
    }

    @Test func malformedRequests() throws {
        #expect(try #require(message("{not json")).contains("not valid JSON"))
        #expect(try #require(message(#"{"inputs": {}}"#)).contains("missing \"kind\""))
        #expect(try #require(message(#"{"kind": "markov_loss"}"#)).contains("missing \"inputs\""))
        let wrongType = try #require(message(#"{"kind": "markov_loss", "inputs": {"alpha": "x"}}"#))
        #expect(wrongType.contains("must be a number"))
    }

    /// SPEC 10: the guard's scale is max(L_0, L_zero), so a start next to an optimum that climbs
    /// six decades is not stopped; a start with |lambda| > 3 still is.
    @Test func excursionNextToAnOptimumIsNotStopped() throws {
        func excursion(_ start: String) throws -> JSONValue {
            try ReferenceEvaluator.evaluate(json: Data(#"{"kind": "excursion", "inputs": {"teacher": [1, 0.8, 1], "init": \#(start), "f": 1, "alpha": 1, "T": 10, "loss": "all", "tau": 5}}"#.utf8))["outputs"] ?? .null
        }
        let near = try excursion("[-0.9997, 0.7997, -1]")
        let initial = try #require(near["loss_initial"]?.doubleValue), largest = try #require(near["loss_max"]?.doubleValue)
        #expect(initial < 2e-5 && largest / initial > 1e6)
        #expect(near["diverged"] == nil)
        #expect(try excursion("[1, 3.2, 1]")["diverged"] != nil)
    }
}
