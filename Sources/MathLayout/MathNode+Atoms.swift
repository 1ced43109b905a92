/// What the MathML writer and the box layout both need to know about nodes in a row:
/// their TeX atom class, where scripts go, and how primes are split off superscripts.
extension MathNode {
    /// TeX's atom classes as far as spacing is concerned.
    enum SpacingClass {
        /// `inner`: a `\left ... \right` group or a fraction, which TeX spaces by a thin
        /// space from its neighbours (not from the opening or closing delimiter beside it).
        case ordinary, largeOperator, binary, relation, opening, closing, punctuation, inner
    }

    /// The spacing class of each node of a row, nil for explicit spaces (which TeX
    /// ignores when choosing the space between the atoms around them). A binary operator
    /// with nothing to operate on at its left (`-x`, `= -x`) becomes ordinary.
    static func spacingClasses(of nodes: [MathNode]) -> [SpacingClass?] {
        var previous: SpacingClass?
        return nodes.map { node in
            guard var current = node.spacingClass else { return nil }
            if current == .binary, [nil, .binary, .relation, .opening, .punctuation,
                                    .largeOperator].contains(previous) {
                current = .ordinary
            }
            previous = current
            return current
        }
    }

    private var spacingClass: SpacingClass? {
        switch self {
        case .space: nil
        case .largeOperator, .operatorName, .operatorGroup: .largeOperator
        case .scripts(let base, _, _), .underOver(let base, _, _): base.spacingClass ?? .ordinary
        case .extensibleArrow: .relation
        case .fenced, .fraction: .inner
        case .classed(_, let atomClass): MathNode.symbol("", atomClass).spacingClass
        case .symbol(_, .binary): .binary
        case .symbol(_, .relation): .relation
        case .symbol(_, .punctuation): .punctuation
        case .symbol(_, .opening): .opening
        case .symbol(_, .closing): .closing
        default: .ordinary
        }
    }

    /// Whether scripts on this node go below and above it (limits) rather than beside it,
    /// in display style or not.
    func takesLimits(displayStyle: Bool) -> Bool {
        switch self {
        case .largeOperator(_, let limits), .operatorName(_, let limits), .operatorGroup(_, let limits):
            limits == .always || (limits == .displayOnly && displayStyle)
        case .brace:
            true
        default:
            false
        }
    }

    /// True for what TeX sets as one character box, whose scripts are placed from its
    /// baseline rather than hung from its top and bottom: a letter, a digit string (its
    /// scripts go on the last digit), a symbol, or a group of one of these.
    var isCharacter: Bool {
        switch self {
        case .identifier(let text, _): text.count == 1
        case .number, .symbol: true
        case .row(let nodes): nodes.count == 1 && nodes[0].isCharacter
        default: false
        }
    }

    /// True for an operator written as letters (`\min`, `\operatorname{..}`), possibly
    /// with scripts, which MathML does not space by itself.
    var isNamedOperator: Bool {
        switch self {
        case .operatorName, .operatorGroup: true
        case .scripts(let base, _, _), .underOver(let base, _, _): base.isNamedOperator
        default: false
        }
    }

    /// Primes are superscripts in TeX, but the Unicode prime is already raised: both
    /// writers set it at full size after the base. Returns the primes that start a
    /// superscript and what remains of it.
    static func splitPrimes(_ superscript: MathNode?) -> (primes: MathNode?, rest: MathNode?) {
        switch superscript {
        case .symbol(let text, _)? where primeSymbols.contains(text):
            (superscript, nil)
        case .row(let nodes)? where nodes.count == 2:
            if case .symbol(let text, _) = nodes[0], primeSymbols.contains(text) {
                (nodes[0], nodes[1])
            } else {
                (nil, superscript)
            }
        default:
            (nil, superscript)
        }
    }

    static let primeSymbols: [String] = ["′", "″", "‴", "⁗"]
}
