import Engine
import Foundation
import Testing

/// Nothing outside the project is read: chapters, the bibliography and `order.txt` entries
/// that lead outside (through `..` or a symbolic link) are refused with a clear message.
struct PathSafetyTests {
    static func collect(_ fixture: RenderFixture) -> String? {
        do {
            _ = try BookSources.collect(["chapters"], projectRoot: fixture.root)
            return nil
        } catch {
            return "\(error)"
        }
    }

    static func outsideFile() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).md")
        try "# Secret\n".write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func aChapterLinkedFromOutsideIsRefused() throws {
        let fixture = try RenderFixture(chapters: ["01-a.md": "# A\n"])
        defer { fixture.remove() }
        let outside = try Self.outsideFile()
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(at: fixture.root.appendingPathComponent("chapters/02-b.md"), withDestinationURL: outside)
        let message = try #require(Self.collect(fixture))
        #expect(message.contains("outside the project folder"), "\(message)")
    }

    @Test func aBibliographyLinkedFromOutsideIsRefused() throws {
        let fixture = try RenderFixture(chapters: ["01-a.md": "# A\n"])
        defer { fixture.remove() }
        let outside = try Self.outsideFile()
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(at: fixture.root.appendingPathComponent("chapters/references.bib"), withDestinationURL: outside)
        #expect(Self.collect(fixture)?.contains("outside the project folder") == true)
    }

    @Test(arguments: ["../../etc/hostname", "/etc/hostname", "../chapters/01-a.md.txt", "notes.txt"])
    func orderEntriesMustBeChaptersOfTheirFolder(entry: String) throws {
        let fixture = try RenderFixture(chapters: ["01-a.md": "# A\n", "order.txt": "01-a.md\n\(entry)\n"])
        defer { fixture.remove() }
        let message = try #require(Self.collect(fixture))
        #expect(message.contains("order.txt:2:1:") && message.contains("is not a .md chapter"), "\(message)")
    }

    @Test func orderWithWindowsLineEndingsIsRead() throws {
        let fixture = try RenderFixture(chapters: ["01-a.md": "# A\n", "02-b.md": "# B\n", "order.txt": "02-b.md\r\n01-a.md\r\n"])
        defer { fixture.remove() }
        let sources = try BookSources.collect(["chapters"], projectRoot: fixture.root)
        #expect(sources.chapterFiles.map(\.lastPathComponent) == ["02-b.md", "01-a.md"])
    }

    @Test func anImageLinkedFromOutsideIsNotEmbedded() throws {
        let fixture = try RenderFixture(chapters: ["01-a.md": "# A\n\n![secret](secret.png)\n"])
        defer { fixture.remove() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(at: fixture.root.appendingPathComponent("chapters/secret.png"), withDestinationURL: outside)
        let outcome = try fixture.render()
        let warning = try #require(outcome.diagnostics.first { $0.message.contains("secret.png") })
        #expect(warning.message.contains("outside the project folder"), "\(warning.message)")
        #expect(warning.location.line == 3)
    }

    @Test func aChapterFolderLinkedFromOutsideIsRefused() throws {
        let fixture = try RenderFixture(chapters: ["01-a.md": "# A\n"])
        defer { fixture.remove() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try "# Secret\n".write(to: outside.appendingPathComponent("01-s.md"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(at: fixture.root.appendingPathComponent("more"), withDestinationURL: outside)
        do {
            _ = try BookSources.collect(["more"], projectRoot: fixture.root)
            Issue.record("a folder linked from outside was read")
        } catch {
            #expect("\(error)".contains("outside the project folder"), "\(error)")
        }
    }
}
