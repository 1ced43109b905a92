import Experiments
import Foundation
import Testing

/// Every example experiment in docs/examples parses (the documentation stays true).
struct DocumentedExamplesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/examples")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test func thereAreExamples() {
        #expect(Self.files.count >= 4)
    }

    @Test(arguments: files)
    func exampleParses(file: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
        let experiment = try ExperimentParser.parse(yaml: text)
        #expect(experiment.workUnits > 0)
    }
}
