import CCairo
import CPango

/// A paragraph of rich text laid out by Pango at a fixed width: its lines with their
/// heights and baselines, where each inline object and link landed, and whether a word
/// had to be broken because it was wider than the line. Lines can be drawn in ranges, so
/// a paragraph may continue on the next page. With a `leading`, baselines stand on a fixed
/// grid, as TeX's \baselineskip: a line moves down only when its ink (a tall formula) would
/// come closer than `lineSkip` to the line above, so inline math no longer makes the grey
/// uneven.
public final class Paragraph {
    /// Horizontal placement of the lines.
    public enum Alignment: Sendable { case left, center, right, justify }

    /// An inline object's left edge on its line.
    public struct PlacedObject: Sendable {
        public let id: Int
        public let x: Double
    }

    /// The horizontal extent of a link on one line.
    public struct LinkSpan: Sendable {
        public let target: LinkTarget
        public let x: Double
        public let width: Double
    }

    /// One line; `top` and `baseline` are measured from the paragraph's top.
    public struct Line: Sendable {
        public let top: Double
        public let height: Double
        public let baseline: Double
        public let x: Double
        public let width: Double
        public internal(set) var objects: [PlacedObject] = []
        public internal(set) var links: [LinkSpan] = []
    }

    public private(set) var lines: [Line] = []
    /// True when a word wider than the line had to be broken between characters.
    public private(set) var brokeOverlongWord = false
    public var height: Double { lines.last.map { $0.top + $0.height } ?? 0 }
    /// The widest line (the natural width when the paragraph was laid out without a width).
    public var usedWidth: Double { lines.map { $0.x + $0.width }.max() ?? 0 }

    private let layout: OpaquePointer

    /// The least gap between the ink of two lines on a baseline grid.
    public static let lineSkip = 1.0

