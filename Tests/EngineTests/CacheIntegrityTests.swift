import Engine
import Foundation
import Testing

/// Cache entries are tied to their experiment: an entry swapped with another experiment's,
/// or a symbolic link in place of an entry, is refused and recomputed, so a report never
/// shows one experiment's numbers under another's name.
struct CacheIntegrityTests {
    static let chapter = "# Cache\n\n" + RenderFixture.modesExperiment("a", tau: "0.2") + "\n\n"
        + RenderFixture.modesExperiment("b", tau: "0.3") + "\n"

    static func entries(_ fixture: RenderFixture) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: fixture.cacheFolder.path)
            .filter { $0 != "index.json" }.sorted().map { fixture.cacheFolder.appendingPathComponent($0) }
    }

    @Test func swappedEntriesAreRecomputed() throws {
        let fixture = try RenderFixture(chapters: ["01-cache.md": Self.chapter])
        defer { fixture.remove() }
        let first = try fixture.render()
        let entries = try Self.entries(fixture)
        #expect(entries.count == 2)
        let a = try Data(contentsOf: entries[0]), b = try Data(contentsOf: entries[1])
        try b.write(to: entries[0])
        try a.write(to: entries[1])
        let second = try fixture.render()
        for outcome in second.experiments {
            #expect(outcome.status == .ran(reason: "cache entry belongs to another experiment; recomputing"), "\(outcome.id): \(outcome.status)")
        }
        #expect(second.results == first.results)
    }

    @Test func symlinkedEntriesAreRecomputed() throws {
        let fixture = try RenderFixture(chapters: ["01-cache.md": Self.chapter])
        defer { fixture.remove() }
        _ = try fixture.render()
        let entry = try Self.entries(fixture)[0]
        let outside = fixture.root.appendingPathComponent("elsewhere.json")
        try FileManager.default.moveItem(at: entry, to: outside)
        try FileManager.default.createSymbolicLink(at: entry, withDestinationURL: outside)
        let second = try fixture.render()
        let refused = second.experiments.filter { $0.status != .reused }
        #expect(refused.count == 1)
        #expect(refused.first?.status == .ran(reason: "cache entry is a symbolic link, which the cache does not follow; recomputing"))
    }
}
