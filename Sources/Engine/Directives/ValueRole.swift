import Experiments
import Document

/// `{value}`exp.path`` and `{value}`exp.path | .3g``: a live number in prose.
enum ValueRole {
    static func resolve(content: String, location: SourceLocation, context: DirectiveContext) -> [Inline] {
        let parts = content.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        do {
            let format: NumberFormat
            do { format = try NumberFormat(parts.count > 1 ? parts[1] : nil) } catch let e as LocatedError {
                throw context.report(e.message, at: location)
            }
            return format.inlines(try context.number(parts[0], at: location))
        } catch {
            return [.error(Diagnostic.located(error, fallback: location))]
        }
    }
}
