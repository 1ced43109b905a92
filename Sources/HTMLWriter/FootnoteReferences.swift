import Document

/// The footnote references of one chapter, each with an id of its own, so that a note links
/// back to every place that cites it ("↩ ↩² ↩³"). Shared by a chapter's writers.
final class FootnoteReferences {
    /// How many references to each label were written.
    private(set) var counts: [String: Int] = [:]

    /// The id of the `n`-th reference (from 1) to `label`: the first is the one
    /// `ReportIDs` names, later ones add "-2", "-3", ...
    static func id(chapter: Int, _ label: String, _ n: Int) -> String {
        let first = ReportIDs.footnoteReference(chapter: chapter, label)
        return n == 1 ? first : "\(first)-\(n)"
    }

    /// Counts one more reference to `label` and returns its id.
    func next(chapter: Int, _ label: String) -> String {
        let n = counts[label, default: 0] + 1
        counts[label] = n
        return Self.id(chapter: chapter, label, n)
    }

    /// The note's back links, one per reference written before it (one to the first
    /// reference when none was).
    func backLinks(chapter: Int, _ label: String) -> String {
        let count = max(counts[label, default: 0], 1)
        return (1...count).map { n in
            let target = HTMLEscaping.attribute(Self.id(chapter: chapter, label, n))
            let name = count == 1 ? "back to text" : "back to reference \(n)"
            return "<a class=\"fnback\" href=\"#\(target)\" aria-label=\"\(name)\">↩\(n == 1 ? "" : "<sup>\(n)</sup>")</a>"
        }.joined(separator: " ")
    }
}
