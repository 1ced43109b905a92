import Foundation
import Testing
@testable import Engine

/// Checks the per-mode `report eval` kinds against `reference-values.json`
/// (`../shared/science/` next to the package root).
@Suite("Per-mode reference values")
struct ModeEvaluationTests {
    static let modeKinds = ["mode_update", "jacobian_optimum", "trace_det", "bptt_closed_form", "saddle", "sigma_roots",
                            "rflo_window", "ode_endpoint", "limit_point", "plateau", "k_sweep", "excursion"]

    static func entries() throws -> [JSONValue] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.appendingPathComponent("../shared/science/reference-values.json").standardizedFileURL
        let all = try JSONValue.parse(Data(contentsOf: file))["entries"]?.arrayValue ?? []
        return all.filter { modeKinds.contains($0["kind"]?.stringValue ?? "") }
    }

    @Test("every per-mode kind has a reference entry and is registered")
    func coverage() throws {
        let kinds = Set(try Self.entries().compactMap { $0["kind"]?.stringValue })
        #expect(kinds == Set(Self.modeKinds))
        #expect(Set(Self.modeKinds).isSubset(of: Set(ReferenceEvaluator.supportedKinds)))
    }

    @Test("outputs match the reference within its tolerance")
    func referenceValues() throws {
        for entry in try Self.entries() {
            let id = entry["id"]?.stringValue ?? "?"
            let tolerance = Tolerance(abs: entry["tolerance"]?["abs"]?.doubleValue ?? 0,
                                      rel: entry["tolerance"]?["rel"]?.doubleValue ?? 0)
            let request = JSONValue.object([("kind", entry["kind"]!), ("inputs", entry["inputs"]!)])
            let outputs = try #require(try ReferenceEvaluator.evaluate(request)["outputs"])
            var mismatches: [String] = []
            compare(outputs, entry["outputs"]!, tolerance, id, &mismatches)
            #expect(mismatches.isEmpty, "\(mismatches.prefix(5).joined(separator: "; "))")
        }
    }

    @Test("a missing input names its key")
    func missingInput() {
        let request = JSONValue.object([("kind", .string("rflo_window")), ("inputs", .object([("f", .number(0.1))]))])
        #expect(throws: EvaluationError.self) { try ReferenceEvaluator.evaluate(request) }
        do { _ = try ReferenceEvaluator.evaluate(request) } catch { #expect("\(error)".contains("gamma")) }
    }

    struct Tolerance { let abs: Double; let rel: Double }

    /// Same keys and shapes; numbers within `abs + rel |ref|`; eigenvalue lists as multisets.
    func compare(_ value: JSONValue, _ reference: JSONValue, _ tolerance: Tolerance, _ path: String, _ mismatches: inout [String]) {
        switch reference {
        case let .object(pairs):
            guard let actual = value.objectValue, Set(actual.map(\.0)) == Set(pairs.map(\.0)) else {
                mismatches.append("\(path): keys differ (\(value.objectValue?.map(\.0) ?? []))"); return
            }
            for (key, expected) in pairs { compare(value[key]!, expected, tolerance, "\(path).\(key)", &mismatches) }
        case let .array(items):
            guard var actual = value.arrayValue, actual.count == items.count else {
                mismatches.append("\(path): lengths differ"); return
            }
            var expected = items
            if path.hasSuffix("eigenvalues") { (actual, expected) = (Self.sortedPairs(actual), Self.sortedPairs(items)) }
            for (i, (a, e)) in zip(actual, expected).enumerated() { compare(a, e, tolerance, "\(path)[\(i)]", &mismatches) }
        case let .number(x):
            guard let y = value.doubleValue, abs(y - x) <= tolerance.abs + tolerance.rel * abs(x) else {
                mismatches.append("\(path): \(value) vs \(x)"); return
            }
        default:
            if value != reference { mismatches.append("\(path): \(value) vs \(reference)") }
        }
    }

    /// Eigenvalue pairs `[re, im]` in a canonical order, so lists compare as multisets.
    static func sortedPairs(_ items: [JSONValue]) -> [JSONValue] {
        items.sorted { a, b in
            let (x, y) = (a.arrayValue?.compactMap(\.doubleValue) ?? [], b.arrayValue?.compactMap(\.doubleValue) ?? [])
            return x.lexicographicallyPrecedes(y)
        }
    }
}
