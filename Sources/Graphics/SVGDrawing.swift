import CCairo
import CRsvg
import Foundation

/// An SVG document parsed once by librsvg and drawn as vectors on a Cairo canvas (a
/// figure's SVG, or an SVG image file, in the PDF).
public final class SVGDrawing: @unchecked Sendable {
    private let handle: UnsafeMutablePointer<RsvgHandle>
    /// The document's own size in points (its `width`/`height`, else its view box).
    public let width: Double
    public let height: Double

    /// Parses `data`; throws a `GraphicsError` with librsvg's message when it is not SVG.
    public init(data: Data) throws {
        var error: UnsafeMutablePointer<GError>?
        let parsed = data.withUnsafeBytes { bytes -> UnsafeMutablePointer<RsvgHandle>? in
            rsvg_handle_new_from_data(bytes.bindMemory(to: UInt8.self).baseAddress, gsize(bytes.count), &error)
        }
        guard let parsed else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "not an SVG document"
            if let error { g_error_free(error) }
            throw GraphicsError(name: "SVG", message: message)
        }
        handle = parsed
        rsvg_handle_set_dpi(handle, 72)
        var w = 0.0, h = 0.0
        if rsvg_handle_get_intrinsic_size_in_pixels(handle, &w, &h) == 0 {
            var viewBox = RsvgRectangle()
            var hasViewBox: gboolean = 0
            rsvg_handle_get_intrinsic_dimensions(handle, nil, nil, nil, nil, &hasViewBox, &viewBox)
            (w, h) = hasViewBox != 0 ? (viewBox.width, viewBox.height) : (0, 0)
        }
        width = w
        height = h
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    /// Draws the document scaled into `rect` (aspect ratio kept, centred).
    func render(on context: OpaquePointer, in rect: Rect) throws {
        var viewport = RsvgRectangle(x: rect.x, y: rect.y, width: rect.width, height: rect.height)
        var error: UnsafeMutablePointer<GError>?
        if rsvg_handle_render_document(handle, context, &viewport, &error) == 0 {
            let message = error.map { String(cString: $0.pointee.message) } ?? "cannot draw the SVG document"
            if let error { g_error_free(error) }
            throw GraphicsError(name: "SVG", message: message)
        }
    }
}

extension SVGDrawing {
    /// The document as a one-page PDF of its own size, drawn as vectors (glyphs as the SVG
    /// draws them).
    public func pdf(name: String = "figure") throws -> Data {
        try Render.pdf(width: width, height: height, name: name) { try draw(on: $0) }
    }

    /// The document as a PNG at `dpi` pixels per inch (its size in points is 1/72 inch).
    public func png(dpi: Double, name: String = "figure") throws -> Data {
        try Render.png(width: width, height: height, scale: dpi / 72, name: name) { try draw(on: $0) }
    }

    private func draw(on canvas: Canvas) throws {
        guard let cairo = canvas as? CairoCanvas else { throw GraphicsError(name: "SVG", message: "not a Cairo canvas") }
        try cairo.draw(self, in: Rect(x: 0, y: 0, width: width, height: height))
    }
}

extension CairoCanvas {
    /// Draws `svg` as vectors scaled into `rect`.
    public func draw(_ svg: SVGDrawing, in rect: Rect) throws {
        cairo_save(context.handle)
        defer { cairo_restore(context.handle) }
        try svg.render(on: context.handle, in: rect)
    }
}
