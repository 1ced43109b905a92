/// The state of one parse: the source characters (with macros expanded in place), the
/// read position, the current font style and what has been collected besides the tree
/// (diagnostics, tags, labels, macro definitions).
struct FormulaParser {
    /// The reasons a sequence may end before the end of the input.
    struct Stops: OptionSet {
        let rawValue: Int
        static let closeBrace = Stops(rawValue: 1)
        static let closeBracket = Stops(rawValue: 2)
        static let right = Stops(rawValue: 4)
        /// `&`, `\\` and `\end` inside an environment.
        static let cell = Stops(rawValue: 8)
        /// The `$` that ends math inside `\text{...}`.
        static let dollar = Stops(rawValue: 16)
    }

    let source: String
    /// The characters being read; a macro call is replaced by its expansion.
    var chars: [Character]
    /// For each character, its offset in `source` (an expansion takes its call's offset)
    /// and how many macro expansions produced it.
    var origins: [(offset: Int, depth: Int)]
    var position = 0
    var diagnostics: [MathDiagnostic] = []
    var macros: MathMacros
    /// Macros found to expand into themselves, whose calls are dropped.
    var recursiveMacros: Set<String> = []
    var tag: String?
    var label: String?
    var suppressesNumber = false
    /// The font style that letters get, set by `\mathbf{...}` or `\rm`.
    var variant: MathVariant?
    /// The stops of the innermost sequence being parsed.
    var activeStops: Stops = []
    /// How many `\left` groups enclose the position (for `\middle`).
    var fenceDepth = 0
    /// How deeply the parse functions are nested, bounded so that no input exhausts the stack.
    var nesting = 0
    static let maximumNesting = 150

    init(_ tex: String, macros: MathMacros) {
        source = tex
        chars = Array(tex)
        origins = chars.indices.map { ($0, 0) }
        self.macros = macros
    }

    mutating func parseFormula() -> ParsedFormula {
        let nodes = parseSequence(until: [])
        return ParsedFormula(source: source, root: .row(nodes), diagnostics: diagnostics, tag: tag,
                             label: label, suppressesNumber: suppressesNumber, macros: macros)
    }

    /// Parses atoms and their scripts until the end of the input or one of `stops`,
    /// which is left unconsumed for the caller.
    mutating func parseSequence(until stops: Stops) -> [MathNode] {
        guard enterNesting() else { return [] }
        let savedVariant = variant, savedStops = activeStops
        activeStops = stops
        defer { variant = savedVariant; activeStops = savedStops; nesting -= 1 }
        var nodes: [MathNode] = []
        scan: while let c = peek() {
            switch c {
            case _ where c.isWhitespace:
                position += 1
            case "%":
                while let n = peek(), !n.isNewline { position += 1 }
            case "}" where stops.contains(.closeBrace), "]" where stops.contains(.closeBracket),
                 "&" where stops.contains(.cell), "$" where stops.contains(.dollar):
                break scan
            case "}":
                report("unmatched '}'")
                position += 1
            case "&":
                report("'&' outside a matrix, cases or aligned environment")
                position += 1
            case "^", "_", "'":
                attachScript(to: &nodes)
            case "\\":
                if expandMacro() { continue }
                let name = peekCommandName()
                if handleStructuralCommand(name, stops: stops, nodes: &nodes) == .stop { break scan }
            default:
                nodes.append(parseAtom(singleToken: false))
                // A braced group is an ordinary atom: `{a^b}^c` puts `c` on the group.
                if c == "{", case .scripts = nodes[nodes.count - 1], scriptFollows() {
                    nodes[nodes.count - 1] = .row([nodes[nodes.count - 1]])
                }
            }
        }
        return nodes
    }

    /// True when the next thing after spaces is a script marker.
    private func scriptFollows() -> Bool {
        var index = position
        while let c = peek(at: index), c.isWhitespace { index += 1 }
        return peek(at: index).map { "^_'".contains($0) } ?? false
    }

    enum StructuralOutcome { case stop, handled }

