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
    /// `alternates` as their `/Alt` texts, in document order, the elements `continuations`
    /// marks (one flag per element but the root and links, in document order) join the
    /// element before them, and the catalog `language` becomes its `/Lang`, with viewer
    /// preferences that show the title.
    static func rewrite(_ cairoOutput: Data, alternates: [String] = [], continuations: [Bool] = [],
                        language: String? = nil) throws -> Data {
        let pdf = try ArtifactMarking.marked(cairoOutput)
        var q: qpdf_data? = qpdf_init()
        defer { qpdf_cleanup(&q) }
        qpdf_set_suppress_warnings(q, QPDF_TRUE)
        let read = pdf.withUnsafeBytes { bytes in
            qpdf_read_memory(q, "report.pdf", bytes.bindMemory(to: CChar.self).baseAddress, UInt64(bytes.count), nil)
        }
        try check(read, q)
        describe(q, alternates: alternates, continuations: continuations, language: language)
        try check(qpdf_init_write_memory(q), q)
        qpdf_set_object_stream_mode(q, qpdf_o_disable)
        qpdf_set_compress_streams(q, QPDF_TRUE)
        qpdf_set_deterministic_ID(q, QPDF_TRUE)
        try check(qpdf_write(q), q)
        guard let buffer = qpdf_get_buffer(q) else { throw Failure(description: "PDF: qpdf wrote nothing") }
        return Data(bytes: buffer, count: qpdf_get_buffer_length(q))
    }

    /// Sets the alternate texts and the language (Cairo 1.16 writes neither), asks viewers
    /// to show the document's title rather than its file name (as PDF/UA does), then makes
    /// the structure tree's edits (`StructureTreeEdits`).
    private static func describe(_ q: qpdf_data?, alternates: [String], continuations: [Bool], language: String?) {
        let catalog = qpdf_get_root(q)
        if let language, !language.isEmpty { qpdf_oh_replace_key(q, catalog, "/Lang", qpdf_oh_new_unicode_string(q, language)) }
        let preferences = qpdf_oh_new_dictionary(q)
        qpdf_oh_replace_key(q, preferences, "/DisplayDocTitle", qpdf_oh_new_bool(q, QPDF_TRUE))
        qpdf_oh_replace_key(q, catalog, "/ViewerPreferences", preferences)
        guard qpdf_oh_has_key(q, catalog, "/StructTreeRoot") != 0 else { return }
        var remaining = alternates[...]
        func visit(_ node: qpdf_oh) {
            for element in items(q, node) where isElement(q, element) {
                if isElement(q, element, "/Figure") || isElement(q, element, "/Formula"),
                   let alternate = remaining.popFirst(), !alternate.isEmpty {
                    qpdf_oh_replace_key(q, element, "/Alt", qpdf_oh_new_unicode_string(q, alternate))
                }
                if qpdf_oh_has_key(q, element, "/K") != 0 { visit(qpdf_oh_get_key(q, element, "/K")) }
            }
        }
        let tree = qpdf_oh_get_key(q, catalog, "/StructTreeRoot")
        visit(qpdf_oh_get_key(q, tree, "/K"))
        joinContinuations(q, tree: tree, continuations: continuations)
        nestLinks(q, in: tree)
        groupSections(q, tree: tree)
    }

    /// Warnings are expected (they are what the rewrite repairs); errors are not.
    private static func check(_ code: QPDF_ERROR_CODE, _ q: qpdf_data?) throws {
        guard code & QPDF_ERRORS != 0 else { return }
        let text = qpdf_has_error(q) != 0 ? String(cString: qpdf_get_error_full_text(q, qpdf_get_error(q))) : "unknown error"
        throw Failure(description: "PDF: qpdf could not rewrite the file: \(text)")
    }
}
