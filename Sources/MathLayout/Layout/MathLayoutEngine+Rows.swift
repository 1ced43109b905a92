/// Rows: atoms side by side with TeX's spacing between atom classes.
extension MathLayoutEngine {
    func row(_ nodes: [MathNode], _ style: LayoutStyle) -> MathBox {
        var boxes = nodes.map { node -> MathBox? in
            if case .middleDelimiter = node { return nil }
            return layout(node, style)
        }
        let axis = metrics.axisHeight(size: style.size)
        let laidOut = boxes.compactMap { $0 }
        let halfHeight = max(laidOut.map { $0.ascent - axis }.max() ?? 0,
                             laidOut.map { $0.descent + axis }.max() ?? 0)
        for (index, node) in nodes.enumerated() {
            if case .middleDelimiter(let text) = node {
                boxes[index] = delimiter(text, halfHeight: halfHeight, style)
            }
        }

        var result = MathBox()
        var previous: MathNode.SpacingClass?
        for (box, atomClass) in zip(boxes, MathNode.spacingClasses(of: nodes)) {
            guard let box else { continue }
            if let atomClass {
                if let previous { result.width += space(between: previous, and: atomClass, style) }
                previous = atomClass
            }
            result.draw(box, x: result.width, y: 0)
            result.width += box.width
            result.ascent = max(result.ascent, box.ascent)
            result.descent = max(result.descent, box.descent)
        }
        return result
    }

    /// TeX's automatic space between two atoms; only the thin spaces around operators
    /// survive in script sizes.
    private func space(between left: MathNode.SpacingClass, and right: MathNode.SpacingClass, _ style: LayoutStyle) -> Double {
        let em = style.size
        let inScript = style.level > 0
        switch (left, right) {
        case (.largeOperator, .ordinary), (.ordinary, .largeOperator), (.largeOperator, .largeOperator),
             (.closing, .largeOperator):
            return em * 3 / 18
        case (.relation, .relation):
            return 0
        case (.relation, _) where right != .punctuation, (_, .relation) where left != .opening:
            return inScript ? 0 : em * 5 / 18
        case (.binary, _), (_, .binary):
            return inScript ? 0 : em * 4 / 18
        case (.punctuation, _):
            return inScript ? 0 : em * 3 / 18
        case (.opening, .inner), (.inner, .closing):
            return 0
        case (.inner, _), (_, .inner):
            return inScript ? 0 : em * 3 / 18
        default:
            return 0
        }
    }
}
