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
            try drawAndFinish(surface, Size(width, height), name, draw)
            return sink.bytes
        }
        return Data(prefixSVGIds(bytes, prefix: idPrefix))
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
            try drawAndFinish(surface, Size(width, height), name, draw)
            return sink.bytes
        }
        return Data(bytes)
    }

    /// PNG at `scale` pixels per point (1 or 2), on an opaque white background.
    public static func png(width: Double, height: Double, scale: Double = 1, name: String = "figure",
                           draw: (Canvas) throws -> Void) throws -> Data {
        let pw = Int32((width * scale).rounded(.up)), ph = Int32((height * scale).rounded(.up))
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
                                      _ draw: (Canvas) throws -> Void) throws {
        try check(surface.status, name)
        do {
            let context = CairoContext(surface: surface)
            let canvas = CairoCanvas(context: context, size: size)
            try draw(canvas)
            try check(context.status, name)
        }
        surface.finish()
        try check(surface.status, name)
    }

    /// Prefixes `id="`, `href="#` (also `xlink:href`) and `url(#` targets with `prefix`.
    static func prefixSVGIds(_ bytes: [UInt8], prefix: String) -> [UInt8] {
        guard !prefix.isEmpty else { return bytes }
        let p = Array(prefix.utf8)
        let patterns: [[UInt8]] = [Array("id=\"".utf8), Array("href=\"#".utf8), Array("url(#".utf8)]
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 20)
        var i = 0
        let n = bytes.count
        outer: while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "i") || b == UInt8(ascii: "h") || b == UInt8(ascii: "u") {
                for pat in patterns where pat[0] == b && i + pat.count <= n {
                    var match = true
                    for k in 1..<pat.count where bytes[i + k] != pat[k] { match = false; break }
                    if match {
                        // `id="` must not be the tail of a longer attribute name (e.g. `grid="`).
                        if pat[0] == UInt8(ascii: "i"), i > 0, isNameByte(bytes[i - 1]) { break }
                        out.append(contentsOf: pat)
                        out.append(contentsOf: p)
                        i += pat.count
                        continue outer
                    }
                }
            }
            out.append(b)
            i += 1
        }
        return out
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x3A
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
