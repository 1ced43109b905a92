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
        let rules = EmbeddedFace.all.compactMap { face -> String? in
            let used = switch face.characters { case .text: text; case .code: code; case .math: math }
            guard !used.isEmpty, let font = font(face, characters: used) else { return nil }
            return rule(face, font: font)
        }
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
