import CHarfBuzzSubset
import Foundation

/// Lets browsers stretch `\widetilde` and `\widehat`. MathML Core stretches an accent
/// horizontally when its character is one of the horizontal operators, such as the tilde
/// U+02DC and circumflex U+02C6, and the font has wider variants of its glyph in the MATH
/// table. TeX Gyre's math fonts have those variants only for the combining marks U+0303
/// and U+0302, which Chromium does not stretch sideways. This gives the spacing marks'
/// glyphs the combining marks' wider variants, by adding them to the MATH table's
/// horizontal constructions (OpenType MATH, MathVariants), in a font that holds both.
enum WideAccentVariants {
    /// Each spacing accent and the combining mark whose variants it takes.
    static let pairs: [(spacing: Unicode.Scalar, combining: Unicode.Scalar)] = [("\u{02DC}", "\u{0303}"), ("\u{02C6}", "\u{0302}")]

    /// The characters a subset must keep for `characters`' wide accents: the combining
    /// marks, whose glyphs bring their variants along.
    static func companions(of characters: Set<Unicode.Scalar>) -> Set<Unicode.Scalar> {
        Set(pairs.filter { characters.contains($0.spacing) }.map(\.combining))
    }

    /// The font `data` with the spacing accents' glyphs added to the MATH table's
    /// horizontal constructions; nil when it has no MATH table to extend or nothing to add.
    static func extended(_ data: Data) -> Data? {
        let blob = data.withUnsafeBytes { bytes in
            hb_blob_create(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), UInt32(bytes.count), HB_MEMORY_MODE_DUPLICATE, nil, nil)
        }
        defer { hb_blob_destroy(blob) }
        let face = hb_face_create(blob, 0)
        defer { hb_face_destroy(face) }
        guard let face, let extended = extended(face) else { return nil }
        defer { hb_face_destroy(extended) }
        return FontSubset.data(of: extended)
    }

    /// `face` with the spacing accents' variants added, as a new face.
    private static func extended(_ face: OpaquePointer) -> OpaquePointer? {
        let mathTag = tag("MATH")
        guard let mathBlob = hb_face_reference_table(face, mathTag) else { return nil }
        defer { hb_blob_destroy(mathBlob) }
        var length: UInt32 = 0
        guard let bytes = hb_blob_get_data(mathBlob, &length), length > 0 else { return nil }
        let math = [UInt8](UnsafeRawBufferPointer(start: bytes, count: Int(length)))
        guard let font = hb_font_create(face) else { return nil }
        defer { hb_font_destroy(font) }
        var added: [(glyph: UInt16, construction: [UInt8])] = []
        let variants = MathVariants(math)
        for pair in pairs {
            var spacing: hb_codepoint_t = 0, combining: hb_codepoint_t = 0
            guard hb_font_get_nominal_glyph(font, pair.spacing.value, &spacing) != 0,
                  hb_font_get_nominal_glyph(font, pair.combining.value, &combining) != 0,
                  let records = variants?.horizontalVariants(of: UInt16(combining)),
                  variants?.horizontalVariants(of: UInt16(spacing)) == nil else { continue }
            // The spacing glyph first, then the combining mark's wider variants (not the
            // mark itself, which has no advance).
            let advance = UInt16(clamping: hb_font_get_glyph_h_advance(font, spacing))
            let wider = records.filter { $0.glyph != UInt16(combining) && $0.advance > advance }
            guard !wider.isEmpty else { continue }
            added.append((UInt16(spacing), MathVariants.construction([(UInt16(spacing), advance)] + wider)))
        }
        guard !added.isEmpty, let patched = variants?.adding(added) else { return nil }
        return rebuilt(face, replacing: mathTag, with: patched)
    }

    /// A copy of `face` with the table `tag` replaced by `data`.
    private static func rebuilt(_ face: OpaquePointer, replacing replaced: hb_tag_t, with data: [UInt8]) -> OpaquePointer? {
        guard let builder = hb_face_builder_create() else { return nil }
        var count: UInt32 = 64
        var tags = [hb_tag_t](repeating: 0, count: 64)
        let total = hb_face_get_table_tags(face, 0, &count, &tags)
        if total > 64 {
            count = total
            tags = [hb_tag_t](repeating: 0, count: Int(total))
            _ = hb_face_get_table_tags(face, 0, &count, &tags)
        }
        for tag in tags.prefix(Int(count)) {
            if tag == replaced {
                let blob = data.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: data.count) {
                        hb_blob_create($0, UInt32(data.count), HB_MEMORY_MODE_DUPLICATE, nil, nil)
                    }
                }
                hb_face_builder_add_table(builder, tag, blob)
                hb_blob_destroy(blob)
            } else if let blob = hb_face_reference_table(face, tag) {
                hb_face_builder_add_table(builder, tag, blob)
                hb_blob_destroy(blob)
            }
        }
        return builder
    }

    private static func tag(_ name: String) -> hb_tag_t {
        name.utf8.reduce(0) { ($0 << 8) | hb_tag_t($1) }
    }
}

/// The MathVariants subtable of an OpenType MATH table, read from and written to bytes
/// (big-endian; offsets are from the subtable's start).
struct MathVariants {
    private let math: [UInt8]
    /// Where the subtable starts in `math`.
    private let start: Int
    private let minConnectorOverlap: UInt16
    private let verticalCoverage: [UInt16]
    private let verticalConstructions: [Int]
    private let horizontalCoverage: [UInt16]
    /// The offsets of the horizontal constructions, from the subtable's start.
    private let horizontalConstructions: [Int]

