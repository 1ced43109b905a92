import CCairo
import CRsvg
import Foundation

/// An image file a chapter shows (PNG, JPEG, GIF or SVG), decoded once and drawn on a Cairo
/// canvas: rasters decoded by gdk-pixbuf (a JPEG also keeps its own bytes, which a PDF
/// surface embeds as they are), SVG drawn as vectors by librsvg.
public final class Picture: @unchecked Sendable {
    private enum Content {
        case raster(CairoSurface, pixelWidth: Int, pixelHeight: Int)
        case vector(SVGDrawing)
    }

    private let content: Content
    /// The natural size in points: a raster's pixels at 96 per inch (as a browser shows
    /// them, one CSS pixel is 0.75 pt), an SVG's own width and height.
    public let width: Double
    public let height: Double

    /// Decodes `data` of MIME type `mime` ("image/png", "image/jpeg", "image/gif",
    /// "image/svg+xml"); throws a `GraphicsError` saying why when it cannot.
    public init(data: Data, mime: String) throws {
        if mime == "image/svg+xml" {
            let svg = try SVGDrawing(data: data)
            content = .vector(svg)
            // Without a size of its own an SVG gets a browser's default, 300 x 150 pixels.
            (width, height) = svg.width > 0 && svg.height > 0 ? (svg.width, svg.height) : (225, 112.5)
            return
        }
        let (surface, w, h) = try Self.decodeRaster(data)
        if mime == "image/jpeg" { Self.attach(data, as: CAIRO_MIME_TYPE_JPEG, to: surface) }
        // The same file drawn twice is embedded once.
        Self.attach(Data(Self.fingerprint(data).utf8), as: CAIRO_MIME_TYPE_UNIQUE_ID, to: surface)
        content = .raster(surface, pixelWidth: w, pixelHeight: h)
        (width, height) = (Double(w) * 0.75, Double(h) * 0.75)
    }

    /// Draws the picture stretched over `rect`.
    func draw(on cr: OpaquePointer, in rect: Rect) throws {
        switch content {
        case let .vector(svg):
            try svg.render(on: cr, in: rect)
        case let .raster(surface, w, h):
            cairo_save(cr)
            defer { cairo_restore(cr) }
            // No padding extend: the PDF surface then embeds the image (or its JPEG) as it is.
            cairo_translate(cr, rect.x, rect.y)
            cairo_scale(cr, rect.width / Double(w), rect.height / Double(h))
            cairo_set_source_surface(cr, surface.handle, 0, 0)
            cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
            cairo_paint(cr)
        }
    }

    /// The decoded pixels as a Cairo image surface (premultiplied ARGB).
    private static func decodeRaster(_ data: Data) throws -> (CairoSurface, Int, Int) {
        let loader = gdk_pixbuf_loader_new()!
        defer { g_object_unref(UnsafeMutableRawPointer(loader)) }
        var error: UnsafeMutablePointer<GError>?
        func failure(_ fallback: String) -> GraphicsError {
            let message = error.map { String(cString: $0.pointee.message) } ?? fallback
            if let error { g_error_free(error) }
            return GraphicsError(name: "image", message: message)
        }
        let written = data.withUnsafeBytes { bytes in
            gdk_pixbuf_loader_write(loader, bytes.bindMemory(to: UInt8.self).baseAddress, gsize(bytes.count), &error)
        }
        guard written != 0 else {
            gdk_pixbuf_loader_close(loader, nil)
            throw failure("not an image gdk-pixbuf can read")
        }
        guard gdk_pixbuf_loader_close(loader, &error) != 0, let pixbuf = gdk_pixbuf_loader_get_pixbuf(loader) else {
            throw failure("the image data is incomplete")
        }
        let w = Int(gdk_pixbuf_get_width(pixbuf)), h = Int(gdk_pixbuf_get_height(pixbuf))
        let channels = Int(gdk_pixbuf_get_n_channels(pixbuf)), rowstride = Int(gdk_pixbuf_get_rowstride(pixbuf))
        let alpha = gdk_pixbuf_get_has_alpha(pixbuf) != 0
        guard w > 0, h > 0, channels >= 3, let pixels = gdk_pixbuf_read_pixels(pixbuf) else {
            throw GraphicsError(name: "image", message: "the image has no pixels")
        }
        let surface = CairoSurface(cairo_image_surface_create(alpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, Int32(w), Int32(h)))
        try check(surface.status, "image")
        cairo_surface_flush(surface.handle)
        let stride = Int(cairo_image_surface_get_stride(surface.handle))
        let target = cairo_image_surface_get_data(surface.handle)!
        for row in 0..<h {
            let line = (target + row * stride).withMemoryRebound(to: UInt32.self, capacity: w) { $0 }
            let source = pixels + row * rowstride
            for col in 0..<w {
                let s = source + col * channels
                let a = alpha ? UInt32(s[3]) : 255
                let r = UInt32(s[0]) * a / 255, g = UInt32(s[1]) * a / 255, b = UInt32(s[2]) * a / 255
                line[col] = (a << 24) | (r << 16) | (g << 8) | b
            }
        }
        cairo_surface_mark_dirty(surface.handle)
        return (surface, w, h)
    }

    /// Attaches `data` to a decoded surface as Cairo mime data: a JPEG file's bytes make
    /// the PDF surface embed the file itself instead of the decoded pixels; a unique id lets
    /// it embed one copy of an image drawn several times.
    private static func attach(_ data: Data, as type: String, to surface: CairoSurface) {
        guard !data.isEmpty, let copy = malloc(data.count) else { return }
        data.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: data.count) }
        let status = cairo_surface_set_mime_data(surface.handle, type, copy.assumingMemoryBound(to: UInt8.self),
                                                 UInt(data.count), { free($0) }, copy)
        if status != CAIRO_STATUS_SUCCESS { free(copy) }
    }

    /// A 64-bit FNV-1a hash of the bytes and their count, as text.
    private static func fingerprint(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return "picture-\(String(hash, radix: 16))-\(data.count)"
    }
}

extension CairoCanvas {
    /// Draws `picture` stretched over `rect` (vectors for an SVG).
    public func draw(_ picture: Picture, in rect: Rect) throws {
        cairo_save(context.handle)
        defer { cairo_restore(context.handle) }
        try picture.draw(on: context.handle, in: rect)
    }
}
