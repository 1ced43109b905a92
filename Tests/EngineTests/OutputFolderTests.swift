import Engine
import Foundation
import Testing

/// An output folder that cannot take the report stops the build before any experiment runs,
/// with one sentence that says what is wrong and how to fix it; a file that cannot be
/// written is one sentence too.
struct OutputFolderTests {
    static func problem(_ effects: InMemoryEffects) -> String? {
        do {
            _ = try InMemoryBuildTests.build(effects).run()
            return nil
        } catch {
            return "\(error)"
        }
    }

    static func nothingRan(_ effects: InMemoryEffects) -> Bool {
        !effects.paths.contains { $0.hasPrefix("/book/output/.cache") || $0.hasPrefix("/book/output/results") }
    }

    @Test func anOutputFolderThatIsAFile() throws {
        let effects = InMemoryBuildTests.effects()
        try effects.writeFileAtomically("not a folder", to: URL(fileURLWithPath: "/book/output"))
        #expect(Self.problem(effects) == "The output folder /book/output is a file; remove it or choose another folder with --out.")
        #expect(Self.nothingRan(effects))
    }

    @Test func anOutputFolderInsideAFile() throws {
        let effects = InMemoryBuildTests.effects()
        try effects.writeFileAtomically("not a folder", to: URL(fileURLWithPath: "/book/out"))
        var build = InMemoryBuildTests.build(effects).request
        build.outputFolder = URL(fileURLWithPath: "/book/out/report")
        #expect(throws: ReportBuild.Problem.self) { try ReportBuild(build, effects: effects).run() }
        #expect(!effects.paths.contains { $0.hasPrefix("/book/out/") })
    }

    @Test func aReadOnlyOutputFolder() throws {
        let effects = InMemoryBuildTests.effects()
        effects.makeReadOnly(URL(fileURLWithPath: "/book/output"))
        #expect(Self.problem(effects)
            == "The output folder /book/output cannot be written (permission denied); check its permissions or choose another folder with --out.")
        #expect(Self.nothingRan(effects))
    }

    @Test func aReportThatCannotBeWritten() throws {
        let effects = InMemoryBuildTests.effects()
        try effects.writeFileAtomically("", to: URL(fileURLWithPath: "/book/output/small-book.txt/in-the-way"))
        let result = try InMemoryBuildTests.build(effects).run()
        #expect(result.problems == ["cannot write small-book.txt (another file or folder is in the way); check that /book/output is writable."])
        #expect(result.exitStatus == 1)
    }
}