    init?(_ math: [UInt8]) {
        guard math.count >= 10 else { return nil }
        let start = Int(Self.u16(math, 8))
        guard start > 0, start + 10 <= math.count else { return nil }
        let verticalCount = Int(Self.u16(math, start + 6)), horizontalCount = Int(Self.u16(math, start + 8))
        guard start + 10 + 2 * (verticalCount + horizontalCount) <= math.count,
              let vertical = Self.coverage(math, at: Self.u16(math, start + 2), from: start, count: verticalCount),
              let horizontal = Self.coverage(math, at: Self.u16(math, start + 4), from: start, count: horizontalCount)
        else { return nil }
        self.math = math
        self.start = start
        minConnectorOverlap = Self.u16(math, start)
        verticalCoverage = vertical
        horizontalCoverage = horizontal
        verticalConstructions = (0..<verticalCount).map { Int(Self.u16(math, start + 10 + 2 * $0)) }
        horizontalConstructions = (0..<horizontalCount).map { Int(Self.u16(math, start + 10 + 2 * (verticalCount + $0))) }
    }

    /// The glyph variants (glyph, advance) of `glyph`'s horizontal construction.
    func horizontalVariants(of glyph: UInt16) -> [(glyph: UInt16, advance: UInt16)]? {
        guard let index = horizontalCoverage.firstIndex(of: glyph) else { return nil }
        let at = start + horizontalConstructions[index]
        guard at + 4 <= math.count else { return nil }
        let count = Int(Self.u16(math, at + 2))
        guard at + 4 + 4 * count <= math.count else { return nil }
        return (0..<count).map { (Self.u16(math, at + 4 + 4 * $0), Self.u16(math, at + 6 + 4 * $0)) }
    }

    /// A MathGlyphConstruction of `variants` without an assembly.
    static func construction(_ variants: [(glyph: UInt16, advance: UInt16)]) -> [UInt8] {
        var bytes: [UInt8] = []
        append(0, to: &bytes)
        append(UInt16(variants.count), to: &bytes)
        for variant in variants {
            append(variant.glyph, to: &bytes)
            append(variant.advance, to: &bytes)
        }
        return bytes
    }

    /// The MATH table with these horizontal constructions added, as a new MathVariants
    /// subtable at its end (the old one stays, unused, so no other offset moves); nil when
    /// an offset would not fit in 16 bits.
    func adding(_ constructions: [(glyph: UInt16, construction: [UInt8])]) -> [UInt8]? {
        // The header and coverage tables come first, then the old subtable's bytes (its
        // constructions keep their places relative to each other), then the new ones.
        var horizontal = zip(horizontalCoverage, horizontalConstructions).map { (glyph: $0.0, offset: $0.1, bytes: [UInt8]?.none) }
        for added in constructions { horizontal.append((added.glyph, 0, added.construction)) }
        horizontal.sort { $0.glyph < $1.glyph }
        let headerSize = 10 + 2 * (verticalCoverage.count + horizontal.count)
        let verticalCoverageSize = 4 + 2 * verticalCoverage.count, horizontalCoverageSize = 4 + 2 * horizontal.count
        let shift = headerSize + verticalCoverageSize + horizontalCoverageSize
        let old = Array(math[start...])
        var subtable: [UInt8] = []
        Self.append(minConnectorOverlap, to: &subtable)
        Self.append(UInt16(headerSize), to: &subtable)
        Self.append(UInt16(headerSize + verticalCoverageSize), to: &subtable)
        Self.append(UInt16(verticalCoverage.count), to: &subtable)
        Self.append(UInt16(horizontal.count), to: &subtable)
        var appended: [UInt8] = []
        var offsets: [Int] = verticalConstructions.map { $0 + shift }
        for entry in horizontal {
            if let bytes = entry.bytes {
                offsets.append(shift + old.count + appended.count)
                appended += bytes
            } else {
                offsets.append(entry.offset + shift)
            }
        }
        guard shift + old.count + appended.count <= Int(UInt16.max), math.count <= Int(UInt16.max) else { return nil }
        for offset in offsets { Self.append(UInt16(offset), to: &subtable) }
        for glyphs in [verticalCoverage, horizontal.map(\.glyph)] {
            Self.append(1, to: &subtable)
            Self.append(UInt16(glyphs.count), to: &subtable)
            for glyph in glyphs { Self.append(glyph, to: &subtable) }
        }
        subtable += old + appended
        var result = math
        result[8] = UInt8(math.count >> 8)
        result[9] = UInt8(math.count & 0xFF)
        return result + subtable
    }

    /// The glyphs of a Coverage table in coverage order; an empty list for a null offset.
    private static func coverage(_ bytes: [UInt8], at offset: UInt16, from base: Int, count: Int) -> [UInt16]? {
        if offset == 0 { return count == 0 ? [] : nil }
        let at = base + Int(offset)
        guard at + 4 <= bytes.count else { return nil }
        let format = u16(bytes, at), n = Int(u16(bytes, at + 2))
        var glyphs: [UInt16] = []
        switch format {
        case 1:
            guard at + 4 + 2 * n <= bytes.count else { return nil }
            glyphs = (0..<n).map { u16(bytes, at + 4 + 2 * $0) }
        case 2:
            guard at + 4 + 6 * n <= bytes.count else { return nil }
            for range in 0..<n {
                let first = u16(bytes, at + 4 + 6 * range), last = u16(bytes, at + 6 + 6 * range)
                guard first <= last else { return nil }
                glyphs += Array(first...last)
            }
        default:
            return nil
        }
        return glyphs.count == count ? glyphs : nil
    }

    private static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1])
    }

    private static func append(_ value: UInt16, to bytes: inout [UInt8]) {
        bytes.append(UInt8(value >> 8))
        bytes.append(UInt8(value & 0xFF))
    }
}
