import Foundation

/// The picture of an image figure or of a plain Markdown image: the file as written, how
/// wide it is shown and where, and its bytes once the render has read them.
public struct FigureImage: Sendable, Equatable {
    /// A requested width: a fraction of the text width (`60%`) or a length in points
    /// (`300px` at 0.75 pt each, `8cm`).
    public enum Width: Sendable, Equatable {
        case fraction(Double)
        case points(Double)
    }

    public enum Alignment: String, Sendable, Equatable, CaseIterable {
        case left, center, right
    }

    /// The path as written, relative to the chapter.
    public var path: String
    /// Where the path stands in the chapter (problems with the file are placed here).
    public var location: SourceLocation
    public var width: Width?
    public var alignment: Alignment
    /// "image/png", "image/jpeg", "image/gif" or "image/svg+xml", once read.
    public var mime: String
    /// The file's bytes, once read (nil before).
    public var data: Data?

    public init(path: String, location: SourceLocation, width: Width? = nil, alignment: Alignment = .center,
                mime: String = "", data: Data? = nil) {
        self.path = path
        self.location = location
        self.width = width
        self.alignment = alignment
        self.mime = mime
        self.data = data
    }

    /// The bytes as a `data:` URI (empty before they are read).
    public var dataURI: String {
        guard let data else { return "" }
        return "data:\(mime);base64,\(data.base64EncodedString())"
    }

    /// Parses a width as MyST and Quarto write it: `60%`, `300px`, `300` (pixels), `8cm`,
    /// `80mm`, `3in`, `200pt`; nil when it is none of these or not positive.
    public static func width(_ text: String) -> Width? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("px", 0.75), ("pt", 1), ("cm", 72 / 2.54), ("mm", 72 / 25.4), ("in", 72)]
        if t.hasSuffix("%") {
            guard let v = Double(t.dropLast()), v > 0, v <= 100 else { return nil }
            return .fraction(v / 100)
        }
        for (unit, points) in units where t.hasSuffix(unit) {
            guard let v = Double(t.dropLast(unit.count).trimmingCharacters(in: .whitespaces)), v > 0 else { return nil }
            return .points(v * points)
        }
        guard let v = Double(t), v > 0 else { return nil }
        return .points(v * 0.75)
    }
}
