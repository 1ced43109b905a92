import Document
import Engine
import Foundation
import HTMLWriter
import PDFWriter

/// The HTML report: one self-contained file.
struct HTMLFormat: OutputFormat {
    let fileExtension = "html"

    func render(_ book: ResolvedBook) throws -> RenderedReport {
        RenderedReport(data: Data(HTMLWriter().render(book).utf8))
    }
}

/// The PDF report; its summary names the page count.
struct PDFFormat: OutputFormat {
    let fileExtension = "pdf"
    var options: PDFWriter.Options

    func render(_ book: ResolvedBook) throws -> RenderedReport {
        let output = try PDFWriter(options: options).render(book)
        return RenderedReport(data: output.pdf, warnings: output.warnings, details: ["\(output.pageCount) pages"])
    }
}
