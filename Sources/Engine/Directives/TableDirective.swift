import Experiments
import Document

/// `{table} tbl-id`: a table of numbers from one experiment's results. `:rows:` is a path
/// (inside the experiment) to an object whose keys are the rows (or a comma list of such
/// keys); `:columns:` lists paths relative to each row; `:header:` names the columns;
/// `:format:` formats the numbers. The content is the caption.
enum TableDirective {
    static let options = ["experiment", "rows", "columns", "header", "format", "row-labels"]

    static func resolve(_ directive: Directive, caption: [Inline], context: DirectiveContext) -> Block {
        do {
            let options = try context.options(of: directive, allowed: Self.options, required: ["experiment", "rows", "columns"])
            let experiment = options["experiment"]!.value
            _ = try context.experimentResult(options["experiment"]!)
            let format = try NumberFormat(options["format"]?.value)
            let rowsOption = options["rows"]!
            let columns = split(options["columns"]!.value)
            // Rows: "rules" (all keys of that object) or "rules: bptt, rflo".
            let rowSpec = rowsOption.value.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let base = rowSpec[0]
            var rowKeys: [String]
            do {
                let object = try ResultPath("\(experiment).\(base)").value(in: context.results)
                rowKeys = object.objectValue?.map(\.0) ?? []
                if rowKeys.isEmpty { throw LocatedError("'\(experiment).\(base)' is not an object with one key per row") }
            } catch let e as LocatedError { throw context.report(e.message, at: rowsOption.location) }
            if rowSpec.count > 1 { rowKeys = split(rowSpec[1]) }
            let labels = options["row-labels"].map { split($0.value) } ?? rowKeys
            guard labels.count == rowKeys.count else {
                throw context.report(":row-labels: has \(labels.count) entries for \(rowKeys.count) rows", at: options["row-labels"]!.location)
            }
            let header = options["header"].map { split($0.value) } ?? ([""] + columns)
            guard header.count == columns.count + 1 else {
                throw context.report(":header: needs \(columns.count + 1) entries (the row label column and one per column)",
                                     at: options["header"]!.location)
            }
            let location = options["columns"]!.location
            let rows: [[[Inline]]] = try zip(rowKeys, labels).map { key, label in
                [[.text(label)]] + (try columns.map { column in
                    [.text(format.format(try context.number("\(experiment).\(base).\(key).\(column)", at: location)))]
                })
            }
            return .table(Table(id: directive.argument, caption: caption,
                                alignments: [.left] + columns.map { _ in .right },
                                header: header.map { [.text($0)] }, rows: rows, location: directive.location))
        } catch {
            return .error(Diagnostic.located(error, fallback: directive.location))
        }
    }

    static func split(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
