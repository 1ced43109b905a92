import Document
import Engine
import Foundation
import Testing

/// `report watch`'s loop in memory: a chapter deleted for a moment or an `order.txt` entry
/// that is missing is reported once, the watch goes on, and the book is rendered again when
/// the file is back.
struct BookWatchTests {
    struct ListFormat: OutputFormat {
        let fileExtension = "txt"
        func render(_ book: ResolvedBook) throws -> RenderedReport {
            RenderedReport(data: Data("\(book.chapters.count) chapters".utf8), details: [])
        }
    }

    /// Runs the watch loop; before each poll after the first, `actions` changes the files.
    static func steps(_ effects: InMemoryEffects, _ actions: [() throws -> Void]) -> [String] {
        var watch = BookWatch(build: ReportBuild(
            .init(projectRoot: URL(fileURLWithPath: "/book"), outputFolder: URL(fileURLWithPath: "/book/output"),
                  formats: [ListFormat()], jobs: 1, quiet: true),
            effects: effects))
        var seen: [String] = [], remaining = actions[...]
        watch.run(report: { step in
            switch step {
            case let .rendered(result, files): seen.append("rendered \(files) exit \(result.exitStatus)")
            case let .problem(message): seen.append("problem: \(message)")
            case .unchanged: seen.append("unchanged")
            }
        }, wait: {
            guard let action = remaining.popFirst() else { return false }
            #expect(throws: Never.self) { try action() }
            return true
        })
        return seen
    }

    static let a = URL(fileURLWithPath: "/book/chapters/01-a.md"), b = URL(fileURLWithPath: "/book/chapters/02-b.md")

    @Test func aChapterDeletedForAMomentIsReportedOnceAndRenderedWhenBack() throws {
        let effects = InMemoryEffects(files: [Self.a.path: "# A\n", Self.b.path: "# B\n",
                                              "/book/chapters/order.txt": "01-a.md\n02-b.md\n"])
        let steps = Self.steps(effects, [
            {},
            { try effects.remove(Self.b) },
            {},
            { try effects.writeFileAtomically("# B again\n", to: Self.b) },
            {},
            { try effects.writeFileAtomically("# A, edited\n", to: Self.a) },
        ])
        #expect(steps.count == 7)
        #expect(steps[0] == "rendered 2 exit 0")
        #expect(steps[1] == "unchanged")
        #expect(steps[2].hasPrefix("problem: ") && steps[2].contains("order.txt:2:1") && steps[2].contains("02-b.md"))
        #expect(steps[3] == "unchanged")
        #expect(steps[4] == "rendered 2 exit 0")
        #expect(steps[5] == "unchanged")
        #expect(steps[6] == "rendered 2 exit 0")
        let report = try #require(effects.paths.first { $0.hasPrefix("/book/output/") && $0.hasSuffix(".txt") })
        #expect(String(decoding: try effects.readFile(URL(fileURLWithPath: report)), as: UTF8.self) == "2 chapters")
    }

    @Test func aChapterMissingFromTheFolderIsRenderedWithoutItThenAgainWithIt() throws {
        let effects = InMemoryEffects(files: [Self.a.path: "# A\n", Self.b.path: "# B\n"])
        let steps = Self.steps(effects, [
            { try effects.remove(Self.b) },
            { try effects.writeFileAtomically("# B\n", to: Self.b) },
            { try effects.remove(Self.a); try effects.remove(Self.b) },
            {},
            { try effects.writeFileAtomically("# A\n", to: Self.a) },
        ])
        #expect(steps.count == 6)
        #expect(Array(steps[0...1]) == ["rendered 2 exit 0", "rendered 1 exit 0"])
        #expect(steps[2] == "rendered 2 exit 0")
        #expect(steps[3].hasPrefix("problem: ") && steps[3].contains("no chapters"))
        #expect(Array(steps[4...5]) == ["unchanged", "rendered 1 exit 0"])
    }
}
