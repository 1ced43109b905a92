import CCairo
import CPango
import Foundation

/// A multi-page PDF being written: a Canvas for the current page, Pango paragraphs,
/// links to named destinations or URIs, an outline, metadata, and a structure tree of
/// elements under one `Document` (`beginStructure`). Fonts are embedded as
/// subsets and the dates are fixed, so the same drawing gives the same bytes.
public final class PagedPDF {
    /// The document information dictionary.
    public struct Metadata: Sendable {
        public var title: String
        public var author: String
        public var subject: String
        public var creator: String
        public init(title: String, author: String = "", subject: String = "", creator: String = "LivingPaper") {
            self.title = title; self.author = author; self.subject = subject; self.creator = creator
        }
    }

    /// Draws on the current page.
    public let canvas: CairoCanvas
    private let sink = ByteSink()
    private let surface: CairoSurface
    private let context: CairoContext
    private var cr: OpaquePointer { context.handle }

    public init(pageSize: Size, metadata: Metadata) throws {
        surface = CairoSurface(cairo_pdf_surface_create_for_stream(
            byteSinkWrite, Unmanaged.passUnretained(sink).toOpaque(), pageSize.width, pageSize.height))
        try check(surface.status, metadata.title)
        Render.configurePDF(surface, title: metadata.title)
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        if !metadata.author.isEmpty { cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_AUTHOR, metadata.author) }
        if !metadata.subject.isEmpty { cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_SUBJECT, metadata.subject) }
        context = CairoContext(surface: surface)
        canvas = CairoCanvas(context: context, size: pageSize)
        cairo_tag_begin(cr, Self.documentElement, "")
    }

    /// The root of the structure tree, around every element.
    private static let documentElement = "Document"

    /// A PDF dropped before `finish` still writes its end into the sink, so finish it
    /// while the sink is alive.
    deinit { surface.finish() }

    /// Lays out `text` for this document (see `Paragraph`).
    public func paragraph(_ text: RichText, base: RunStyle, width: Double?, alignment: Paragraph.Alignment = .left,
                          lineSpacing: Double = 0, leading: Double? = nil) -> Paragraph {
        Paragraph(text, base: base, width: width, alignment: alignment, lineSpacing: lineSpacing, leading: leading, context: context)
    }

    /// Draws lines `range` of `paragraph` with the top of the first at `origin`, and makes
    /// its links clickable.
    public func draw(_ paragraph: Paragraph, at origin: Point, lines range: Range<Int>) {
        paragraph.draw(on: context, at: origin, lines: range)
        guard let first = range.first, first < paragraph.lines.count else { return }
        let top = paragraph.lines[first].top
        for index in range where index < paragraph.lines.count {
            let line = paragraph.lines[index]
            for span in line.links {
                link(span.target, rect: Rect(x: origin.x + span.x, y: origin.y + line.top - top,
                                             width: span.width, height: line.height))
            }
        }
    }

    /// The structure elements open on the current page, outermost first: a block's
    /// (`beginStructure`) and the elements begun inside it (`beginChild`); nil for a child
    /// begun outside any element, which is not written.
    private var openElements: [String?] = []
    /// Links and destinations met inside a structure element, written after it ends:
    /// Cairo 1.16 marks only the content of elements without children, so a link tag inside
    /// a paragraph would leave the paragraph's own text out of the structure. Written when a
    /// child ends, a link is the sibling just after the element holding its text, which the
    /// final rewrite (`StructureRewrite`) then moves into it.
    private var deferred: [() -> Void] = []
    private var writingDeferred = false
    /// The alternate texts of the `Figure` and `Formula` elements, in the order they began.
    public private(set) var alternateTexts: [String] = []
    /// For each element begun (`beginStructure`, `beginChild`), in order: whether it goes on
    /// with the element of the same block at the end of the page before (a paragraph, list
    /// or table that breaks across pages), for the final rewrite to join the two.
    public private(set) var continuations: [Bool] = []

    /// Starts a structure element of the standard type `type` ("P", "H2", "Figure", ...)
    /// around what is drawn until `endStructure()`, on this page; `alternate` is its text for
    /// readers that cannot see it (a figure's alt text, a formula's TeX). Blocks' elements
    /// are not nested: one still open ends first.
    public func beginStructure(_ type: String, alternate: String? = nil, continues: Bool = false) {
        endStructure()
        if let alternate { alternateTexts.append(alternate) }
        continuations.append(continues)
        openElements = [type]
        cairo_tag_begin(cr, type, "")
    }

    /// Starts an element of `type` inside the open one (a list's item, a table's rows and
    /// cells), until `endChild()`. Outside any element (a table's header repeated on the next
    /// page, drawn as decoration) it writes nothing.
    public func beginChild(_ type: String, alternate: String? = nil, continues: Bool = false) {
        guard let parent = openElements.last, parent != nil else { return openElements.append(nil) }
        if let alternate { alternateTexts.append(alternate) }
        continuations.append(continues)
        openElements.append(type)
        cairo_tag_begin(cr, type, "")
    }

    /// Ends the element `beginChild` started.
    public func endChild() {
        guard openElements.count > 1 || openElements.last == .some(nil), let child = openElements.popLast() else { return }
        if let child { cairo_tag_end(cr, child) }
        writeDeferred()
    }

    /// Ends the open structure elements, innermost first, writing the links and destinations
    /// met inside each after it ends.
    public func endStructure() {
        while let open = openElements.popLast() {
            if let open { cairo_tag_end(cr, open) }
            writeDeferred()
        }
    }

    private func writeDeferred() {
        let pending = deferred
        deferred = []
        writingDeferred = true
        for write in pending { write() }
        writingDeferred = false
    }

    /// Makes `rect` on the current page a link.
    public func link(_ target: LinkTarget, rect: Rect) {
        guard openElements.isEmpty || writingDeferred else { return deferred.append { self.link(target, rect: rect) } }
        let area = String(format: "rect=[%.2f %.2f %.2f %.2f]", rect.x, rect.y, rect.width, rect.height)
        let attributes: String
        switch target {
        case let .destination(name): attributes = "dest='\(Self.quoted(name))' \(area)"
        case let .uri(uri): attributes = "uri='\(Self.quoted(uri))' \(area)"
        }
        cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes)
        cairo_tag_end(cr, CAIRO_TAG_LINK)
    }

    /// Defines the named destination `name` at `point` on the current page.
    public func destination(_ name: String, at point: Point) {
        guard openElements.isEmpty || writingDeferred else { return deferred.append { self.destination(name, at: point) } }
        cairo_tag_begin(cr, CAIRO_TAG_DEST, String(format: "name='%@' x=%.2f y=%.2f", Self.quoted(name), point.x, point.y))
        cairo_tag_end(cr, CAIRO_TAG_DEST)
    }

    /// Adds an outline entry under `parent` (0 for the top level) that opens the named
    /// destination; returns its id for children.
    @discardableResult
    public func outline(_ title: String, destination: String, parent: Int = 0, open: Bool = false) -> Int {
        let flags = open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(rawValue: 0)
        return Int(cairo_pdf_surface_add_outline(surface.handle, Int32(parent), title,
                                                 "dest='\(Self.quoted(destination))'", flags))
    }

    /// Ends the current page and starts the next one.
    public func endPage() {
        endStructure()
        cairo_show_page(cr)
    }

    /// Finishes the document and returns its bytes.
    public func finish() throws -> Data {
        endStructure()
        cairo_tag_end(cr, Self.documentElement)
        try check(context.status, "PDF")
        surface.finish()
        try check(surface.status, "PDF")
        return Data(sink.bytes)
    }

    /// Escapes a string for a single-quoted Cairo tag attribute.
    private static func quoted(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}
