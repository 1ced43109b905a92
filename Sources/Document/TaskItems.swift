import CCmark

/// Task list items (cmark-gfm's `tasklist` extension: `- [ ]` and `- [x]`) start with a
/// checkbox inline, so both writers draw the box where the text begins.
enum TaskItems {
    static func mark(_ blocks: [Block], item: OpaquePointer) -> [Block] {
        guard String(cString: cmark_node_get_type_string(item)) == "tasklist" else { return blocks }
        let box = Inline.checkbox(checked: cmark_gfm_extensions_get_tasklist_item_checked(item))
        guard case let .paragraph(content)? = blocks.first else { return [.paragraph([box])] + blocks }
        return [.paragraph([box] + content)] + blocks.dropFirst()
    }
}
