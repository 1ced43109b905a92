import Document
import MathLayout

/// The front matter's `math:` macros: those of the first chapter hold in the whole book,
/// a chapter's own add to them (and win). After the formulas have been checked with them,
/// every formula's TeX is replaced by its expansion, which the writers parse as it is.
enum BookMathMacros {
    /// The macros that hold in `chapter`.
    static func macros(of chapter: Chapter, in book: Book) -> MathMacros {
        macros(of: chapter, first: book.chapters.first)
    }

    /// The macros that hold in `chapter` of a book whose first chapter is `first`.
    static func macros(of chapter: Chapter, first: Chapter?) -> MathMacros {
        let bookWide = MathMacros(bodies: first?.frontMatter.mathMacros ?? [:])
        guard chapter.number != first?.number else { return bookWide }
        return bookWide.merging(MathMacros(bodies: chapter.frontMatter.mathMacros))
    }

    /// `book` with the macros expanded in every formula of every chapter.
    static func expanded(_ book: Book) -> Book {
        var book = book
        for c in book.chapters.indices {
            let macros = macros(of: book.chapters[c], in: book)
            guard !macros.definitions.isEmpty else { continue }
            var expansion = ClosureRewriter(
                blocks: { block in
                    guard case var .displayMath(m) = block else { return nil }
                    m.tex = macros.expand(m.tex)
                    return [.displayMath(m)]
                },
                inlines: { inline in
                    guard case let .math(tex, location) = inline else { return nil }
                    return [.math(tex: macros.expand(tex), location: location)]
                })
            book.chapters[c].blocks = expansion.rewrite(book.chapters[c].blocks)
        }
        return book
    }
}
