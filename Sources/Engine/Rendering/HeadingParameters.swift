import Document

/// `{{key}}` in a heading whose id is made from its text (no `{#id}`): the values are put in
/// first and the id is made from the text with them, so `# Learning rate {{eta}}` with
/// `eta: 0.01` is titled "Learning rate 0.01" (also as the chapter's title) and has the id
/// `learning-rate-0-01`.
enum HeadingParameters {
    /// `blocks` with the parameters of their derived-id headings replaced by `parameter`.
    static func resolve(_ blocks: [Block], parameter: @escaping (String, SourceLocation) -> Inline) -> [Block] {
        var rewriter = ClosureRewriter(blocks: { block in
            guard case var .heading(heading) = block, heading.idIsDerived else { return nil }
            var values = ClosureRewriter(inlines: { inline in
                if case let .parameter(key, location) = inline { return [parameter(key, location)] }
                return nil
            })
            let content = values.rewrite(heading.content)
            guard content != heading.content else { return nil }
            heading.content = content
            heading.id = InlineText.slug(InlineText.plain(content))
            return [.heading(heading)]
        })
        return rewriter.rewrite(blocks)
    }
}
