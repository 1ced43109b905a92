import Foundation
import Testing

/// The experiment kinds know nothing of plotting or documents (SwiftPM would let a file
/// import a module that a dependency brings along, so the rule is checked here).
struct ModuleImportsTests {
    @Test func experimentsImportNeitherPlotNorDocument() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Experiments")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for module in ["Plot", "Graphics", "Document", "PlotKinds", "Engine"] {
                #expect(!text.contains("import \(module)\n"), "\(file) imports \(module)")
            }
        }
    }
}