    /// Lays out `text` at `width` points (nil: one line per hard break, no wrapping);
    /// `base` sets the height of an empty paragraph. `leading` (points from baseline to
    /// baseline) puts the lines on a grid; otherwise Pango spaces them by `lineSpacing`.
    init(_ text: RichText, base: RunStyle, width: Double?, alignment: Alignment,
         lineSpacing: Double, leading: Double? = nil, context: CairoContext) {
        layout = pango_cairo_create_layout(context.handle)
        PangoLayoutHandle.configure(layout)
        let font = FontDescription(TextStyle(family: base.family, size: base.size, bold: base.bold, italic: base.italic))
        pango_layout_set_font_description(layout, font.handle)
        var plain = ""
        var links: [(LinkTarget, Range<Int>)] = []
        var objects: [(Int, Int)] = []
        let attributes = pango_attr_list_new()
        for piece in text.pieces {
            let start = plain.utf8.count
            switch piece {
            case let .text(s, style, link):
                plain += s
                Self.insert(style, base: base, start..<plain.utf8.count, into: attributes)
                if !style.breaksAtHyphens { Self.joinHyphens(in: s, at: start, into: attributes) }
                if let link { links.append((link, start..<plain.utf8.count)) }
            case let .object(id, w, ascent, descent, link):
                plain += "\u{FFFC}"
                let scale = Double(PANGO_SCALE)
                var rect = PangoRectangle(x: 0, y: Int32(-ascent * scale), width: Int32(w * scale),
                                          height: Int32((ascent + descent) * scale))
                let shape = pango_attr_shape_new(&rect, &rect)!
                shape.pointee.start_index = UInt32(start)
                shape.pointee.end_index = UInt32(plain.utf8.count)
                pango_attr_list_insert(attributes, shape)
                objects.append((id, start))
                if let link { links.append((link, start..<plain.utf8.count)) }
            }
        }
        pango_layout_set_text(layout, plain, -1)
        pango_layout_set_attributes(layout, attributes)
        pango_attr_list_unref(attributes)
        pango_layout_set_line_spacing(layout, leading == nil ? Float(lineSpacing) : 0)
        switch alignment {
        case .left, .justify: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        pango_layout_set_justify(layout, alignment == .justify ? 1 : 0)
        if let width {
            pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD)
            measureLines()
            // A line broken at a soft hyphen hangs its hyphen into the margin when justified.
            let softHyphen = Array("\u{AD}".utf8)
            let bytes = Array(plain.utf8)
            let overlong = lines.indices.contains { index in
                guard lines[index].x + lines[index].width > width + 0.5 else { return false }
                guard let line = pango_layout_get_line_readonly(layout, Int32(index)) else { return true }
                let end = Int(line.pointee.start_index + line.pointee.length)
                return end < softHyphen.count || Array(bytes[(end - softHyphen.count)..<end]) != softHyphen
            }
            if overlong {
                brokeOverlongWord = true
                pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
            }
        }
        measureLines()
        if let leading { placeOnGrid(leading: leading) }
        place(objects: objects, links: links)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    private static func insert(_ style: RunStyle, base: RunStyle, _ range: Range<Int>, into list: OpaquePointer?) {
        var new: [UnsafeMutablePointer<PangoAttribute>] = []
        if style.family != base.family { new.append(pango_attr_family_new(style.family)) }
        if style.size != base.size { new.append(pango_attr_size_new_absolute(Int32(style.size * Double(PANGO_SCALE)))) }
        if style.bold != base.bold { new.append(pango_attr_weight_new(style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)) }
        if style.italic != base.italic { new.append(pango_attr_style_new(style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)) }
        func channel(_ v: Double) -> UInt16 { UInt16((max(0, min(1, v)) * 65535).rounded()) }
        if style.color != .black {
            new.append(pango_attr_foreground_new(channel(style.color.red), channel(style.color.green), channel(style.color.blue)))
        }
        if let bg = style.background {
            new.append(pango_attr_background_new(channel(bg.red), channel(bg.green), channel(bg.blue)))
        }
        if style.rise != 0 { new.append(pango_attr_rise_new(Int32(style.rise * Double(PANGO_SCALE)))) }
        for attribute in new {
            attribute.pointee.start_index = UInt32(range.lowerBound)
            attribute.pointee.end_index = UInt32(range.upperBound)
            pango_attr_list_insert(list, attribute)
        }
    }

    /// Forbids a line break after each hyphen of `text` (placed at byte `offset`): Pango
    /// breaks nowhere strictly inside an allow-breaks-off range, here the hyphen and what follows it.
    private static func joinHyphens(in text: String, at offset: Int, into list: OpaquePointer?) {
        var byte = offset
        var hyphenAt: Int?
        for scalar in text.unicodeScalars {
            let length = String(scalar).utf8.count
            if let start = hyphenAt, let attribute = pango_attr_allow_breaks_new(0) {
                attribute.pointee.start_index = UInt32(start)
                attribute.pointee.end_index = UInt32(byte + length)
                pango_attr_list_insert(list, attribute)
            }
            hyphenAt = scalar == "-" ? byte : nil
            byte += length
        }
    }

    /// Each line's ink above and below its baseline, from the last `measureLines`.
    private var inkExtents: [(ascent: Double, descent: Double)] = []

    private func measureLines() {
        lines = []
        inkExtents = []
        let scale = Double(PANGO_SCALE)
        let iter = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iter) }
        repeat {
            var y0: Int32 = 0, y1: Int32 = 0
            pango_layout_iter_get_line_yrange(iter, &y0, &y1)
            var ink = PangoRectangle(), logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, &ink, &logical)
            let baseline = Double(pango_layout_iter_get_baseline(iter)) / scale
            lines.append(Line(top: Double(y0) / scale, height: Double(y1 - y0) / scale, baseline: baseline,
                              x: Double(logical.x) / scale, width: Double(logical.width) / scale))
            inkExtents.append((baseline - Double(ink.y) / scale, Double(ink.y + ink.height) / scale - baseline))
        } while pango_layout_iter_next_line(iter) != 0
    }

    /// Moves the baselines onto a grid `leading` apart (further only where ink would touch)
    /// and makes the lines tile: each reaches down to the next one's top.
    private func placeOnGrid(leading: Double) {
        guard let first = lines.first, first.height > 0 else { return }
        // The share of the leading above the baseline, as in the font's own line.
        let above = leading * (first.baseline - first.top) / first.height
        var baselines: [Double] = []
        for index in lines.indices {
            if index == 0 {
                baselines.append(max(above, inkExtents[0].ascent))
            } else {
                let needed = inkExtents[index - 1].descent + inkExtents[index].ascent + Self.lineSkip
                baselines.append(baselines[index - 1] + max(leading, needed))
            }
        }
        let lastBottom = baselines[baselines.count - 1] + max(leading - above, inkExtents[inkExtents.count - 1].descent)
        var top = 0.0
        lines = lines.indices.map { index in
            let bottom = index + 1 < lines.count ? baselines[index + 1] - above : lastBottom
            let line = Line(top: top, height: bottom - top, baseline: baselines[index], x: lines[index].x, width: lines[index].width)
            top = bottom
            return line
        }
    }

    /// Finds the line and position of every object and the extent of every link per line.
    private func place(objects: [(Int, Int)], links: [(LinkTarget, Range<Int>)]) {
        let scale = Double(PANGO_SCALE)
        for index in lines.indices {
            guard let line = pango_layout_get_line_readonly(layout, Int32(index)) else { continue }
            let start = Int(line.pointee.start_index), end = start + Int(line.pointee.length)
            func x(_ byte: Int) -> Double {
                var position: Int32 = 0
                pango_layout_line_index_to_x(line, Int32(byte), 0, &position)
                return Double(position) / scale + lines[index].x
            }
            for (id, byte) in objects where byte >= start && byte < end {
                lines[index].objects.append(PlacedObject(id: id, x: x(byte)))
            }
            for (target, range) in links where range.lowerBound < end && range.upperBound > start {
                let a = x(max(range.lowerBound, start))
                let b = range.upperBound >= end ? lines[index].x + lines[index].width : x(range.upperBound)
                lines[index].links.append(LinkSpan(target: target, x: min(a, b), width: abs(b - a)))
            }
        }
    }

    /// Draws lines `range` with the top of the first one at `origin` (text in black unless
    /// a run says otherwise).
    func draw(on context: CairoContext, at origin: Point, lines range: Range<Int>) {
        guard let first = range.first, first < lines.count else { return }
        let cr = context.handle
        let top = lines[first].top
        cairo_set_source_rgb(cr, 0, 0, 0)
        for index in range where index < lines.count {
            guard let line = pango_layout_get_line_readonly(layout, Int32(index)) else { continue }
            cairo_move_to(cr, origin.x + lines[index].x, origin.y + lines[index].baseline - top)
            pango_cairo_show_layout_line(cr, line)
        }
    }
}
