import CHyphen
import Foundation
import Graphics

/// Hyphenation of justified running text with libhyphen and the TeX patterns Debian ships
/// (`hyphen-en-us` and its siblings): soft hyphens (U+00AD) go where the patterns allow a
/// break, and Pango breaks a line there with a visible hyphen when that justifies better.
/// Words with a capital after the first letter (BPTT, RFLO), digits or fewer than five
/// letters are left whole.
final class Hyphenator {
    static let softHyphen: Character = "\u{AD}"
    private let dictionary: OpaquePointer
    private var known: [Substring: String] = [:]

    /// The patterns for `language` ("en-US", "en_US" or "en"), or nil when none is installed.
    init?(language: String, folder: String = "/usr/share/hyphen") {
        let name = language.replacingOccurrences(of: "-", with: "_")
        let candidates = [name, String(name.prefix { $0 != "_" })].map { "\(folder)/hyph_\($0).dic" }
        guard let path = candidates.first(where: FileManager.default.fileExists(atPath:)),
              let loaded = hnj_hyphen_load(path) else { return nil }
        dictionary = OpaquePointer(loaded)
    }

    deinit { hnj_hyphen_free(UnsafeMutablePointer(dictionary)) }

    /// `text` with soft hyphens inside its long words.
    func hyphenate(_ text: String) -> String {
        var out = ""
        var word = Substring()
        var start = text.startIndex
        func flush(_ end: String.Index) {
            word = text[start..<end]
            out += word.isEmpty ? "" : hyphenated(word)
        }
        for index in text.indices where !(text[index].isLetter || text[index].isNumber) {
            flush(index)
            out.append(text[index])
            start = text.index(after: index)
        }
        flush(text.endIndex)
        return out
    }

    /// Running text pieces of `rich` hyphenated; code, other fonts and cross-references
    /// ("Figure 6.3", links within the document) stay whole.
    func hyphenate(_ rich: RichText, family: String) -> RichText {
        var result = RichText()
        for piece in rich.pieces {
            switch piece {
            case let .text(s, style, link):
                let isCrossReference = if case .destination = link { true } else { false }
                result.append(style.family == family && !isCrossReference ? hyphenate(s) : s, style, link: link)
            case let .object(id, width, ascent, descent, link):
                result.appendObject(id: id, width: width, ascent: ascent, descent: descent, link: link)
            }
        }
        return result
    }

    private func hyphenated(_ word: Substring) -> String {
        if let cached = known[word] { return cached }
        let lower = word.lowercased()
        var result = String(word)
        if word.count >= 5, word.allSatisfy(\.isLetter), !word.dropFirst().contains(where: \.isUppercase),
           lower.utf8.count == word.utf8.count {
            let bytes = Array(lower.utf8)
            var marks = [CChar](repeating: 0, count: bytes.count + 5)
            var rep: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
            var pos: UnsafeMutablePointer<Int32>?
            var cut: UnsafeMutablePointer<Int32>?
            let failed = bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    hnj_hyphen_hyphenate2(UnsafeMutablePointer(dictionary), $0.baseAddress, Int32(bytes.count), &marks, nil, &rep, &pos, &cut)
                }
            }
            free(rep); free(pos); free(cut)
            if failed == 0 {
                var pieces = ""
                var offset = 0
                for ch in word {
                    pieces.append(ch)
                    offset += ch.utf8.count
                    if offset < bytes.count, marks[offset - 1] & 1 == 1 { pieces.append(Self.softHyphen) }
                }
                result = pieces
            }
        }
        known[word] = result
        return result
    }
}
