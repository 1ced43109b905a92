import Foundation

/// `report watch`'s loop, on any ``Effects``: each poll collects the book's sources and
/// renders when a chapter or the bibliography changed. A source that is missing for a moment
/// (an editor saving by delete-then-write, an `order.txt` entry not there yet) or a render
/// that fails is a problem to report once, not the end of the watch; the book is rendered
/// again as soon as its sources can be collected.
public struct BookWatch {
    /// What one poll did.
    public enum Step: Sendable {
        /// The book was rendered; `files` sources are being watched.
        case rendered(ReportBuild.Result, files: Int)
        /// The sources cannot be collected or the render failed; reported once per message.
        case problem(String)
        /// Nothing changed (or the same problem is still there).
        case unchanged
    }

    public let build: ReportBuild
    /// Modification dates by path at the last render; nil when the next poll must render.
    private var lastStamp: [String: Date]?
    private var lastProblem: String?

    public init(build: ReportBuild) {
        self.build = build
    }

    /// Checks the sources once and renders when they changed.
    public mutating func poll() -> Step {
        do {
            let renderer = try build.renderer()
            var files = renderer.sources.chapterFiles
            if let bib = renderer.sources.bibliography { files.append(bib) }
            if let project = renderer.sources.projectFile { files.append(project) }
            let stamp = Dictionary(files.map { ($0.path, build.effects.modificationDate($0) ?? .distantPast) },
                                   uniquingKeysWith: { first, _ in first })
            guard stamp != lastStamp else { return .unchanged }
            let result = try build.run(renderer)
            lastStamp = stamp
            lastProblem = nil
            return .rendered(result, files: files.count)
        } catch {
            lastStamp = nil
            let message = "\(error)"
            guard message != lastProblem else { return .unchanged }
            lastProblem = message
            return .problem(message)
        }
    }

    /// Polls, hands each step to `report`, then calls `wait`, until `wait` returns false.
    public mutating func run(report: (Step) -> Void, wait: () -> Bool) {
        repeat { report(poll()) } while wait()
    }
}
