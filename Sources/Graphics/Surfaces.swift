import CCairo
import Foundation

/// Renders one drawing to SVG, PDF or PNG bytes. Sizes are in points. The drawing closure
/// receives a Canvas; Cairo's sticky status is checked once, at the end, and a failure
/// names `name` (the figure or page).
public enum Render {
    /// SVG with every id, `href="#…"` and `url(#…)` prefixed by `idPrefix`, so several
    /// figures can be inlined in one HTML page.
    public static func svg(width: Double, height: Double, idPrefix: String, name: String = "figure",
                           draw: (Canvas) throws -> Void) throws -> Data {
        let sink = ByteSink()
        let bytes: [UInt8] = try withExtendedLifetime(sink) {
            let surface = CairoSurface(cairo_svg_surface_create_for_stream(
                byteSinkWrite, Unmanaged.passUnretained(sink).toOpaque(), width, height))
            cairo_svg_surface_restrict_to_version(surface.handle, CAIRO_SVG_VERSION_1_1)
            cairo_svg_surface_set_document_unit(surface.handle, CAIRO_SVG_UNIT_PT)
            try drawAndFinish(surface, Size(width, height), name, enlargesSharpImages: true, draw)
            return sink.bytes
        }
        return Data(SVGCompaction.roundPathData(prefixSVGIds(bytes, prefix: idPrefix)))
    }

    /// PDF, one page of exactly `width` x `height` points, fonts embedded (subset), with a
    /// fixed creation date so the same drawing gives the same bytes.
    public static func pdf(width: Double, height: Double, title: String? = nil, name: String = "figure",
                           draw: (Canvas) throws -> Void) throws -> Data {
        let sink = ByteSink()
        let bytes: [UInt8] = try withExtendedLifetime(sink) {
            let surface = CairoSurface(cairo_pdf_surface_create_for_stream(
                byteSinkWrite, Unmanaged.passUnretained(sink).toOpaque(), width, height))
            configurePDF(surface, title: title)
            try drawAndFinish(surface, Size(width, height), name, enlargesSharpImages: false, draw)
            return sink.bytes
        }
        return Data(bytes)
    }

    /// PNG at `scale` pixels per point (300 dpi is 300/72), on an opaque white background.
    public static func png(width: Double, height: Double, scale: Double = 1, name: String = "figure",
                           draw: (Canvas) throws -> Void) throws -> Data {
        // Whole pixels, rounded up unless a size is a whole number but for floating-point error
        // (5 in given as 12.7 cm is 360.00000000000006 pt).
        let pw = Int32((width * scale - 1e-6).rounded(.up)), ph = Int32((height * scale - 1e-6).rounded(.up))
        let surface = CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pw, ph))
        try check(surface.status, name)
        let context = CairoContext(surface: surface)
        cairo_set_source_rgb(context.handle, 1, 1, 1)
        cairo_paint(context.handle)
        cairo_scale(context.handle, scale, scale)
        let canvas = CairoCanvas(context: context, size: Size(width, height))
        try draw(canvas)
        try check(context.status, name)
        cairo_surface_flush(surface.handle)
        let sink = ByteSink()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(surface.handle, byteSinkWrite,
                                              Unmanaged.passUnretained(sink).toOpaque())
        }
        try check(status, name)
        return Data(sink.bytes)
    }

    /// A canvas that draws nowhere, for measuring text and laying out (same metrics as
    /// every other surface).
    public static func measuringCanvas(width: Double, height: Double) -> Canvas {
        let surface = CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1))
        return CairoCanvas(context: CairoContext(surface: surface), size: Size(width, height))
    }

    /// Sets the metadata of a PDF surface (fixed dates for reproducible bytes).
    static func configurePDF(_ surface: CairoSurface, title: String?) {
        cairo_pdf_surface_restrict_to_version(surface.handle, CAIRO_PDF_VERSION_1_5)
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z")
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_MOD_DATE, "2000-01-01T00:00:00Z")
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_CREATOR, "LivingPaper")
        if let title { cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_TITLE, title) }
    }

    private static func drawAndFinish(_ surface: CairoSurface, _ size: Size, _ name: String,
                                      enlargesSharpImages: Bool, _ draw: (Canvas) throws -> Void) throws {
        try check(surface.status, name)
        do {
            let context = CairoContext(surface: surface)
            let canvas = CairoCanvas(context: context, size: size, enlargesSharpImages: enlargesSharpImages)
            try draw(canvas)
            try check(context.status, name)
        }
        surface.finish()
        try check(surface.status, name)
    }

    /// Renames every id to `prefix` + its letters + a number counted from 1 in order of
    /// first definition, and rewrites `href="#…"` (also `xlink:href`) and `url(#…)` to
    /// match. Cairo numbers some ids with a process-wide counter; renaming makes the same
    /// drawing give the same bytes, and the prefix keeps several figures in one page apart.
    static func prefixSVGIds(_ bytes: [UInt8], prefix: String) -> [UInt8] {
        let p = Array(prefix.utf8)
        let idPat = Array(" id=\"".utf8), hrefPat = Array("href=\"#".utf8), urlPat = Array("url(#".utf8)
        let n = bytes.count
        func matches(_ pat: [UInt8], at i: Int) -> Bool {
            guard i + pat.count <= n else { return false }
            for k in 0..<pat.count where bytes[i + k] != pat[k] { return false }
            return true
        }
        func token(at i: Int) -> Range<Int> {
            var j = i
            while j < n, bytes[j] != UInt8(ascii: "\""), bytes[j] != UInt8(ascii: ")") { j += 1 }
            return i..<j
        }
        // Pass 1: new names for the ids, in order of definition.
        var names: [ArraySlice<UInt8>: [UInt8]] = [:]
        var counter = 0
        var i = 0
        while i < n {
            if bytes[i] == UInt8(ascii: " "), matches(idPat, at: i) {
                let r = token(at: i + idPat.count)
                let old = bytes[r]
                if names[old] == nil {
                    counter += 1
                    let stem = old.prefix { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) }
                    names[old] = p + Array(stem) + Array(String(counter).utf8)
                }
                i = r.upperBound
            } else {
                i += 1
            }
        }
        // Pass 2: rewrite definitions and references.
        var out: [UInt8] = []
        out.reserveCapacity(n + n / 16)
        i = 0
        while i < n {
            let b = bytes[i]
            var pat: [UInt8]? = nil
            if b == UInt8(ascii: " ") && matches(idPat, at: i) { pat = idPat }
            else if b == UInt8(ascii: "h") && matches(hrefPat, at: i) { pat = hrefPat }
            else if b == UInt8(ascii: "u") && matches(urlPat, at: i) { pat = urlPat }
            if let pat {
                out.append(contentsOf: pat)
                let r = token(at: i + pat.count)
                out.append(contentsOf: names[bytes[r]] ?? (p + Array(bytes[r])))
                i = r.upperBound
            } else {
                out.append(b)
                i += 1
            }
        }
        return out
    }
}

/// Helpers for placing SVG output inside HTML.
public enum SVGText {
    /// Drops a leading `<?xml …?>` declaration so the SVG can be inlined in HTML.
    public static func inlineable(_ svg: Data) -> String {
        var s = String(decoding: svg, as: UTF8.self)
        if s.hasPrefix("<?xml"), let end = s.range(of: "?>") {
            s.removeSubrange(s.startIndex..<end.upperBound)
            while s.first?.isNewline == true { s.removeFirst() }
        }
        return s
    }
}
