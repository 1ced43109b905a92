/// The one list of the ids the writers give the parts of a report they make themselves
/// (chapters, the contents, references, footnotes, claims, experiments, provenance). The
/// HTML writer names its elements with these functions, and resolution keeps chapters' own
/// ids clear of them: a chosen id that collides is an error, a derived one gets a suffix.
public enum ReportIDs {
    public static let contents = "contents"
    public static let references = "references"
    public static let provenance = "provenance"

    public static func chapter(_ number: Int) -> String { "chapter-\(number)" }
    /// Footnotes are numbered per chapter, so their ids name the chapter too.
    public static func footnote(chapter: Int, _ label: String) -> String { "fn-\(chapter)-\(label)" }
    public static func footnoteReference(chapter: Int, _ label: String) -> String { "fnref-\(chapter)-\(label)" }
    public static func reference(_ key: String) -> String { "ref-\(key)" }
    public static func claim(_ id: String) -> String { "claim-\(id)" }
    public static func experiment(_ id: String) -> String { "exp-\(id)" }

    /// Every id the writers may give this book's own parts, with what each names.
    public static func reserved(in book: Book) -> [String: String] {
        var ids = [contents: "the contents", references: "the references", provenance: "the provenance"]
        for chapter in book.chapters {
            ids[ReportIDs.chapter(chapter.number)] = "chapter \(chapter.number)"
            var collector = NodeCollector<[(String, String)]>(blocks: { block in
                switch block {
                case let .footnoteDefinition(label, _):
                    return [(ReportIDs.footnote(chapter: chapter.number, label), "footnote \(label)"),
                            (ReportIDs.footnoteReference(chapter: chapter.number, label), "the reference to footnote \(label)")]
                case let .claim(c): return [(ReportIDs.claim(c.id), "claim '\(c.id)'")]
                case let .experiment(e): return [(ReportIDs.experiment(e.id), "experiment '\(e.id)'")]
                default: return nil
                }
            })
            collector.walk(chapter.blocks)
            for (id, what) in collector.found.joined() { ids[id] = what }
        }
        for entry in book.bibliography { ids[ReportIDs.reference(entry.key)] = "reference '\(entry.key)'" }
        return ids
    }
}
