import Document
import Foundation
import Graphics

/// Writes a resolved book as a paginated PDF drawn with Pango and Cairo: a title page, a
/// table of contents, one chapter after another (each on a new page), then references and
/// provenance. Cross-references are links to named destinations, the outline mirrors the
/// headings, fonts are embedded, and the same book gives the same bytes. Knows only the
/// resolved document.
public struct PDFWriter {
    /// Choices made outside the chapters.
    public struct Options: Sendable {
        /// Overrides the chapters' `paper:` front matter (default A4).
        public var paper: Paper?
        public init(paper: Paper? = nil) { self.paper = paper }
    }

    /// The PDF and what was noticed on the way (scaled figures, broken words, ...).
    public struct Output {
        public var pdf: Data
        public var pageCount: Int
        public var warnings: [String]
        /// How full each page of the body is, from the paginator's layout.
        public var pageFill: [PageFill] = []
    }

    public let options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func render(_ book: ResolvedBook) throws -> Output {
        var warnings: [String] = []
        var paper = Paper.a4
        if let name = book.chapters.lazy.compactMap({ $0.frontMatter.parameters["paper"] }).first {
            if let named = Paper(name: name) { paper = named } else {
                warnings.append("PDF: unknown paper '\(name)' in the front matter; using A4 (available: a4, letter)")
            }
        }
        if let chosen = options.paper { paper = chosen }
        let style = PDFStyle(page: paper.size)
        let metadata = PagedPDF.Metadata(title: book.title, author: book.authors.joined(separator: ", "),
                                         subject: book.chapters.map(\.title).joined(separator: "; "))
        let pdf = try PagedPDF(pageSize: paper.size, metadata: metadata)
        let language = book.chapters.lazy.compactMap { $0.frontMatter.parameters["lang"] ?? $0.frontMatter.parameters["language"] }
            .first ?? "en-US"
        let hyphenator = Hyphenator(language: language)
        if hyphenator == nil {
            warnings.append("PDF: no hyphenation patterns for '\(language)' (install Debian's hyphen-* package for it); text is not hyphenated")
        }
        let typesetter = Typesetter(pdf: pdf, style: style, hyphenator: hyphenator)
        let width = style.textWidth

        var body: [FlowItem] = []
        for chapter in book.chapters {
            typesetter.chapter = chapter.number
            var items = typesetter.flow(chapter.blocks, width: width)
            guard !items.isEmpty else { continue }
            items[0].startsPage = true
            for index in items.indices { items[index].chapter = chapter.title }
            body += items
        }
        var appendix = typesetter.machineAppendix(book, width: width)
        if !appendix.isEmpty {
            appendix[0].startsPage = true
            for index in appendix.indices { appendix[index].chapter = "Experiments and claim checks" }
            body += appendix
        }
        for (title, section) in [("References", typesetter.references(book, width: width)),
                                 ("Provenance", typesetter.provenance(book, width: width))] {
            var items = section
            guard !items.isEmpty else { continue }
            items[0].startsPage = title == "References" || book.references.isEmpty
            for index in items.indices { items[index].chapter = title }
            body += items
        }

        let paginator = Paginator(pageHeight: style.textHeight, extraLine: style.bodySize * style.leadingRatio)
        let numbers = PageNumbers()
        let entries = Self.withAppendix(book.contents(maxLevel: 2), typesetter)
        let contentsPages = paginator.paginate(typesetter.contents(entries, numbers: numbers, width: width).map {
            $0.tagged("P", block: typesetter.nextStructureBlock())
        })
        let bodyPages = paginator.paginate(body)
        let firstBodyPage = 2 + contentsPages.count
        for (index, page) in bodyPages.enumerated() {
            for (slice, _) in page.placed {
                for anchor in slice.anchors where numbers.pages[anchor] == nil { numbers.pages[anchor] = firstBodyPage + index }
            }
        }

        let drawer = PageDrawer(pdf: pdf, style: style, bookTitle: book.title)
        drawer.drawTitlePage(typesetter.titlePage(book, width: width).map {
            $0.tagged(StructureTag(type: "P", block: typesetter.nextStructureBlock()))
        })
        for (index, page) in contentsPages.enumerated() { drawer.draw(page, number: 2 + index, header: index == 0 ? nil : "Contents") }
        for (index, page) in bodyPages.enumerated() { drawer.draw(page, number: firstBodyPage + index, header: page.opensChapter ? nil : page.chapter) }
        Self.addOutline(entries: Self.withAppendix(Self.outlineEntries(book), typesetter), to: pdf, known: numbers)
        let data = try StructureRewrite.rewrite(try pdf.finish(), alternates: pdf.alternateTexts, continuations: pdf.continuations,
                                                 language: language.replacingOccurrences(of: "_", with: "-"))
        var output = Output(pdf: data, pageCount: 1 + contentsPages.count + bodyPages.count,
                            warnings: warnings + typesetter.warnings)
        output.pageFill = PageFill.measure(bodyPages, pageHeight: style.textHeight, firstPage: firstBodyPage)
        return output
    }

    /// "Contents", then the headings of levels 1 to 3, then references and provenance.
    static func outlineEntries(_ book: ResolvedBook) -> [ContentsEntry] {
        [ContentsEntry(level: 1, title: [.text("Contents")], destination: "contents")] + book.contents(maxLevel: 3)
    }

    /// `entries` with the appendix of experiments and claim checks, when there is one, before
    /// the references and provenance.
    static func withAppendix(_ entries: [ContentsEntry], _ typesetter: Typesetter) -> [ContentsEntry] {
        guard !typesetter.appendix.isEmpty else { return entries }
        let back = entries.firstIndex { $0.destination == ReportIDs.references || $0.destination == ReportIDs.provenance } ?? entries.endIndex
        var all = entries
        all.insert(ContentsEntry(level: 1, title: [.text("Experiments and claim checks")], destination: Typesetter.appendixHeadingID), at: back)
        return all
    }

    /// The outline, nested by heading level; entries without a destination are skipped.
    private static func addOutline(entries: [ContentsEntry], to pdf: PagedPDF, known: PageNumbers) {
        var parents: [(level: Int, id: Int)] = []
        for entry in entries where known.pages[entry.destination] != nil || entry.destination == "contents" {
            while let last = parents.last, last.level >= entry.level { parents.removeLast() }
            let title = (entry.number.map { $0 + " " } ?? "") + InlineText.plain(entry.title)
            let id = pdf.outline(title, destination: entry.destination, parent: parents.last?.id ?? 0, open: entry.level == 1)
            parents.append((entry.level, id))
        }
    }
}
