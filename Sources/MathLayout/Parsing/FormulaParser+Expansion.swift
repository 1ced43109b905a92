/// Expansion of macros in the text of a formula, without parsing it: what a writer gives
/// the parser when a book's macros should reach a formula that is parsed without them.
extension FormulaParser {
    /// The source with every call of a known macro replaced by its expansion. A name that a
    /// definition in the formula (`\newcommand{\R}...`) takes is left for the parser from
    /// there on; a call that expands into itself is dropped with all it produced.
    mutating func expandedSource() -> String {
        while position < chars.count {
            guard chars[position] == "\\" else {
                position += 1
                continue
            }
            let name = peekCommandName()
            if ["newcommand", "renewcommand", "providecommand", "def", "DeclareMathOperator"].contains(name) {
                position += 1 + name.count
                if peek() == "*" { position += 1 }
                if let defined = readVerbatimArgument(), defined.hasPrefix("\\") {
                    macros.definitions[String(defined.dropFirst())] = nil
                }
                continue
            }
            let recursive = recursiveMacros.count
            if expandMacro() {
                if recursiveMacros.count > recursive { dropExpansion(before: position) }
                continue
            }
            position += 1 + max(1, name.count)
        }
        return String(chars)
    }

    /// Removes what the call at `end` expanded to before it, once the call turned out to
    /// expand into itself: the whole call is left out, not just its endless tail.
    private mutating func dropExpansion(before end: Int) {
        guard end > 0, origins[end - 1].depth > 0 else { return }
        let offset = origins[end - 1].offset
        var start = end
        while start > 0, origins[start - 1].offset == offset, origins[start - 1].depth > 0 { start -= 1 }
        chars.removeSubrange(start..<end)
        origins.removeSubrange(start..<end)
        position = start
    }
}

extension MathMacros {
    /// `tex` with these macros expanded, for a formula parsed later without them. The
    /// problems of the expansion (recursion, missing arguments) are those that
    /// `MathParser.parse(tex, macros: self)` reports, at the calls in `tex`.
    public func expand(_ tex: String) -> String {
        guard !definitions.isEmpty, tex.contains("\\") else { return tex }
        var parser = FormulaParser(tex, macros: self)
        return parser.expandedSource()
    }

    /// Macros as MyST's front matter writes them: `'\R': '\mathbb{R}'`, the name with or
    /// without its backslash, the number of arguments the highest `#1`...`#9` in the body.
    public init(bodies: [String: String]) {
        var definitions: [String: Definition] = [:]
        for (name, body) in bodies {
            let bare = name.hasPrefix("\\") ? String(name.dropFirst()) : name
            let highest = zip(body, body.dropFirst()).compactMap { $0 == "#" ? $1.wholeNumberValue : nil }.max() ?? 0
            definitions[bare] = Definition(arguments: highest, body: body)
        }
        self.init(definitions)
    }

    /// These macros with `other`'s added, `other` winning where both define a name.
    public func merging(_ other: MathMacros) -> MathMacros {
        MathMacros(definitions.merging(other.definitions) { _, new in new })
    }
}
