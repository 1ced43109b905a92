import Document
import Foundation

/// Collects the provenance of a render: tool and core versions, the git commit of the
/// chapters, the date (SOURCE_DATE_EPOCH when set, for reproducible output) and every
/// experiment's time and cache state.
public enum ProvenanceBuilder {
    public static let toolVersion = "0.1.0"

    public static func build(outcome: BookRenderer.Outcome, sources: BookSources, plannedParameters: [String: String] = [:]) -> Provenance {
        var facts: [(String, String)] = [
            ("Tool", "report \(toolVersion) (learning core \(ResultCache.coreVersion))"),
            ("Chapters", sources.chapterFiles.map { sources.displayPath($0) }.joined(separator: ", ")),
        ]
        if let commit = gitCommit(root: sources.root) { facts.append(("Chapters commit", commit)) }
        facts.append(("Rendered", renderDate()))
        let experiments = outcome.experiments.map { e -> Provenance.ExperimentRecord in
            let status: String
            switch e.status {
            case .reused: status = "reused from cache"
            case let .ran(reason): status = "ran (\(reason))"
            case let .failed(message): status = "failed: \(message)"
            }
            return Provenance.ExperimentRecord(id: e.id, kind: e.kind, status: status, seconds: e.seconds,
                                               parameters: plannedParameters[e.id] ?? "")
        }
        return Provenance(facts: facts, experiments: experiments)
    }

    static func renderDate() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Double(epoch) {
            return formatter.string(from: Date(timeIntervalSince1970: seconds))
        }
        return formatter.string(from: Date())
    }

    /// `abc1234` (plus "with uncommitted changes") for the chapters' repository, if any.
    static func gitCommit(root: URL) -> String? {
        func git(_ arguments: [String]) -> String? {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", root.path] + arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return nil }
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { return nil }
            return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard let commit = git(["rev-parse", "--short=12", "HEAD"]), !commit.isEmpty else { return nil }
        let dirty = git(["status", "--porcelain", "--", "chapters"]).map { !$0.isEmpty } ?? false
        return dirty ? "\(commit) (with uncommitted changes)" : commit
    }
}
