import Experiments
import Document

/// `{table} tbl-id`: a table of numbers from one experiment's results. `:rows:` is a path
/// (inside the experiment) to an object whose keys are the rows (or a comma list of such
/// keys), or to a list whose items are the rows (or a comma list of indices): a sweep's
/// `summary` or `points`, labelled by their swept values. `:columns:` lists paths relative
/// to each row; in a sweep's summary a path that names no statistic reads `mean ± sd`.
/// `:header:` names the columns and `:row-labels:` the rows, both as Markdown inlines (math
/// included; entries are split at commas); `:format:` formats the numbers. The content is the caption.
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
            let object: JSONValue
            do {
                object = try ResultPath("\(experiment).\(base)").value(in: context.results)
                rowKeys = object.objectValue?.map(\.0) ?? object.arrayValue.map { $0.indices.map(String.init) } ?? []
                if rowKeys.isEmpty { throw LocatedError("'\(experiment).\(base)' is neither an object with one key per row nor a list with one item per row") }
            } catch let e as LocatedError { throw context.report(e.message, at: rowsOption.location) }
            let items = object.arrayValue
            if rowSpec.count > 1 { rowKeys = split(rowSpec[1]) }
            if let items, let bad = rowKeys.first(where: { Int($0).map { !items.indices.contains($0) } ?? true }) {
                throw context.report("':rows:' chooses '\(bad)', but '\(experiment).\(base)' is a list of \(items.count) items; give indices from 0 to \(items.count - 1)",
                                     at: rowsOption.location)
            }
            let labels: [[Inline]] = options["row-labels"].map { option in split(option.value).map { cell($0, of: option) } }
                ?? rowKeys.map { key in items.flatMap { SweepRowLabel.inlines($0[Int(key)!], location: rowsOption.location) } ?? [.text(key)] }
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
                let row = items == nil ? "\(experiment).\(base).\(key)" : "\(experiment).\(base)[\(key)]"
                let summary = items.map { $0[Int(key)!]["mean"] != nil && $0[Int(key)!]["sd"] != nil } ?? false
                return [label] + (try columns.map { column in
                    let first = String(column.prefix { $0 != "." && $0 != "[" })
                    guard summary, !Self.summaryKeys.contains(first) else {
                        return format.inlines(try context.number("\(row).\(column)", at: location))
                    }
                    let mean = format.inlines(try context.number("\(row).mean.\(column)", at: location))
                    let sd = (try? ResultPath("\(row).sd.\(column)").number(in: context.results)).map(format.inlines)
                    return sd.map { mean + [.text(" ± ")] + $0 } ?? mean
                })
            }
            return .table(Table(id: directive.argument, caption: caption,
                                alignments: [.left] + columns.map { _ in .right },
                                header: header.map { cell($0, of: options["header"]) }, rows: rows, location: directive.location))
        } catch {
            return .error(Diagnostic.located(error, fallback: directive.location))
        }
    }

    /// The keys of a sweep's summary row that are read as they are (not as `mean ± sd`).
    static let summaryKeys = SummaryStatistics.names + ["values", "runs", "count"]

    /// A header or row-label entry written in the option `option` as Markdown inlines, so
    /// `$\mu_\text{slow}$` is set as math; a label made up by the table stays plain text.
    static func cell(_ text: String, of option: DirectiveOption?) -> [Inline] {
        guard let option else { return [.text(text)] }
        let inlines = DirectiveResolution.inlines(text, file: option.location.file, line: option.location.line)
        return inlines.isEmpty ? [.text(text)] : inlines  // "1." or "- x" parse as blocks: keep the text
    }

    static func split(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
