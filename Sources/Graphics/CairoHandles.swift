import CCairo
import CPango
import Foundation

/// Owns one `cairo_surface_t`.
final class CairoSurface {
    let handle: OpaquePointer
    init(_ handle: OpaquePointer) { self.handle = handle }
    deinit { cairo_surface_destroy(handle) }
    var status: cairo_status_t { cairo_surface_status(handle) }
    func finish() { cairo_surface_finish(handle) }
}

/// Owns one `cairo_t`.
final class CairoContext {
    let handle: OpaquePointer
    init(surface: CairoSurface) { handle = cairo_create(surface.handle) }
    deinit { cairo_destroy(handle) }
    var status: cairo_status_t { cairo_status(handle) }
}

/// Owns one `PangoLayout` (a GObject).
final class PangoLayoutHandle {
    let handle: OpaquePointer
    init(context: CairoContext) {
        let layout = pango_cairo_create_layout(context.handle)!
        Self.configure(layout)
        handle = layout
    }

    /// Print-stable metrics: 72 dpi (one Pango point is one canvas unit on every
    /// surface), no hinted metrics, unrounded glyph positions.
    static func configure(_ layout: OpaquePointer) {
        let pctx = pango_layout_get_context(layout)!
        pango_cairo_context_set_resolution(pctx, 72)
        let fo = cairo_font_options_create()!
        cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(pctx, fo)
        cairo_font_options_destroy(fo)
        pango_context_set_round_glyph_positions(pctx, 0)
        pango_layout_context_changed(layout)
    }
    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }
}

/// Owns one `PangoFontDescription`.
final class FontDescription {
    let handle: OpaquePointer
    init(_ style: TextStyle) {
        handle = pango_font_description_new()
        pango_font_description_set_family(handle, style.family)
        pango_font_description_set_absolute_size(handle, style.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(handle, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(handle, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
    }
    deinit { pango_font_description_free(handle) }
}

/// Collects the bytes a cairo stream surface writes.
final class ByteSink {
    var bytes: [UInt8] = []
}

let byteSinkWrite: cairo_write_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}

/// A Cairo failure, named after the figure or page that caused it.
public struct GraphicsError: Error, CustomStringConvertible, Sendable {
    public var name: String
    public var message: String
    public var description: String { "\(name): \(message)" }
    public init(name: String, message: String) { self.name = name; self.message = message }
}

func check(_ status: cairo_status_t, _ name: String) throws {
    if status != CAIRO_STATUS_SUCCESS {
        throw GraphicsError(name: name, message: String(cString: cairo_status_to_string(status)))
    }
}
