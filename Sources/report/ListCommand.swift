import ArgumentParser
import Document
import Engine

/// `report list`: the experiments, figures, tables and claims of a book, and which
/// experiments are cached, without running anything.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List experiments (with their cache state), figures, tables and claims.")

    @OptionGroup var book: BookOptions

    func run() throws {
        let renderer = try book.renderer(of: book.build())
        print("Experiments:")
        for row in renderer.inventory() {
            print("  \(row.id)  \(row.kind)  \(row.location)  \(row.state)")
        }
        let parsed = renderer.parse()
        for (title, name) in [("Figures", "figure"), ("Tables", "table"), ("Claims", "claim")] {
            print("\(title):")
            let directives = parsed.chapters.collect { block -> Directive? in
                if case let .directive(d) = block, d.name == name { return d }
                return nil
            }
            for d in directives {
                let detail = name == "claim" ? (d.option("check")?.value ?? "") : "from \(d.option("experiment")?.value ?? "?")"
                print("  \(d.argument)  \(d.location)  \(detail)")
            }
        }
    }
}
