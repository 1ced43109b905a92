import Document
import Foundation

extension BookRenderer {
    /// The bibliography files to read: those the first chapter or the project file names in
    /// `bibliography:` (relative to the first chapter's folder, else to the project file's,
    /// and inside the project), else `references.bib` beside the chapters. A named file that
    /// is missing or outside the project is an error at the `bibliography:` line.
    func bibliographyFiles(_ declared: [String], sourceLines: [String: [String]], diagnostics: inout [Diagnostic]) -> [URL] {
        guard !declared.isEmpty else { return sources.bibliography.map { [$0] } ?? [] }
        let declaring = [sources.chapterFiles.first, sources.projectFile].compactMap { $0 }
        func location() -> SourceLocation {
            for url in declaring {
                let file = sources.displayPath(url)
                if let index = sourceLines[file]?.firstIndex(where: { $0.hasPrefix("bibliography:") || $0.hasPrefix("  bibliography:") }) {
                    return SourceLocation(file: file, line: index + 1, column: 1)
                }
            }
            return SourceLocation(file: declaring.first.map(sources.displayPath) ?? "", line: 1, column: 1)
        }
        return declared.compactMap { path in
            let candidates = declaring.map { URL(fileURLWithPath: path, relativeTo: $0.deletingLastPathComponent()).standardizedFileURL }
            guard let url = candidates.first(where: effects.fileExists) else {
                diagnostics.append(Diagnostic("bibliography '\(path)' does not exist", at: location()))
                return nil
            }
            guard BookSources.isInside(url, sources.root, effects: effects) else {
                diagnostics.append(Diagnostic("bibliography '\(path)' is outside the project folder; copy it inside the project", at: location()))
                return nil
            }
            return url
        }
    }
}