    /// Handles the commands that end or modify a sequence rather than adding an atom.
    private mutating func handleStructuralCommand(
        _ name: String, stops: Stops, nodes: inout [MathNode]
    ) -> StructuralOutcome {
        let start = position
        switch name {
        case "\\" where stops.contains(.cell), "end" where stops.contains(.cell), "right" where stops.contains(.right):
            return .stop
        case "\\":
            report("line break '\\\\' outside an environment")
            position += 2
        case "end":
            position += 4
            let environment = readRawArgument(after: "end", at: start)
            report(at: start, "\\end{\(environment)} without \\begin{\(environment)}")
        case "right":
            report("\\right without \\left")
            position += 6
            let delimiter = readDelimiter(after: "right", at: start)
            nodes.append(.symbol(delimiter, TeXSymbols.delimiterClass(delimiter)))
        case "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle":
            position += 1 + name.count
            let rest = parseSequence(until: stops)
            let style: MathStyle = switch name {
            case "displaystyle": .display
            case "textstyle": .text
            case "scriptstyle": .script
            default: .scriptScript
            }
            nodes.append(.styleChange(style, body: .row(rest)))
        case "color":
            position += 1 + name.count
            let color = readColor(after: name, at: start)
            let rest = parseSequence(until: stops)
            nodes.append(.colored(.row(rest), color, background: false))
        case "limits", "nolimits":
            position += 1 + name.count
            let placement: LimitPlacement = name == "limits" ? .always : .never
            switch nodes.last {
            case .largeOperator(let symbol, _)?:
                nodes[nodes.count - 1] = .largeOperator(symbol, limits: placement)
            case .operatorName(let text, _)?:
                nodes[nodes.count - 1] = .operatorName(text, limits: placement)
            case .operatorGroup(let body, _)?:
                nodes[nodes.count - 1] = .operatorGroup(body, limits: placement)
            default:
                report(at: start, "\\\(name) must follow a big operator such as \\sum")
            }
        default:
            if let switched = TeXSymbols.fontSwitches[name] {
                position += 1 + name.count
                variant = switched
            } else if let node = parseCommand() {
                nodes.append(node)
            }
        }
        return .handled
    }

    /// Parses one atom: a letter, a number (one digit when `singleToken`), an operator
    /// character, a braced group or a command.
    mutating func parseAtom(singleToken: Bool) -> MathNode {
        guard enterNesting() else { return .row([]) }
        defer { nesting -= 1 }
        let c = chars[position]
        if c == "{" { return parseGroup() }
        if c == "\\" {
            if expandMacro() {
                skipWhitespace()
                return peek() == nil ? .row([]) : parseAtom(singleToken: singleToken)
            }
            return parseCommand() ?? .row([])
        }
        position += 1
        if c.isLetter {
            return parseLetters(first: c, singleToken: singleToken)
        }
        if c.isASCII, c.isNumber || (c == "." && peek()?.isASCIIDigit == true) {
            return parseNumber(first: c, singleToken: singleToken)
        }
        if c == "~" { return .space(em: 0.25) }
        if c == ":", peek() == "=" {
            position += 1
            return .symbol(":=", .relation)
        }
        if c == "'" { return .symbol("′", .ordinary) }
        if let (text, atomClass) = TeXSymbols.operatorCharacters[c] {
            return .symbol(text, atomClass)
        }
        return .symbol(String(c), .ordinary)
    }

    /// A letter is one identifier; upright text (`\mathrm{diag}`) keeps a word together.
    private mutating func parseLetters(first: Character, singleToken: Bool) -> MathNode {
        var word = String(first)
        if variant == .normal, !singleToken {
            while let n = peek(), n.isLetter { word.append(n); position += 1 }
        }
        return .identifier(word, variant: variant)
    }

    private mutating func parseNumber(first: Character, singleToken: Bool) -> MathNode {
        if let styled = variant, styled != .normal, styled != .italic {
            return .identifier(String(first), variant: styled)
        }
        var digits = String(first)
        while !singleToken, let n = peek(),
              n.isASCIIDigit || (n == "." && peek(at: position + 1)?.isASCIIDigit == true) {
            digits.append(n)
            position += 1
        }
        return .number(digits)
    }

    /// Counts one more level of nesting; past the limit, reports it, skips the rest of
    /// the input and returns false.
    mutating func enterNesting() -> Bool {
        guard nesting < Self.maximumNesting else {
            report("formula nested too deeply; the rest is ignored")
            position = chars.count
            return false
        }
        nesting += 1
        return true
    }

    /// Parses `{...}`; a group of one node is that node.
    mutating func parseGroup() -> MathNode {
        let open = position
        position += 1
        let nodes = parseSequence(until: [.closeBrace])
        if peek() == "}" {
            position += 1
        } else {
            report(at: open, "missing '}' for this '{'")
        }
        return nodes.count == 1 ? nodes[0] : .row(nodes)
    }

    /// Parses the argument of a command or script: a group or a single token.
    mutating func parseArgument(of command: String, at start: Int) -> MathNode {
        skipWhitespace()
        guard let c = peek(), !"}&^_]".contains(c) else {
            report(at: start, "missing argument for \(command)")
            return .row([])
        }
        return parseAtom(singleToken: true)
    }
}
