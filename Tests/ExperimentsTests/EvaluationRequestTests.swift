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
}
