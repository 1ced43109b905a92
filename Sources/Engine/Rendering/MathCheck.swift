import Document
import MathLayout

/// Parses every formula of a book once to report unsupported commands and unbalanced
/// braces as `file:line:col` diagnostics (the writers still show them, in red), with the
/// front matter's `math:` macros of its chapter.
enum MathCheck {
    static func diagnostics(_ book: Book, sourceLines: (String, Int) -> String?) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func check(_ tex: String, at location: SourceLocation, opening: Int, macros: MathMacros) {
            for problem in MathParser.parse(tex, macros: macros).diagnostics {
                // Walk the TeX up to the offset to place the problem in the chapter.
                var line = location.line, column = location.column + opening
                for ch in tex.prefix(problem.offset) {
                    if ch == "\n" { line += 1; column = 1 } else { column += ch.utf8.count }
                }
                let at = SourceLocation(file: location.file, line: line, column: column)
                found.append(Diagnostic("math: \(problem.message)", at: at, sourceLine: sourceLines(at.file, at.line)))
            }
        }
        for chapter in book.chapters {
            var formulas = NodeCollector<(tex: String, location: SourceLocation, opening: Int)>(
                blocks: { block in
                    if case let .displayMath(m) = block { return (m.tex, m.texLocation, 0) }
                    return nil
                },
                inlines: { inline in
                    if case let .math(tex, location) = inline { return (tex, location, 1) }
                    return nil
                })
            formulas.walk(chapter.blocks)
            let macros = BookMathMacros.macros(of: chapter, in: book)
            for formula in formulas.found { check(formula.tex, at: formula.location, opening: formula.opening, macros: macros) }
        }
        return found
    }
}
