/// Subscripts, superscripts and primes, attached to the node before them.
extension FormulaParser {
    /// Reads `_x`, `^x` or a run of `'` at the read position and attaches it to the last
    /// node of `nodes` (or to an empty base when there is none). A second script of the
    /// same kind is reported and set on an empty base, which keeps the tree shallow.
    mutating func attachScript(to nodes: inout [MathNode]) {
        let start = position
        let marker = chars[position]
        let previous = nodes.popLast() ?? .row([])
        var base = previous, sub: MathNode?, sup: MathNode?
        if case .scripts(let innerBase, let innerSub, let innerSup) = previous {
            (base, sub, sup) = (innerBase, innerSub, innerSup)
        }
        switch marker {
        case "'":
            var count = 0
            while peek() == "'" { count += 1; position += 1 }
            let prime = MathNode.symbol(MathNode.primeSymbols[min(count, MathNode.primeSymbols.count) - 1], .ordinary)
            if sup == nil {
                sup = prime
            } else {
                report(at: start, "double superscript")
                nodes.append(previous)
                (base, sub, sup) = (.row([]), nil, prime)
            }
        case "^":
            position += 1
            let argument = parseArgument(of: "'^'", at: start)
            if sup == nil {
                sup = argument
            } else if case .symbol(let text, _)? = sup, MathNode.primeSymbols.contains(text) {
                sup = .row([sup!, argument])
            } else {
                report(at: start, "double superscript")
                nodes.append(previous)
                (base, sub, sup) = (.row([]), nil, argument)
            }
        default:
            position += 1
            let argument = parseArgument(of: "'_'", at: start)
            if sub == nil {
                sub = argument
            } else {
                report(at: start, "double subscript")
                nodes.append(previous)
                (base, sub, sup) = (.row([]), argument, nil)
            }
        }
        nodes.append(.scripts(base: base, sub: sub, sup: sup))
    }
}
