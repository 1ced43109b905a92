import Experiments
import Document

/// `{claim} id` with `:check: expression`: the statement (content) is shown as a callout that
/// says passed or failed, with every value the check read.
enum ClaimDirective {
    static let options = ["check", "format", ShowOption.key]

    static func resolve(_ directive: Directive, statement: [Inline], context: DirectiveContext) -> Block {
        do {
            let options = try context.options(of: directive, allowed: Self.options, required: ["check"])
            let checkOption = options["check"]!
            let format = try NumberFormat(options["format"]?.value)
            let expression: ClaimExpression
            do { expression = try ClaimExpression.parse(checkOption.value) } catch let e as LocatedError {
                throw context.report(e.message, at: checkOption.location)
            }
            guard expression.isStatement else {
                throw context.report("':check: \(checkOption.value)' compares nothing, so it cannot fail; write a comparison such as '\(checkOption.value) < 1e-6'",
                                     at: checkOption.location)
            }
            var measured: [MeasuredValue] = []
            for path in expression.paths where !measured.contains(where: { $0.path == path.text }) {
                measured.append(MeasuredValue(path: path.text, value: try context.measured(path, format: format, at: checkOption.location)))
            }
            for (text, path) in expression.predicateCalls where !measured.contains(where: { $0.path == text }) {
                measured.append(MeasuredValue(path: text, value: try context.predicate(text, path: path, at: checkOption.location)))
            }
            let passed: Bool
            do { passed = try expression.holds(context.results) } catch let e as LocatedError {
                throw context.report(e.message, at: checkOption.location)
            }
            if !passed {
                context.report("claim '\(directive.argument)' failed: \(checkOption.value) (" +
                               measured.map { "\($0.path) = \($0.value)" }.joined(separator: ", ") + ")",
                               at: directive.location, severity: .warning)
            }
            var claim = ClaimBlock(id: directive.argument, statement: statement, check: checkOption.value, passed: passed,
                                   measured: measured, location: directive.location)
            claim.show = ShowOption.level(of: directive, context: context)
            return .claim(claim)
        } catch {
            let d = Diagnostic.located(error, fallback: directive.location)
            return .claim(ClaimBlock(id: directive.argument, statement: statement, check: directive.option("check")?.value ?? "",
                                     passed: nil, measured: [], problem: d.message, location: directive.location))
        }
    }
}
