import CQPDF

/// Edits of the structure tree Cairo 1.16 writes, made in the final rewrite: what Cairo's
/// tags cannot say (a block that breaks across pages is one element; a link is inside the
/// element its text is in; a section holds its heading and blocks).
extension StructureRewrite {
    /// The items of `/K` (or of any value that may be an array or a single item).
    static func items(_ q: qpdf_data?, _ value: qpdf_oh) -> [qpdf_oh] {
        guard qpdf_oh_is_array(q, value) != 0 else { return [value] }
        return (0..<qpdf_oh_get_array_n_items(q, value)).map { qpdf_oh_get_array_item(q, value, $0) }
    }

    /// `item` is a structure element (of `type`, a name such as "/Link", when given).
    static func isElement(_ q: qpdf_data?, _ item: qpdf_oh, _ type: String? = nil) -> Bool {
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
    static func joinContinuations(_ q: qpdf_data?, tree: qpdf_oh, continuations: [Bool]) {
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
    static func nestLinks(_ q: qpdf_data?, in node: qpdf_oh) {
        guard qpdf_oh_is_dictionary(q, node) != 0, qpdf_oh_has_key(q, node, "/K") != 0 else { return }
        let children = qpdf_oh_get_key(q, node, "/K")
        guard qpdf_oh_is_array(q, children) != 0 else { return nestLinks(q, in: children) }
        func marksContent(_ item: qpdf_oh) -> Bool {
            guard isElement(q, item), !isElement(q, item, "/Link"), qpdf_oh_has_key(q, item, "/K") != 0 else { return false }
            return items(q, qpdf_oh_get_key(q, item, "/K")).contains {
                qpdf_oh_is_integer(q, $0) != 0 || (qpdf_oh_is_dictionary(q, $0) != 0 && qpdf_oh_has_key(q, $0, "/MCID") != 0)
            }
        }
        var kept: [qpdf_oh] = []
        let all = items(q, children)
        for child in all {
            if isElement(q, child, "/Link"), let holder = kept.last, marksContent(holder) {
                qpdf_oh_replace_key(q, holder, "/K", array(q, items(q, qpdf_oh_get_key(q, holder, "/K")) + [child]))
                qpdf_oh_replace_key(q, child, "/P", holder)
                continue
            }
            kept.append(child)
            nestLinks(q, in: child)
        }
        if kept.count < all.count { qpdf_oh_replace_key(q, node, "/K", array(q, kept)) }
    }

    /// Groups the document's elements into sections: each heading (`H1`-`H6`) opens a `Sect`
    /// that holds it and what follows up to the next heading of its level or above, nested
    /// by level; what comes before the first heading (title page, contents) stays at the top.
    static func groupSections(_ q: qpdf_data?, tree: qpdf_oh) {
        guard let root = items(q, qpdf_oh_get_key(q, tree, "/K")).first(where: { isElement(q, $0) }),
              qpdf_oh_has_key(q, root, "/K") != 0 else { return }
        final class Section {
            let level: Int
            let element: qpdf_oh
            var children: [qpdf_oh] = []
            init(level: Int, element: qpdf_oh) { self.level = level; self.element = element }
        }
        func level(_ item: qpdf_oh) -> Int? {
            guard isElement(q, item) else { return nil }
            let name = String(cString: qpdf_oh_get_name(q, qpdf_oh_get_key(q, item, "/S")))
            guard name.count == 3, name.hasPrefix("/H"), let digit = Int(name.suffix(1)), (1...6).contains(digit) else { return nil }
            return digit
        }
        var top: [qpdf_oh] = []
        var open: [Section] = []
        func close(from depth: Int) {
            while open.count > depth, let section = open.popLast() {
                qpdf_oh_replace_key(q, section.element, "/K", array(q, section.children))
                for child in section.children where isElement(q, child) { qpdf_oh_replace_key(q, child, "/P", section.element) }
            }
        }
        func place(_ item: qpdf_oh) {
            if let section = open.last { section.children.append(item) } else { top.append(item) }
        }
        for child in items(q, qpdf_oh_get_key(q, root, "/K")) {
            if let headingLevel = level(child) {
                close(from: open.firstIndex { $0.level >= headingLevel } ?? open.count)
                let sect = qpdf_oh_new_dictionary(q)
                qpdf_oh_replace_key(q, sect, "/Type", qpdf_oh_new_name(q, "/StructElem"))
                qpdf_oh_replace_key(q, sect, "/S", qpdf_oh_new_name(q, "/Sect"))
                qpdf_oh_replace_key(q, sect, "/P", open.last?.element ?? root)
                let element = qpdf_make_indirect_object(q, sect)
                place(element)
                open.append(Section(level: headingLevel, element: element))
            }
            place(child)
        }
        close(from: 0)
        qpdf_oh_replace_key(q, root, "/K", array(q, top))
    }
}
