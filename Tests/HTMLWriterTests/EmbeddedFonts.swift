import CHarfBuzzSubset
import CWOFF2
import Foundation
import Testing

/// Reads the fonts a page embeds: finds a face's `@font-face` rule, decodes its WOFF2 data
/// URI back to OpenType with the woff2 library's decoder, and reads the result with HarfBuzz.
enum EmbeddedFonts {
    /// The OpenType font of the `@font-face` rule for `family` with `weight` and `italic`.
    static func font(_ family: String, weight: Int = 400, italic: Bool = false, in html: String) throws -> Data {
        let rule = "@font-face { font-family: \"\(family)\"; font-weight: \(weight); font-style: \(italic ? "italic" : "normal"); font-display: swap; src: url(data:font/woff2;base64,"
        let start = try #require(html.range(of: rule), "no @font-face rule for \(family) \(weight) \(italic ? "italic" : "")")
        let woff2 = try #require(Data(base64Encoded: String(html[start.upperBound...].prefix { $0 != ")" })))
        return try #require(decoded(woff2), "the \(family) data is not WOFF2")
    }

    /// The OpenType font in the WOFF2 `data`; nil when the decoder rejects it.
    static func decoded(_ data: Data) -> Data? {
        data.withUnsafeBytes { input -> Data? in
            guard let base = input.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
            var length = cwoff2_decoded_size(base, input.count)
            guard length > 0 else { return nil }
            var output = Data(count: length)
            let ok = output.withUnsafeMutableBytes { cwoff2_decode(base, input.count, $0.baseAddress!.assumingMemoryBound(to: UInt8.self), &length) }
            return ok == 1 ? output.prefix(length) : nil
        }
    }

    /// `body` run on a HarfBuzz face of the OpenType `data`.
    static func withFace<T>(_ data: Data, _ body: (OpaquePointer?) -> T) -> T {
        data.withUnsafeBytes { bytes in
            let blob = hb_blob_create(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), UInt32(bytes.count), HB_MEMORY_MODE_READONLY, nil, nil)
            defer { hb_blob_destroy(blob) }
            let face = hb_face_create(blob, 0)
            defer { hb_face_destroy(face) }
            return body(face)
        }
    }

    /// The characters the font `data` maps to glyphs (its `cmap`).
    static func characters(of data: Data) -> Set<UInt32> {
        withFace(data) { face in
            let set = hb_set_create()
            defer { hb_set_destroy(set) }
            hb_face_collect_unicodes(face, set)
            var found: Set<UInt32> = []
            var codepoint = UInt32.max  // HB_SET_VALUE_INVALID: start before the first
            while hb_set_next(set, &codepoint) != 0 { found.insert(codepoint) }
            return found
        }
    }

    /// The font's family name (`name` table, name ID 1).
    static func familyName(of data: Data) -> String {
        withFace(data) { face in
            var length: UInt32 = 128
            var buffer = [CChar](repeating: 0, count: Int(length))
            _ = hb_ot_name_get_utf8(face, hb_ot_name_id_t(HB_OT_NAME_ID_FONT_FAMILY), hb_language_from_string("en", -1), &length, &buffer)
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }
}
