import CQPDF
import Foundation

/// The last step of writing a PDF: libqpdf reads Cairo's output and writes it again with
/// a fresh cross-reference table (objects stay uncompressed dictionaries, readable by any tool). Cairo 1.16's link tags leave
/// /StructParents entries and a parent tree that name structure elements it never writes,
/// which `qpdf --check` reports as a damaged file; written again, every reference points at
/// an object that exists. Links, outline, destinations and the structure tree are kept,
/// with the alternate texts and language Cairo cannot write added; the file ID is derived
/// from the content, so the same book still gives the same bytes.
enum StructureRewrite {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// `pdf` written again; its structure tree's `Figure` and `Formula` elements get
    /// `alternates` as their `/Alt` texts, in document order, and the catalog `language`
    /// as its `/Lang` and viewer preferences that show the title.
    static func rewrite(_ cairoOutput: Data, alternates: [String] = [], language: String? = nil) throws -> Data {
        let pdf = try ArtifactMarking.marked(cairoOutput)
        var q: qpdf_data? = qpdf_init()
        defer { qpdf_cleanup(&q) }
        qpdf_set_suppress_warnings(q, QPDF_TRUE)
        let read = pdf.withUnsafeBytes { bytes in
            qpdf_read_memory(q, "report.pdf", bytes.bindMemory(to: CChar.self).baseAddress, UInt64(bytes.count), nil)
        }
        try check(read, q)
        describe(q, alternates: alternates, language: language)
        try check(qpdf_init_write_memory(q), q)
        qpdf_set_object_stream_mode(q, qpdf_o_disable)
        qpdf_set_compress_streams(q, QPDF_TRUE)
        qpdf_set_deterministic_ID(q, QPDF_TRUE)
        try check(qpdf_write(q), q)
        guard let buffer = qpdf_get_buffer(q) else { throw Failure(description: "PDF: qpdf wrote nothing") }
        return Data(bytes: buffer, count: qpdf_get_buffer_length(q))
    }

    /// Sets the alternate texts and the language (Cairo 1.16 writes neither), and asks
    /// viewers to show the document's title rather than its file name (as PDF/UA does).
    private static func describe(_ q: qpdf_data?, alternates: [String], language: String?) {
        let catalog = qpdf_get_root(q)
        if let language, !language.isEmpty { qpdf_oh_replace_key(q, catalog, "/Lang", qpdf_oh_new_unicode_string(q, language)) }
        let preferences = qpdf_oh_new_dictionary(q)
        qpdf_oh_replace_key(q, preferences, "/DisplayDocTitle", qpdf_oh_new_bool(q, QPDF_TRUE))
        qpdf_oh_replace_key(q, catalog, "/ViewerPreferences", preferences)
        guard qpdf_oh_has_key(q, catalog, "/StructTreeRoot") != 0 else { return }
        var remaining = alternates[...]
        func visit(_ node: qpdf_oh) {
            if qpdf_oh_is_array(q, node) != 0 {
                for index in 0..<qpdf_oh_get_array_n_items(q, node) { visit(qpdf_oh_get_array_item(q, node, index)) }
                return
            }
            guard qpdf_oh_is_dictionary(q, node) != 0, qpdf_oh_has_key(q, node, "/S") != 0 else { return }
            let type = qpdf_oh_get_key(q, node, "/S")
            if qpdf_oh_is_name_and_equals(q, type, "/Figure") != 0 || qpdf_oh_is_name_and_equals(q, type, "/Formula") != 0,
               let alternate = remaining.popFirst(), !alternate.isEmpty {
                qpdf_oh_replace_key(q, node, "/Alt", qpdf_oh_new_unicode_string(q, alternate))
            }
            if qpdf_oh_has_key(q, node, "/K") != 0 { visit(qpdf_oh_get_key(q, node, "/K")) }
        }
        visit(qpdf_oh_get_key(q, qpdf_oh_get_key(q, catalog, "/StructTreeRoot"), "/K"))
        nestLinks(q, in: qpdf_oh_get_key(q, catalog, "/StructTreeRoot"))
    }

    /// Moves each `Link` element into the element just before it among its siblings when
    /// that one marks content: the paragraph, heading or cell whose text the link is on
    /// (Cairo 1.16 can only write the link beside it).
    private static func nestLinks(_ q: qpdf_data?, in node: qpdf_oh) {
        guard qpdf_oh_is_dictionary(q, node) != 0, qpdf_oh_has_key(q, node, "/K") != 0 else { return }
        let children = qpdf_oh_get_key(q, node, "/K")
        guard qpdf_oh_is_array(q, children) != 0 else { return nestLinks(q, in: children) }
        func isElement(_ item: qpdf_oh, _ type: String? = nil) -> Bool {
            guard qpdf_oh_is_dictionary(q, item) != 0, qpdf_oh_has_key(q, item, "/S") != 0 else { return false }
            return type.map { qpdf_oh_is_name_and_equals(q, qpdf_oh_get_key(q, item, "/S"), $0) != 0 } ?? true
        }
        func marksContent(_ item: qpdf_oh) -> Bool {
            guard isElement(item), !isElement(item, "/Link"), qpdf_oh_has_key(q, item, "/K") != 0 else { return false }
            let k = qpdf_oh_get_key(q, item, "/K")
            let parts = qpdf_oh_is_array(q, k) != 0 ? (0..<qpdf_oh_get_array_n_items(q, k)).map { qpdf_oh_get_array_item(q, k, $0) } : [k]
            return parts.contains { qpdf_oh_is_integer(q, $0) != 0 || (qpdf_oh_is_dictionary(q, $0) != 0 && qpdf_oh_has_key(q, $0, "/MCID") != 0) }
        }
        var kept: [qpdf_oh] = []
        let count = qpdf_oh_get_array_n_items(q, children)
        for index in 0..<count {
            let child = qpdf_oh_get_array_item(q, children, index)
            if isElement(child, "/Link"), let holder = kept.last, marksContent(holder) {
                let k = qpdf_oh_get_key(q, holder, "/K")
                if qpdf_oh_is_array(q, k) != 0 {
                    qpdf_oh_append_item(q, k, child)
                } else {
                    let both = qpdf_oh_new_array(q)
                    qpdf_oh_append_item(q, both, k)
                    qpdf_oh_append_item(q, both, child)
                    qpdf_oh_replace_key(q, holder, "/K", both)
                }
                qpdf_oh_replace_key(q, child, "/P", holder)
                continue
            }
            kept.append(child)
            nestLinks(q, in: child)
        }
        guard kept.count < count else { return }
        let remaining = qpdf_oh_new_array(q)
        for child in kept { qpdf_oh_append_item(q, remaining, child) }
        qpdf_oh_replace_key(q, node, "/K", remaining)
    }

    /// Warnings are expected (they are what the rewrite repairs); errors are not.
    private static func check(_ code: QPDF_ERROR_CODE, _ q: qpdf_data?) throws {
        guard code & QPDF_ERRORS != 0 else { return }
        let text = qpdf_has_error(q) != 0 ? String(cString: qpdf_get_error_full_text(q, qpdf_get_error(q))) : "unknown error"
        throw Failure(description: "PDF: qpdf could not rewrite the file: \(text)")
    }
}
