import Document
import Foundation
import Graphics

/// Reads the images a chapter shows, so the report stays self-contained: inline images
/// become data URIs, image figures (and a grid's panels) get their bytes. Paths are resolved
/// from the chapter's folder and must stay inside the project; remote images are not
/// fetched (the report must open offline). Each file must decode (PNG, JPEG, GIF or SVG),
/// so both writers can draw it. A file that is missing, outside, of another type or
/// undecodable is an error at the image; files are read through `effects`.
struct ImageEmbedding {
    let sources: BookSources
    let effects: any Effects
    let report: (String, SourceLocation, Diagnostic.Severity) -> Diagnostic

    /// The types both writers can show (the PDF's rasters are decoded by gdk-pixbuf).
    static let mimeTypes = ["png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
                            "svg": "image/svg+xml"]

    /// Why an image could not be read.
    private struct Problem: Error {
        var message: String
        var remote = false
    }

    /// Inline images as data URIs; a file that cannot be shown is an error in place.
    func embed(_ inline: Inline, chapterFile: String) -> Inline {
        guard case let .image(url, title, alt, location) = inline, !url.hasPrefix("data:") else { return inline }
        switch read(url, chapterFile: chapterFile) {
        case let .success((mime, data)):
            return .image(url: "data:\(mime);base64,\(data.base64EncodedString())", title: title, alt: alt, location: location)
        case let .failure(problem) where problem.remote:
            _ = report(problem.message, location, .warning)
            return inline
        case let .failure(problem):
            return .error(report(problem.message, location, .error))
        }
    }

    /// An image figure, or a grid, with its files read; an error box above it for each file
    /// that cannot be shown (the figure keeps its number and caption, and shows its alt text).
    func load(_ block: Block, chapterFile: String) -> [Block]? {
        guard case var .figure(f) = block, f.image != nil || !f.panels.isEmpty else { return nil }
        var errors: [Block] = []
        func fill(_ image: inout FigureImage?) {
            guard var loaded = image, loaded.data == nil else { return }
            switch read(loaded.path, chapterFile: chapterFile) {
            case let .success((mime, data)):
                (loaded.mime, loaded.data) = (mime, data)
                image = loaded
            case let .failure(problem):
                errors.append(.error(report(problem.message, loaded.location, .error)))
            }
        }
        fill(&f.image)
        for i in f.panels.indices { fill(&f.panels[i].image) }
        return errors + [.figure(f)]
    }

    /// The MIME type and bytes of the image at `url`, relative to the chapter.
    private func read(_ url: String, chapterFile: String) -> Result<(String, Data), Problem> {
        if url.hasPrefix("http://") || url.hasPrefix("https://") {
            return .failure(Problem(message: "remote image '\(url)' is not embedded: the report must open offline; download it into the project",
                                    remote: true))
        }
        let chapterFolder = sources.root.appendingPathComponent(chapterFile).deletingLastPathComponent()
        let file = URL(fileURLWithPath: url, relativeTo: chapterFolder).standardizedFileURL
        guard !url.isEmpty, file.path != sources.root.path, BookSources.isInside(file, sources.root, effects: effects) else {
            return .failure(Problem(message: "image '\(url)' is outside the project folder; copy it inside the project"))
        }
        guard let mime = Self.mimeTypes[file.pathExtension.lowercased()] else {
            return .failure(Problem(message: "image '\(url)' has an unsupported type; use png, jpg, gif or svg"))
        }
        let data: Data
        do { data = try effects.readFile(file) } catch {
            return .failure(Problem(message: "image '\(url)' cannot be read (\(FileProblem.reason(error)))"))
        }
        do { _ = try Picture(data: data, mime: mime) } catch let error as GraphicsError {
            return .failure(Problem(message: "image '\(url)' cannot be decoded as \(mime): \(error.message)"))
        } catch {
            return .failure(Problem(message: "image '\(url)' cannot be decoded as \(mime): \(error)"))
        }
        return .success((mime, data))
    }
}
