import Foundation

/// The page's text and formulas in the PDF's fonts on any machine: for each face in
/// `EmbeddedFace.all` that is installed where the page is written, a subset holding the
/// characters the page shows in it, compressed as WOFF2 and embedded as an `@font-face`
/// data URI. The stylesheet lists the embedded families first; a face that is not
/// installed gets no rule, and the page falls back to the stylesheet's other fonts.
enum FontEmbedding {
    /// `page` with a `<style>` holding the embedded fonts before its `</head>`.
    static func embedding(into page: String) -> String {
        guard let head = page.range(of: "</head>") else { return page }
        let text = PageCharacters.text(of: page)
        let code = PageCharacters.code(of: page)
        let math = PageCharacters.math(of: page)
        // Each face is subset and compressed on its own core: WOFF2's Brotli is most of the time.
        let faces = EmbeddedFace.all
        let fonts = FontSlots(count: faces.count)
        DispatchQueue.concurrentPerform(iterations: faces.count) { index in
            let face = faces[index]
            let used = switch face.characters { case .text: text; case .code: code; case .math: math }
            if !used.isEmpty { fonts.set(index, font(face, characters: used)) }
        }
        let rules = zip(faces, fonts.values).compactMap { face, font in font.map { rule(face, font: $0) } }
        guard !rules.isEmpty else { return page }
        var result = page
        result.insert(contentsOf: "<style>\n" + rules.joined(separator: "\n") + "\n</style>\n", at: head.lowerBound)
        return result
    }

    /// The WOFF2 subset of `face` for `characters`; nil when the face is not installed.
    /// Subsets already made are reused: pages rendered again mostly show the same text.
    static func font(_ face: EmbeddedFace, characters: Set<Unicode.Scalar>) -> Data? {
        let key = face.family + " \(face.weight) \(face.italic) " + String(String.UnicodeScalarView(characters.sorted()))
        if let font = lock.withLock({ made[key] }) { return font }
        let font = subset(face, characters: characters)
        lock.withLock { made[key] = font }
        return font
    }

    /// The subsets made so far, by face and characters.
    nonisolated(unsafe) private static var made: [String: Data?] = [:]
    private static let lock = NSLock()

    private static func subset(_ face: EmbeddedFace, characters: Set<Unicode.Scalar>) -> Data? {
        guard let file = FontSubset.file(family: face.installedFamily, style: face.installedStyle),
              let subset = FontSubset.subset(file: file, characters: characters) else { return nil }
        return WOFF2.compressed(subset)
    }

    /// The `@font-face` rule for `font`.
    static func rule(_ face: EmbeddedFace, font: Data) -> String {
        "@font-face { font-family: \"\(face.family)\"; font-weight: \(face.weight); font-style: \(face.italic ? "italic" : "normal"); "
            + "font-display: swap; src: url(data:font/woff2;base64,\(font.base64EncodedString())) format(\"woff2\"); }"
    }
}

/// The fonts of `FontEmbedding.embedding(into:)`, one slot per face, filled from several threads.
private final class FontSlots: @unchecked Sendable {
    private var slots: [Data?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ font: Data?) { lock.withLock { slots[index] = font } }

    var values: [Data?] { lock.withLock { slots } }
}
