import Experiments
import Foundation
import Testing

/// Every entry of the science specification's `reference-values.json` (a copy in this test
/// target's resources; except the `property` kind, which holds thresholds) reproduced through
/// the same code path as `report eval`.
struct ReferenceValuesTests {
    static let file = Bundle.module.url(forResource: "reference-values", withExtension: "json")!

    static func entries() throws -> [JSONValue] {
        let data = try Data(contentsOf: file)
        return try JSONValue.parse(data)["entries"]?.arrayValue ?? []
    }

    static var entryIDs: [String] {
        ((try? entries()) ?? []).compactMap { entry in
            entry["kind"]?.stringValue == "property" ? nil : entry["id"]?.stringValue
        }
    }

    @Test func referenceFileIsPresent() throws {
        #expect(try Self.entries().count >= 16, "expected the reference file at \(Self.file.path)")
    }

    @Test(arguments: entryIDs)
    func entryIsReproduced(id: String) throws {
        let entry = try #require(try Self.entries().first { $0["id"]?.stringValue == id })
        let request = JSONValue.object([("kind", entry["kind"]!), ("inputs", entry["inputs"]!)])
        let result = try ReferenceEvaluator.evaluate(json: Data(request.serialized().utf8))
        let outputs = try #require(result["outputs"])
        let tolerance = ToleranceComparison(
            rel: entry["tolerance"]?["rel"]?.doubleValue ?? 0, abs: entry["tolerance"]?["abs"]?.doubleValue ?? 0)
        let mismatches = tolerance.mismatches(expected: entry["outputs"]!, actual: outputs, path: "outputs")
        #expect(mismatches.isEmpty, "\(id): \(mismatches.prefix(8).joined(separator: "\n"))")
    }
}

/// Compares a computed JSON tree with a reference one: numbers pass when
/// `|x - x_ref| <= abs + rel * |x_ref|`; lists under an `eigenvalues` key are multisets.
struct ToleranceComparison {
    let rel: Double
    let abs: Double

    func close(_ x: Double, _ reference: Double) -> Bool {
        Swift.abs(x - reference) <= abs + rel * Swift.abs(reference)
    }

    func mismatches(expected: JSONValue, actual: JSONValue, path: String) -> [String] {
        switch expected {
        case let .number(reference):
            guard let x = actual.doubleValue else { return ["\(path): expected a number, got \(actual.serialized())"] }
            return close(x, reference) ? [] : ["\(path): \(x) vs reference \(reference)"]
        case let .bool(b):
            return actual == .bool(b) ? [] : ["\(path): expected \(b), got \(actual.serialized())"]
        case let .string(s):
            return actual == .string(s) ? [] : ["\(path): expected \"\(s)\", got \(actual.serialized())"]
        case .null:
            return actual == .null ? [] : ["\(path): expected null"]
        case let .array(items):
            guard let got = actual.arrayValue, got.count == items.count else {
                return ["\(path): expected \(items.count) items, got \(actual.serialized())"]
            }
            if path.hasSuffix("eigenvalues") { return multisetMismatches(expected: items, actual: got, path: path) }
            return zip(items, got).enumerated().flatMap { i, pair in
                mismatches(expected: pair.0, actual: pair.1, path: "\(path)[\(i)]")
            }
        case let .object(pairs):
            return pairs.flatMap { key, value -> [String] in
                guard let got = actual[key] else { return ["\(path).\(key): missing"] }
                return mismatches(expected: value, actual: got, path: "\(path).\(key)")
            }
        }
    }

    private func multisetMismatches(expected: [JSONValue], actual: [JSONValue], path: String) -> [String] {
        var unmatched = actual
        var problems: [String] = []
        for item in expected {
            if let i = unmatched.firstIndex(where: { mismatches(expected: item, actual: $0, path: path).isEmpty }) {
                unmatched.remove(at: i)
            } else {
                problems.append("\(path): no computed eigenvalue matches \(item.serialized()) (computed: \(actual.map { $0.serialized() }))")
            }
        }
        return problems
    }
}
