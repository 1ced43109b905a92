/// Where an inline formula may end a line, as TeX allows: after a relation or a binary
/// operator of its top level, unless the next atom is another relation, a punctuation
/// mark, a closing delimiter or nothing. Nothing inside a group, a fence, a fraction or a
/// script is broken. A writer sets the pieces side by side with a breakable space between
/// them, which stands in for the operator's space after it.
public enum InlineFormulaBreaks {
    /// The top-level atoms of `root` cut after each place a line may end, in order; the
    /// formula as one piece when it is not a row or has nowhere to break.
    public static func pieces(_ root: MathNode) -> [[MathNode]] {
        guard case .row(let nodes) = root, nodes.count > 1 else { return [[root]] }
        let classes = MathNode.spacingClasses(of: nodes)
        var pieces: [[MathNode]] = []
        var start = 0
        for index in nodes.indices where classes[index] == .relation || classes[index] == .binary {
            guard let next = classes[(index + 1)...].first(where: { $0 != nil }) ?? nil,
                  ![.relation, .punctuation, .closing].contains(next) else { continue }
            pieces.append(Array(nodes[start...index]))
            start = index + 1
        }
        pieces.append(Array(nodes[start...]))
        return pieces
    }
}
