import Document
import Foundation

extension ReportBuild {
    /// What `report figure` did: the rendered book and the figure's files.
    public struct FigureExport: Sendable {
        /// The rendered book (with its diagnostics) and what happened to each experiment.
        public var outcome: BookRenderer.Outcome
        /// The files written, relative to the output folder, with their sizes in bytes.
        public var written: [(path: String, bytes: Int)]
        /// Files that could not be drawn or written, as complete messages.
        public var problems: [String]
        /// 0 when the figure's files were written and the chapters have no errors, else 1.
        public var exitStatus: Int32
    }

    /// Renders the book with `renderer` (running or reusing its experiments) and writes the
    /// figure `id` in `formats` under `OUT/figures/`, listed in the manifest like a render's.
    /// When the book has no figure `id`, the problem names the figures it has. Throws a
    /// ``Problem`` before anything runs when the output folder cannot be written.
    public func exportFigure(_ id: String, formats: [FigureFileFormat], with renderer: BookRenderer) throws -> FigureExport {
        try checkOutputFolder()
        let outcome = renderer.render()
        let figures = FigureFiles.figures(of: outcome.book)
        guard let figure = figures.first(where: { $0.id == id }) else {
            let known = figures.isEmpty ? "the chapters have no figures" : "figures: " + figures.map(\.id).joined(separator: ", ")
            return FigureExport(outcome: outcome, written: [], problems: ["no figure '\(id)' in the chapters; \(known)."], exitStatus: 1)
        }
        let out = request.outputFolder
        var written: [(path: String, bytes: Int)] = []
        var problems: [String] = []
        for format in formats {
            do {
                written.append(try FigureFiles.write(figure, as: format, into: out, effects: effects))
            } catch {
                problems.append("\(error)")
            }
        }
        problems += record(written.map(\.path), outcome: outcome, renderer: renderer)
        return FigureExport(outcome: outcome, written: written, problems: problems,
                            exitStatus: problems.isEmpty ? outcome.exitStatus(strict: false) : 1)
    }
}
