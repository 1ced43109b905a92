import Document
import Graphics

/// A definition list: each term in bold, its definitions indented below it.
extension Typesetter {
    func definitionList(_ items: [DefinitionItem], width: Double) -> FlowItem {
        let indent = 18.0
        var bold = style.body
        bold.bold = true
        var slices: [Slice] = []
        for item in items {
            var term = textSlices(item.term, base: bold, width: width, alignment: .left)
            if !slices.isEmpty, !term.isEmpty { term[0] = term[0].offset(dy: style.gap) }
            for index in term.indices.dropFirst() { term[index].canBreakBefore = false }
            slices += term
            for definition in item.definitions {
                var inner = flow(definition, width: width - indent).folded().map { $0.offset(dx: indent) }
                if !inner.isEmpty {
                    inner[0].canBreakBefore = false
                    inner[0] = inner[0].offset(dy: 2)
                }
                slices += inner
            }
        }
        return FlowItem(slices, gapBefore: style.gap)
    }
}
