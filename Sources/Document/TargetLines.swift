import Foundation

/// MyST targets: a line `(label)=` labels the block after it (a heading, an equation, a table,
/// a figure, an admonition or other container, or a code listing), with any valid label. Also turns the `{math}` directive into display math,
/// labelled by its `:label:` (or `:name:`) option. Works on the blocks of one container, in order.
struct TargetLines {
    /// A target waiting for its block.
    private var pending: (label: String, location: SourceLocation)?
    private var problems: [(String, SourceLocation, Diagnostic.Severity)] = []

    /// The label of a paragraph that is only `(label)=`.
    static func target(_ block: Block) -> String? {
        guard case let .paragraph(inlines) = block, inlines.count == 1, case let .text(text) = inlines[0] else { return nil }
        let line = text.trimmingCharacters(in: .whitespaces)
        guard line.hasPrefix("("), line.hasSuffix(")=") else { return nil }
        let label = String(line.dropFirst().dropLast(2))
        return Label.isValid(label) ? label : nil
    }

    /// The blocks one cmark node became, with targets taken out and given to what follows.
    mutating func attach(_ blocks: [Block], at location: SourceLocation) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            if let label = Self.target(block) {
                if let earlier = pending { unused(earlier) }
                pending = (label, location)
                continue
            }
            if case let .paragraph(inlines) = block, inlines.count > 2, inlines[1] == .softBreak,
               let label = Self.target(.paragraph([inlines[0]])) {
                problems.append(("target '(\(label))=' stands before a paragraph, which cannot be referenced; put it before a heading, figure, table, equation, admonition or code block",
                                 location, .warning))
                result.append(.paragraph(Array(inlines.dropFirst(2))))
                continue
            }
            var block = mathDirective(block)
            if let target = pending {
                pending = nil
                block = labelled(block, target)
            }
            result.append(block)
        }
        return result
    }

    /// Problems found; a target with nothing after it is one.
    mutating func finish() -> [(String, SourceLocation, Diagnostic.Severity)] {
        if let last = pending { unused(last) }
        pending = nil
        return problems
    }

    private mutating func unused(_ target: (label: String, location: SourceLocation)) {
        problems.append(("target '(\(target.label))=' is followed by nothing it can label; put it on the line before a heading, figure, table or equation",
                         target.location, .warning))
    }

    private mutating func labelled(_ block: Block, _ target: (label: String, location: SourceLocation)) -> Block {
        func already(_ id: String) -> Block {
            problems.append(("target '(\(target.label))=' labels a block that already has the label '\(id)'; the target is ignored",
                             target.location, .warning))
            return block
        }
        switch block {
        case var .heading(h):
            guard h.idIsDerived else { return already(h.id) }
            h.id = target.label
            h.idIsDerived = false
            return .heading(h)
        case var .displayMath(m):
            if let label = m.label { return already(label) }
            m.label = target.label
            return .displayMath(m)
        case var .table(t):
            if let id = t.id { return already(id) }
            t.id = target.label
            t.location = t.location ?? target.location
            return .table(t)
        case var .directive(d):
            if let named = d.option("label") ?? d.option("name") { return already(named.value) }
            let imageFile = [".png", ".jpg", ".jpeg", ".svg", ".gif"].contains { d.argument.lowercased().hasSuffix($0) }
            if ["figure", "table"].contains(d.name), Label.isValid(d.argument), !imageFile {
                // An experiment figure or table: its argument is its label.
                return d.argument == target.label ? block : already(d.argument)
            }
            d.options.append(DirectiveOption(key: "label", value: target.label, location: target.location))
            return .directive(d)
        case var .container(c):
            if let id = c.id { return already(id) }
            c.id = target.label
            return .container(c)
        case var .listing(l):
            if let id = l.id { return already(id) }
            l.id = target.label
            return .listing(l)
        case .paragraph, .bulletList, .orderedList, .blockQuote, .codeBlock, .thematicBreak, .html, .footnoteDefinition,
             .experiment, .figure, .claim, .definitionList, .error:
            problems.append(("target '(\(target.label))=' stands before a block that cannot be referenced; put it before a heading, figure, table, equation, admonition or code block",
                             target.location, .warning))
            return block
        }
    }

    /// A `{math}` directive as display math.
    private mutating func mathDirective(_ block: Block) -> Block {
        guard case let .directive(d) = block, d.name == "math" else { return block }
        var label = (d.option("label") ?? d.option("name"))?.value
        if let chosen = label, let problem = Label.problem(chosen, what: "equation") {
            problems.append((problem + "; the equation is not numbered", (d.option("label") ?? d.option("name"))!.location, .error))
            label = nil
        }
        let tex = d.content.trimmingCharacters(in: .whitespacesAndNewlines)
        return .displayMath(DisplayMath(tex: tex, label: label ?? DisplayMath.label(inTeX: tex), location: d.location,
                                        texLocation: SourceLocation(file: d.location.file, line: d.contentLine, column: 1)))
    }
}

extension DisplayMath {
    /// The label of a formula written `\label{eq-x}` inside it, when it has exactly one and is
    /// not an `align`-like environment (whose rows carry their own labels).
    static func label(inTeX tex: String) -> String? {
        let parts = tex.components(separatedBy: "\\label{")
        guard parts.count == 2, !["align", "gather", "eqnarray", "multline", "flalign", "equation"].contains(where: { tex.contains("\\begin{\($0)") }),
              let close = parts[1].firstIndex(of: "}") else { return nil }
        let label = String(parts[1][..<close]).trimmingCharacters(in: .whitespaces)
        return Label.isValid(label) ? label : nil
    }
}
