import CQPDF
import Foundation

/// The last step of writing a PDF: libqpdf reads Cairo's output and writes it again with
/// a fresh cross-reference table (objects stay uncompressed dictionaries, readable by any tool). Cairo 1.16's link tags leave
/// /StructParents entries and a parent tree that name structure elements it never writes,
/// which `qpdf --check` reports as a damaged file; written again, every reference points at
/// an object that exists. Links, outline and destinations are kept; the file ID is derived
/// from the content, so the same book still gives the same bytes.
enum StructureRewrite {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func rewrite(_ pdf: Data) throws -> Data {
        var q: qpdf_data? = qpdf_init()
        defer { qpdf_cleanup(&q) }
        qpdf_set_suppress_warnings(q, QPDF_TRUE)
        let read = pdf.withUnsafeBytes { bytes in
            qpdf_read_memory(q, "report.pdf", bytes.bindMemory(to: CChar.self).baseAddress, UInt64(bytes.count), nil)
        }
        try check(read, q)
        try check(qpdf_init_write_memory(q), q)
        qpdf_set_object_stream_mode(q, qpdf_o_disable)
        qpdf_set_compress_streams(q, QPDF_TRUE)
        qpdf_set_deterministic_ID(q, QPDF_TRUE)
        try check(qpdf_write(q), q)
        guard let buffer = qpdf_get_buffer(q) else { throw Failure(description: "PDF: qpdf wrote nothing") }
        return Data(bytes: buffer, count: qpdf_get_buffer_length(q))
    }

    /// Warnings are expected (they are what the rewrite repairs); errors are not.
    private static func check(_ code: QPDF_ERROR_CODE, _ q: qpdf_data?) throws {
        guard code & QPDF_ERRORS != 0 else { return }
        let text = qpdf_has_error(q) != 0 ? String(cString: qpdf_get_error_full_text(q, qpdf_get_error(q))) : "unknown error"
        throw Failure(description: "PDF: qpdf could not rewrite the file: \(text)")
    }
}
