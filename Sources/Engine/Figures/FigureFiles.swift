import Document
import Foundation
import Graphics

/// A file format a figure is written in on its own, beside the report.
public enum FigureFileFormat: String, CaseIterable, Sendable {
    case svg, pdf, png

    /// Pixels per inch of the PNG files.
    public static let pngDPI = 300.0
}

/// The figures of a book as files of their own: `figures/<id>.svg`, `.pdf` and `.png`, the
/// same drawing as in the report (the PDF and PNG are drawn from the figure's SVG by
/// librsvg, so its glyphs and colours are the SVG's).
public enum FigureFiles {
    /// The folder, relative to the output folder.
    public static let folder = "figures"

    /// The path of a figure's file relative to the output folder.
    public static func path(of id: String, _ format: FigureFileFormat) -> String {
        "\(folder)/\(id).\(format.rawValue)"
    }

    /// Every figure of experiment results in the book, in book order, once per id (image
    /// figures and grids are files of the project already).
    public static func figures(of book: ResolvedBook) -> [FigureBlock] {
        var seen: Set<String> = []
        return book.chapters.collect { block -> FigureBlock? in
            if case let .figure(f) = block, f.image == nil, f.panels.isEmpty, Label.isValid(f.id), seen.insert(f.id).inserted { return f }
            return nil
        }
    }

    /// The bytes of `figure` in `format`. Throws a `GraphicsError` when it cannot be drawn.
    public static func data(of figure: FigureBlock, as format: FigureFileFormat) throws -> Data {
        let svg = Data(figure.artwork.svg.utf8)
        switch format {
        case .svg: return Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8) + svg
        case .pdf: return try SVGDrawing(data: svg).pdf(name: "figure '\(figure.id)'")
        case .png: return try SVGDrawing(data: svg).png(dpi: FigureFileFormat.pngDPI, name: "figure '\(figure.id)'")
        }
    }

    /// Draws `figure` in `format` and writes it atomically into `folder/figures` through
    /// `effects`; returns its path relative to `folder` and its size in bytes. Throws a
    /// `ReportBuild.Problem` saying what went wrong.
    public static func write(_ figure: FigureBlock, as format: FigureFileFormat, into folder: URL,
                             effects: any Effects) throws -> (path: String, bytes: Int) {
        let path = path(of: figure.id, format)
        let bytes: Data
        do {
            bytes = try data(of: figure, as: format)
        } catch {
            throw ReportBuild.Problem(description: "cannot draw \(path): \(error)")
        }
        do {
            try effects.writeFileAtomically(bytes, to: folder.appendingPathComponent(path))
        } catch {
            throw ReportBuild.Problem(description: "cannot write \(path) (\(FileProblem.reason(error))); check that \(folder.path) is writable.")
        }
        return (path, bytes.count)
    }

    /// Writes each figure of `book` in each of `formats` (see `write(_:as:into:effects:)`).
    /// Returns the book with each figure's `files` set to what was written for it, the paths
    /// written and a message per file that could not be drawn or written.
    public static func write(_ book: ResolvedBook, formats: [FigureFileFormat], into folder: URL,
                             effects: any Effects) -> (book: ResolvedBook, written: [String], problems: [String]) {
        var files: [String: [String]] = [:]
        var written: [String] = []
        var problems: [String] = []
        for figure in figures(of: book) {
            for format in formats {
                do {
                    let path = try write(figure, as: format, into: folder, effects: effects).path
                    files[figure.id, default: []].append(path)
                    written.append(path)
                } catch {
                    problems.append("\(error)")
                }
            }
        }
        var linked = book
        linked.setFigureFiles(files)
        return (linked, written, problems)
    }
}
