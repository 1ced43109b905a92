import Document

/// A compact, readable dump of a document tree for spec examples.
enum TreeDump {
    static func blocks(_ blocks: [Block]) -> String { blocks.map(block).joined(separator: "\n") }

    static func block(_ b: Block) -> String {
        switch b {
        case let .paragraph(c): return "para[\(inlines(c))]"
        case let .heading(h): return "h\(h.level)#\(h.id)[\(inlines(h.content))]"
        case let .bulletList(items, _): return "ul(" + items.map { self.blocks($0) }.joined(separator: " | ") + ")"
        case let .orderedList(start, items, _): return "ol\(start)(" + items.map { self.blocks($0) }.joined(separator: " | ") + ")"
        case let .blockQuote(c): return "quote(\(blocks(c)))"
        case let .codeBlock(lang, code): return "code:\(lang)[\(code)]"
        case .thematicBreak: return "hr"
        case let .html(h): return "html[\(h)]"
        case let .table(t): return "table(" + ([t.header] + t.rows).map { $0.map(inlines).joined(separator: ",") }.joined(separator: "/") + ")"
        case let .displayMath(m): return "dmath[\(m.tex)]" + (m.label.map { "#\($0)" } ?? "") + "@\(m.location.line):\(m.location.column)"
        case let .footnoteDefinition(label, c): return "fn:\(label)(\(blocks(c)))"
        case let .definitionList(items):
            return "dl(" + items.map { "\(inlines($0.term)): " + $0.definitions.map { self.blocks($0) }.joined(separator: " ; ") }.joined(separator: " | ") + ")"
        case let .directive(d):
            let options = d.options.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            return "dir:\(d.name)[\(d.argument)]{\(options)}<\(d.content)>@\(d.location.line):\(d.contentLine)"
        case let .experiment(e): return "experiment:\(e.id)"
        case let .figure(f): return "figure:\(f.id)"
        case let .claim(c): return "claim:\(c.id)"
        case let .container(c):
            let attributes = (c.classes.map { ".\($0)" } + (c.id.map { ["#\($0)"] } ?? [])).joined(separator: " ")
            return "box:\(c.kind.rawValue)" + (c.collapsible ? (c.open ? "+open" : "+closed") : "")
                + "{\(attributes)}[\(inlines(c.title))](\(blocks(c.content)))@\(c.location.line)"
        case let .listing(l):
            return "listing:\(l.language)[\(l.code)]{caption=\(inlines(l.caption)),start=\(l.firstLineNumber.map(String.init) ?? "-"),emph=\(l.emphasized.sorted())}"
        case let .error(d): return "error[\(d.message)]"
        }
    }

    static func inlines(_ c: [Inline]) -> String { c.map(inline).joined() }

    static func inline(_ i: Inline) -> String {
        switch i {
        case let .text(s): return s
        case let .emphasis(c): return "_\(inlines(c))_"
        case let .strong(c): return "*\(inlines(c))*"
        case let .strikethrough(c): return "~\(inlines(c))~"
        case let .code(s): return "`\(s)`"
        case let .link(url, _, c): return "<\(inlines(c))|\(url)>"
        case let .image(url, _, alt, _): return "<img \(inlines(alt))|\(url)>"
        case .softBreak: return "↵"
        case .lineBreak: return "⏎"
        case let .html(h): return "{html \(h)}"
        case let .math(tex, loc): return "$\(tex)$@\(loc.line):\(loc.column)"
        case let .reference(label, loc, text): return "{ref \(label)\(text.map { "=" + $0 } ?? "")@\(loc.line):\(loc.column)}"
        case let .citation(keys, loc, text): return "{cite \(keys.joined(separator: ";"))\(text.map { "=" + $0 } ?? "")@\(loc.line):\(loc.column)}"
        case let .role(name, content, loc): return "{\(name) \(content)@\(loc.line):\(loc.column)}"
        case let .parameter(key, loc): return "{{\(key)@\(loc.line):\(loc.column)}}"
        case let .footnoteReference(label): return "{fn \(label)}"
        case let .checkbox(checked): return checked ? "[x] " : "[ ] "
        case let .crossReference(r): return "{xref \(r.label) \(r.form)@\(r.location.line):\(r.location.column)}"
        case let .cite(g):
            let items = g.items.map { [$0.prefix, ($0.suppressAuthor ? "-@" : "@") + $0.key, $0.locator].filter { !$0.isEmpty }.joined(separator: " ") }
            return "{cite:\(g.mode) \(items.joined(separator: ";"))@\(g.location.line):\(g.location.column)}"
        case let .subscripted(c): return "{sub \(inlines(c))}"
        case let .superscripted(c): return "{sup \(inlines(c))}"
        case let .abbreviation(text, expansion): return "{abbr \(text)=\(expansion)}"
        case let .error(d): return "{error \(d.message)}"
        }
    }
}
