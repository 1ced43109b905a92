import CQPDF
import Foundation

/// `pdf` read by libqpdf (its warnings kept for the caller, not printed): `body` gets the
/// handle and whether the file could be read; the handle is released afterwards.
func readingWithQPDF<Result>(_ pdf: Data, _ body: (_ q: qpdf_data?, _ read: Bool) -> Result) -> Result {
    var q: qpdf_data? = qpdf_init()
    defer { qpdf_cleanup(&q) }
    qpdf_set_suppress_warnings(q, QPDF_TRUE)
    let read = pdf.withUnsafeBytes { bytes in
        qpdf_read_memory(q, "book.pdf", bytes.bindMemory(to: CChar.self).baseAddress, UInt64(bytes.count), nil)
    }
    return body(q, read == QPDF_SUCCESS)
}
