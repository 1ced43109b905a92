import Experiments
import Foundation
import Plot
import PlotKinds
import Testing

/// Plot kinds take results and option values, with no document around them: a typed
/// result in, a figure out, and problems that name the option they are about.
struct PlotRequestTests {
    static let results: [String: JSONValue] = {
        let runs = ["e9": "kind: truncation\nT: 6\nrandom_points: 1", "e7": "kind: excursion\nT: 5\nrules: [bptt, rflo]\ntau: 0.5\nrecords: 8\nsamples: 20"]
        return runs.mapValues { try! ExperimentParser.parse(yaml: $0).run { _ in } }
    }()

    static func make(_ kind: String, _ options: [String: String], failures: [String: String] = [:]) throws -> Figure {
        try PlotKindRegistry.all[kind]!.make(PlotRequest(options: options, results: results, failures: failures))
    }

    static func problem(_ kind: String, _ options: [String: String], failures: [String: String] = [:]) -> LocatedError? {
        do { _ = try make(kind, options, failures: failures) } catch let error as LocatedError { return error } catch {}
        return nil
    }

    @Test func typedResultsBecomeFigures() throws {
        let truncation = try Self.make("truncation", ["experiment": "e9"]).scene()
        #expect(truncation.panels.count == 2 && truncation.panels[0].markKinds.contains("arrow"))
        let path = try Self.make("excursion", ["experiment": "e7", "panel": "path", "rules": "rflo"]).scene()
        #expect(path.panels.count == 1 && Set(path.panels[0].legendLabels) == ["$\\mathcal{O}$", "RFLO", "start"])
    }

    @Test func problemsNameTheirOption() {
        let wrongKind = Self.problem("truncation", ["experiment": "e7"])
        #expect(wrongKind?.option == "experiment")
        #expect(wrongKind?.message == "this figure needs a 'truncation' experiment; 'e7' is a 'excursion' experiment")
        #expect(Self.problem("excursion", ["experiment": "e7", "rules": "tbptt"])?.option == "rules")
        #expect(Self.problem("excursion", ["experiment": "e7", "panel": "both"])?.option == "panel")
        #expect(Self.problem("truncation", ["experiment": "e1"], failures: ["e1": "diverged"])?.message == "experiment 'e1' failed: diverged")
        #expect(Self.problem("xy", ["experiment": "e9"])?.message == "this figure needs the option ':y:'")
    }

    @Test func importsKeepToTheLayout() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/PlotKinds")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for module in ["LinearRNN", "Document", "Engine"] {
                #expect(!text.contains("import \(module)\n"), "\(file) imports \(module)")
            }
        }
    }
}
