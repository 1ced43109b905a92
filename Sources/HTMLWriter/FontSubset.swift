import CHarfBuzzSubset
import Foundation

/// Installed fonts found by family name with fontconfig, and subsets of them made with
/// HarfBuzz's subsetter: only the glyphs for the given characters, with what those need
/// (the MATH table's size variants and assemblies, the layout features such as `ssty`),
/// with the wide accents' variants that browsers need (`WideAccentVariants`).
enum FontSubset {
    /// The file of the installed font whose family is exactly `family` (and style `style`,
    /// when given); nil when it is not installed (fontconfig would otherwise offer a substitute).
    static func file(family: String, style: String? = nil) -> String? {
        let name = style.map { "\(family):style=\($0)" } ?? family
        guard let pattern = name.withCString({ FcNameParse(UnsafeRawPointer($0).assumingMemoryBound(to: FcChar8.self)) }) else { return nil }
        defer { FcPatternDestroy(pattern) }
        FcConfigSubstitute(nil, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultMatch
        guard let match = FcFontMatch(nil, pattern, &result) else { return nil }
        defer { FcPatternDestroy(match) }
        var value: UnsafeMutablePointer<FcChar8>?
        guard strings(of: match, "family").contains(family), style.map({ strings(of: match, "style").contains($0) }) ?? true,
              FcPatternGetString(match, "file", 0, &value) == FcResultMatch, let value else { return nil }
        return String(cString: value)
    }

    /// Every value of the string property `key` (fontconfig's "family", "style") of `match`.
    private static func strings(of match: OpaquePointer, _ key: String) -> [String] {
        var found: [String] = []
        var index: Int32 = 0
        var value: UnsafeMutablePointer<FcChar8>?
        while FcPatternGetString(match, key, index, &value) == FcResultMatch, let value {
            found.append(String(cString: value))
            index += 1
        }
        return found
    }

    /// The font at `file` cut down to the glyphs of `characters`, as OpenType data; nil when
    /// the file is not a font HarfBuzz can subset.
    static func subset(file: String, characters: Set<Unicode.Scalar>) -> Data? {
        guard let blob = hb_blob_create_from_file_or_fail(file) else { return nil }
        defer { hb_blob_destroy(blob) }
        let face = hb_face_create(blob, 0)
        defer { hb_face_destroy(face) }
        guard let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        let unicodes = hb_subset_input_unicode_set(input)
        for scalar in characters.union(WideAccentVariants.companions(of: characters)) { hb_set_add(unicodes, scalar.value) }
        // Keep every layout feature: script-size glyphs (`ssty`) and the like.
        let features = hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG)
        hb_set_clear(features)
        hb_set_invert(features)
        guard let subset = hb_subset_or_fail(face, input) else { return nil }
        defer { hb_face_destroy(subset) }
        guard let font = data(of: subset) else { return nil }
        return WideAccentVariants.extended(font) ?? font
    }

    /// The OpenType data of `face`.
    static func data(of face: OpaquePointer) -> Data? {
        guard let blob = hb_face_reference_blob(face) else { return nil }
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let bytes = hb_blob_get_data(blob, &length), length > 0 else { return nil }
        return Data(bytes: bytes, count: Int(length))
    }
}
