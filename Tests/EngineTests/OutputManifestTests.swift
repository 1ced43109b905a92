import Engine
import Foundation
import Testing

/// `report clean` removes what a render wrote, as its manifest lists it, and never a file
/// the tool did not write, even in a folder full of other reports.
struct OutputManifestTests {
    static let others = ["/book/output/notes.html", "/book/output/paper.pdf", "/book/output/results/mine.json",
                         "/book/output/.cache/keep.txt"]

    @Test func cleanRemovesOnlyWhatTheRenderWrote() throws {
        let effects = InMemoryBuildTests.effects()
        for path in Self.others { try effects.writeFileAtomically("someone else's", to: URL(fileURLWithPath: path)) }
        let result = try InMemoryBuildTests.build(effects).run()
        #expect(result.exitStatus == 0)
        let output = URL(fileURLWithPath: "/book/output")
        let manifest = OutputManifest(folder: output, effects: effects)
        let listed = manifest.paths()
        #expect(listed.contains("small-book.txt"))
        #expect(listed.contains("results/e1.json"))
        #expect(listed.contains(".cache/index.json"))
        #expect(listed.contains { $0.hasPrefix(".cache/") && $0.count == ".cache/".count + 32 + ".json".count })
        for path in listed { #expect(effects.fileExists(output.appendingPathComponent(path)), "\(path) is listed but absent") }

        let removed = try manifest.clean()
        #expect(removed == listed.count)
        for path in listed { #expect(!effects.fileExists(output.appendingPathComponent(path)), "\(path) was not removed") }
        for path in Self.others { #expect(effects.fileExists(URL(fileURLWithPath: path)), "\(path) was removed") }
        #expect(!effects.fileExists(output.appendingPathComponent(OutputManifest.fileName)))
    }

    @Test func entriesOutsideTheFolderAreIgnored() throws {
        let effects = InMemoryBuildTests.effects()
        try effects.writeFileAtomically("keep", to: URL(fileURLWithPath: "/book/chapters/keep.md"))
        let output = URL(fileURLWithPath: "/book/output")
        try effects.writeFileAtomically(#"{"files": ["../chapters/keep.md", "/book/chapters/keep.md", "a.html"]}"#,
                                        to: output.appendingPathComponent(OutputManifest.fileName))
        let manifest = OutputManifest(folder: output, effects: effects)
        #expect(manifest.paths() == ["a.html"])
        try manifest.clean()
        #expect(effects.fileExists(URL(fileURLWithPath: "/book/chapters/keep.md")))
    }
}
