/// What a reference to a container shows: `[](#id)`, `{ref}` and `@id` to an admonition
/// read its title ("Note" when it has none written), to an untitled div its id.
enum BlockTargets {
    static func title(of c: Container) -> String {
        let written = InlineText.plain(c.title)
        return written.isEmpty ? (c.kind.defaultTitle ?? c.id ?? "") : written
    }
}
