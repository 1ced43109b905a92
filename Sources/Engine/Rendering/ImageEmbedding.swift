import Document
import Foundation

/// Embeds local images as data URIs so the report stays self-contained. Paths are resolved
/// from the chapter's folder and must stay inside the project; remote images are not
/// fetched (the report must open offline). Files are read through `effects`.
struct ImageEmbedding {
    let sources: BookSources
    let effects: any Effects
    let report: (String, SourceLocation) -> Void

    static let mimeTypes = ["png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
                            "svg": "image/svg+xml", "webp": "image/webp"]

    func embed(_ inline: Inline, chapterFile: String) -> Inline {
        guard case let .image(url, title, alt, location) = inline, !url.hasPrefix("data:") else { return inline }
        if url.hasPrefix("http://") || url.hasPrefix("https://") {
            report("remote image '\(url)' is not embedded: the report must open offline; download it into the project", location)
            return inline
        }
        let chapterFolder = sources.root.appendingPathComponent(chapterFile).deletingLastPathComponent()
        let file = URL(fileURLWithPath: url, relativeTo: chapterFolder).standardizedFileURL
        guard file.path != sources.root.path, BookSources.isInside(file, sources.root, effects: effects) else {
            report("image '\(url)' is outside the project folder; copy it inside the project", location)
            return inline
        }
        guard let mime = Self.mimeTypes[file.pathExtension.lowercased()] else {
            report("image '\(url)' has an unsupported type; use png, jpg, gif, svg or webp", location)
            return inline
        }
        guard let data = try? effects.readFile(file) else {
            report("image '\(url)' cannot be read", location)
            return inline
        }
        return .image(url: "data:\(mime);base64,\(data.base64EncodedString())", title: title, alt: alt, location: location)
    }
}
