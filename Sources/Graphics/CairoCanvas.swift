import CCairo
import CPango
import Foundation

/// The Canvas on a Cairo context, with text laid out by Pango.
public final class CairoCanvas: Canvas {
    public let size: Size
    let context: CairoContext
    private let layout: PangoLayoutHandle
    private var fonts: [TextStyle: FontDescription] = [:]
    private var cr: OpaquePointer { context.handle }

    /// Whether sharp (unsmoothed) images are enlarged cell by cell before drawing: SVG
    /// viewers ignore Cairo's nearest filter and would blur a small heatmap.
    private let enlargesSharpImages: Bool

    init(context: CairoContext, size: Size, enlargesSharpImages: Bool = false) {
        self.context = context
        self.size = size
        self.enlargesSharpImages = enlargesSharpImages
        self.layout = PangoLayoutHandle(context: context)
    }

    private func setColor(_ c: Color) {
        cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
    }

    private func setPath(_ path: Path) {
        cairo_new_path(cr)
        for e in path.elements {
            switch e {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .curve(let a, let b, let p): cairo_curve_to(cr, a.x, a.y, b.x, b.y, p.x, p.y)
            case .close: cairo_close_path(cr)
            }
        }
    }

    public func fill(_ path: Path, color: Color) {
        setPath(path)
        setColor(color)
        cairo_fill(cr)
    }

    public func stroke(_ path: Path, color: Color, style: StrokeStyle) {
        setPath(path)
        setColor(color)
        cairo_set_line_width(cr, style.width)
        switch style.cap {
        case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        }
        switch style.join {
        case .miter: cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
        case .round: cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        case .bevel: cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
        }
        style.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        cairo_stroke(cr)
    }

    public func clipped(to path: Path, _ body: () -> Void) {
        cairo_save(cr)
        setPath(path)
        cairo_clip(cr)
        body()
        cairo_restore(cr)
    }

    private func prepare(_ text: Text) {
        let font: FontDescription
        if let f = fonts[text.style] { font = f } else {
            font = FontDescription(text.style)
            fonts[text.style] = font
        }
        pango_layout_set_font_description(layout.handle, font.handle)
        pango_layout_set_markup(layout.handle, text.markup, -1)
    }

    public func measure(_ text: Text) -> TextExtents {
        prepare(text)
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout.handle, &ink, &logical)
        let scale = Double(PANGO_SCALE)
        return TextExtents(width: Double(logical.width) / scale, height: Double(logical.height) / scale,
                           baseline: Double(pango_layout_get_baseline(layout.handle)) / scale)
    }

    public func draw(_ text: Text, at point: Point, anchor: TextAnchor, rotation: Double) {
        let e = measure(text)  // also prepares the layout
        let offset = anchor.topLeftOffset(width: e.width, height: e.height, baseline: e.baseline)
        let dx = offset.x, dy = offset.y
        cairo_save(cr)
        cairo_translate(cr, point.x, point.y)
        if rotation != 0 { cairo_rotate(cr, -rotation) }
        cairo_move_to(cr, dx, dy)
        setColor(text.style.color)
        pango_cairo_update_layout(cr, layout.handle)
        pango_cairo_show_layout(cr, layout.handle)
        cairo_restore(cr)
    }

    public func inkExtents(_ text: Text) -> InkExtents {
        prepare(text)
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout.handle, &ink, &logical)
        let scale = Double(PANGO_SCALE)
        let baseline = Double(pango_layout_get_baseline(layout.handle)) / scale
        let overhang = max(0, Double(ink.x + ink.width - logical.x - logical.width) / scale)
        return InkExtents(width: Double(logical.width) / scale, ascent: baseline - Double(ink.y) / scale,
                          descent: Double(ink.y + ink.height) / scale - baseline, overhang: overhang)
    }

    public func transformed(origin: Point, rotation: Double, scaleX: Double, scaleY: Double, _ body: () -> Void) {
        cairo_save(cr)
        cairo_translate(cr, origin.x, origin.y)
        if rotation != 0 { cairo_rotate(cr, -rotation) }
        cairo_scale(cr, scaleX, scaleY)
        body()
        cairo_restore(cr)
    }

    public func draw(_ image: RGBAImage, in rect: Rect, smooth: Bool) {
        guard image.width > 0, image.height > 0, rect.width > 0, rect.height > 0 else { return }
        if !smooth && enlargesSharpImages {
            // Cells of 2 pt or more get about 4 image pixels per point (at most 16 per cell),
            // so viewer smoothing only softens their edges; smaller cells are left alone.
            func factor(_ extent: Double, _ n: Int) -> Int {
                let cell = extent / Double(n)
                return cell < 2 ? 1 : min(16, Int((4 * cell).rounded(.up)))
            }
            let kx = factor(rect.width, image.width), ky = factor(rect.height, image.height)
            if kx > 1 || ky > 1 {
                let w = image.width * kx, h = image.height * ky
                var px = [UInt8](repeating: 0, count: w * h * 4)
                for y in 0..<h {
                    for x in 0..<w {
                        let s = ((y / ky) * image.width + x / kx) * 4, d = (y * w + x) * 4
                        px[d] = image.pixels[s]; px[d + 1] = image.pixels[s + 1]
                        px[d + 2] = image.pixels[s + 2]; px[d + 3] = image.pixels[s + 3]
                    }
                }
                drawRaster(RGBAImage(width: w, height: h, pixels: px), in: rect, smooth: false)
                return
            }
        }
        drawRaster(image, in: rect, smooth: smooth)
    }

    private func drawRaster(_ image: RGBAImage, in rect: Rect, smooth: Bool) {
        let surface = CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32,
                                                             Int32(image.width), Int32(image.height)))
        guard surface.status == CAIRO_STATUS_SUCCESS else { return }
        cairo_surface_flush(surface.handle)
        let stride = Int(cairo_image_surface_get_stride(surface.handle))
        let data = cairo_image_surface_get_data(surface.handle)!
        image.pixels.withUnsafeBufferPointer { src in
            for row in 0..<image.height {
                let line = (data + row * stride).withMemoryRebound(to: UInt32.self, capacity: image.width) { $0 }
                for col in 0..<image.width {
                    let i = (row * image.width + col) * 4
                    let a = UInt32(src[i + 3])
                    let r = UInt32(src[i]) * a / 255, g = UInt32(src[i + 1]) * a / 255, b = UInt32(src[i + 2]) * a / 255
                    line[col] = (a << 24) | (r << 16) | (g << 8) | b
                }
            }
        }
        cairo_surface_mark_dirty(surface.handle)
        cairo_save(cr)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(cr)
        cairo_translate(cr, rect.x, rect.y)
        cairo_scale(cr, rect.width / Double(image.width), rect.height / Double(image.height))
        cairo_set_source_surface(cr, surface.handle, 0, 0)
        let pattern = cairo_get_source(cr)
        cairo_pattern_set_filter(pattern, smooth ? CAIRO_FILTER_GOOD : CAIRO_FILTER_NEAREST)
        cairo_pattern_set_extend(pattern, CAIRO_EXTEND_PAD)
        cairo_paint(cr)
        cairo_restore(cr)
    }
}
