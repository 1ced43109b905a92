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

    /// Sets the alternate texts and the language (Cairo 1.16 writes neither), and asks
    /// viewers to show the document's title rather than its file name (as PDF/UA does).
    private static func describe(_ q: qpdf_data?, alternates: [String], continuations: [Bool], language: String?) {
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
        let tree = qpdf_oh_get_key(q, catalog, "/StructTreeRoot")
        visit(qpdf_oh_get_key(q, tree, "/K"))
        joinContinuations(q, tree: tree, continuations: continuations)
        nestLinks(q, in: tree)
    }

    /// The items of `/K` (or of any value that may be an array or a single item).
    private static func items(_ q: qpdf_data?, _ value: qpdf_oh) -> [qpdf_oh] {
        guard qpdf_oh_is_array(q, value) != 0 else { return [value] }
        return (0..<qpdf_oh_get_array_n_items(q, value)).map { qpdf_oh_get_array_item(q, value, $0) }
    }

    private static func isElement(_ q: qpdf_data?, _ item: qpdf_oh, _ type: String? = nil) -> Bool {
        guard qpdf_oh_is_dictionary(q, item) != 0, qpdf_oh_has_key(q, item, "/S") != 0 else { return false }
        return type.map { qpdf_oh_is_name_and_equals(q, qpdf_oh_get_key(q, item, "/S"), $0) != 0 } ?? true
    }

    private static func sameObject(_ q: qpdf_data?, _ a: qpdf_oh, _ b: qpdf_oh) -> Bool {
        qpdf_oh_is_indirect(q, a) != 0 && qpdf_oh_get_object_id(q, a) == qpdf_oh_get_object_id(q, b)
            && qpdf_oh_get_generation(q, a) == qpdf_oh_get_generation(q, b)
    }

    /// Joins each element that goes on from the page before (a paragraph, list or table
    /// broken across pages, which Cairo 1.16 writes as one element per page) to the element
    /// of the same type just before it: its marked content (as references naming its page),
    /// its child elements and its place in the parent tree move there. Nothing changes when
    /// the flags do not match the tree's elements one for one.
    private static func joinContinuations(_ q: qpdf_data?, tree: qpdf_oh, continuations: [Bool]) {
        var elements: [qpdf_oh] = []
        func collect(_ node: qpdf_oh) {
            for child in items(q, qpdf_oh_has_key(q, node, "/K") != 0 ? qpdf_oh_get_key(q, node, "/K") : qpdf_oh_new_null(q))
            where isElement(q, child) {
                if !isElement(q, child, "/Link") { elements.append(child) }
                collect(child)
            }
        }
        guard let root = items(q, qpdf_oh_get_key(q, tree, "/K")).first(where: { isElement(q, $0) }) else { return }
        collect(root)
        guard elements.count == continuations.count else { return }
        var replaced: [(old: qpdf_oh, new: qpdf_oh)] = []
        for (element, continues) in zip(elements, continuations) where continues {
            let parent = qpdf_oh_get_key(q, element, "/P")
            let siblings = items(q, qpdf_oh_get_key(q, parent, "/K"))
            guard let index = siblings.firstIndex(where: { sameObject(q, $0, element) }), index > 0 else { continue }
            let previous = siblings[index - 1]
            guard isElement(q, previous), qpdf_oh_is_name_and_equals(q, qpdf_oh_get_key(q, previous, "/S"),
                                                                     qpdf_oh_get_name(q, qpdf_oh_get_key(q, element, "/S"))) != 0
            else { continue }
            var joined = qpdf_oh_has_key(q, previous, "/K") != 0 ? items(q, qpdf_oh_get_key(q, previous, "/K")) : []
            let page = qpdf_oh_get_key(q, element, "/Pg")
            for item in qpdf_oh_has_key(q, element, "/K") != 0 ? items(q, qpdf_oh_get_key(q, element, "/K")) : [] {
                if qpdf_oh_is_integer(q, item) != 0 {
                    let reference = qpdf_oh_new_dictionary(q)
                    qpdf_oh_replace_key(q, reference, "/Type", qpdf_oh_new_name(q, "/MCR"))
                    qpdf_oh_replace_key(q, reference, "/MCID", item)
                    qpdf_oh_replace_key(q, reference, "/Pg", page)
                    joined.append(reference)
                    continue
                }
                if isElement(q, item) {
                    qpdf_oh_replace_key(q, item, "/P", previous)
                } else if qpdf_oh_is_dictionary(q, item) != 0, qpdf_oh_has_key(q, item, "/Pg") == 0 {
                    qpdf_oh_replace_key(q, item, "/Pg", page)
                }
                joined.append(item)
            }
            qpdf_oh_replace_key(q, previous, "/K", array(q, joined))
            qpdf_oh_replace_key(q, parent, "/K", array(q, siblings.enumerated().filter { $0.offset != index }.map(\.element)))
            replaced.append((element, previous))
        }
        guard !replaced.isEmpty else { return }
        // A page's parent-tree entry names the element of each of its marked-content ids.
        func substitute(in node: qpdf_oh) {
            if qpdf_oh_has_key(q, node, "/Kids") != 0 { items(q, qpdf_oh_get_key(q, node, "/Kids")).forEach(substitute) }
            guard qpdf_oh_has_key(q, node, "/Nums") != 0 else { return }
            let numbers = qpdf_oh_get_key(q, node, "/Nums")
            for index in 0..<qpdf_oh_get_array_n_items(q, numbers) {
                let value = qpdf_oh_get_array_item(q, numbers, index)
                let slots: [(qpdf_oh, Int32)] = qpdf_oh_is_array(q, value) != 0
                    ? (0..<qpdf_oh_get_array_n_items(q, value)).map { (value, $0) } : [(numbers, index)]
                for (array, slot) in slots {
                    let entry = qpdf_oh_get_array_item(q, array, slot)
                    if let match = replaced.first(where: { sameObject(q, entry, $0.old) }) {
                        qpdf_oh_set_array_item(q, array, slot, match.new)
                    }
                }
            }
        }
        if qpdf_oh_has_key(q, tree, "/ParentTree") != 0 { substitute(in: qpdf_oh_get_key(q, tree, "/ParentTree")) }
    }

    private static func array(_ q: qpdf_data?, _ items: [qpdf_oh]) -> qpdf_oh {
        let array = qpdf_oh_new_array(q)
        for item in items { qpdf_oh_append_item(q, array, item) }
        return array
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
