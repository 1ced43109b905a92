import Document
import Foundation

/// Collects the provenance of a render: tool and core versions, the git commit of the
/// chapters, the chapters whose raw HTML is trusted, every `{{key}}` parameter used with its
/// value and source, the date (SOURCE_DATE_EPOCH when set,
/// for reproducible output) and every experiment's time and cache state.
public enum ProvenanceBuilder {
    public static let toolVersion = "0.1.0"

    public static func build(outcome: BookRenderer.Outcome, sources: BookSources, effects: any Effects = SystemEffects(),
                             plannedParameters: [String: String] = [:]) -> Provenance {
        var facts: [(String, String)] = [
            ("Tool", "report \(toolVersion) (learning core \(ResultCache.coreVersion))"),
            ("Chapters", sources.chapterFiles.map { sources.displayPath($0) }.joined(separator: ", ")),
        ]
        if let commit = effects.gitCommit(of: sources.root) { facts.append(("Chapters commit", commit)) }
        let trusted = outcome.book.chapters.filter(\.frontMatter.allowRawHTML).map(\.file)
        if !trusted.isEmpty {
            facts.append(("Raw HTML", "passed through unchanged from \(trusted.joined(separator: ", ")) (raw_html: true); "
                          + "any script in it runs when this report is opened"))
        }
        var shown: [UsedParameter] = []
        for p in outcome.parameters where !shown.contains(where: { ($0.key, $0.value, $0.source) == (p.key, p.value, p.source) }) {
            shown.append(p)
            facts.append(("Parameter \(p.key)", "\(p.value) (\(p.source))"))
        }
        facts.append(("Rendered", renderDate(effects: effects)))
        let experiments = outcome.declared.map { e -> Provenance.ExperimentRecord in
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

    /// The render date as `yyyy-MM-dd` in UTC: SOURCE_DATE_EPOCH when set, else the clock.
    static func renderDate(effects: any Effects) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        if let epoch = effects.environment("SOURCE_DATE_EPOCH"), let seconds = Double(epoch) {
            return formatter.string(from: Date(timeIntervalSince1970: seconds))
        }
        return formatter.string(from: effects.now())
    }
}
