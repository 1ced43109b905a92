import Experiments
import Document
import MathLayout

/// What directive handlers share while a book is resolved: the experiment results, the
/// chapter's source lines (for diagnostics with a caret) and the diagnostics collected.
final class DirectiveContext {
    let results: [String: JSONValue]
    /// Experiments that failed, with the reason (figures and claims that use them say so).
    let failures: [String: String]
    private let sourceLines: (String, Int) -> String?
    private(set) var diagnostics: [Diagnostic] = []
    /// The `{{key}}` values of the chapter being resolved.
    var parameters: ChapterParameters?
    /// The front matter's `math:` macros that hold in the chapter being resolved, for the
    /// `$...$` of figure labels.
    var mathMacros = MathMacros()
    /// The parameters text, captions and claim checks used.
    private(set) var usedParameters: [UsedParameter] = []

    init(results: [String: JSONValue], failures: [String: String], sourceLines: @escaping (String, Int) -> String?) {
        self.results = results
        self.failures = failures
        self.sourceLines = sourceLines
    }

    /// Records a problem and returns it (to be shown in place).
    @discardableResult
    func report(_ message: String, at location: SourceLocation, severity: Diagnostic.Severity = .error) -> Diagnostic {
        let d = Diagnostic(message, at: location, severity: severity, sourceLine: sourceLines(location.file, location.line))
        diagnostics.append(d)
        return d
    }

    /// Where `text` first stands on the line of `location`, from its column on (a
    /// directive's argument on its fence line); `location` itself when it is not there.
    func location(of text: String, onLineOf location: SourceLocation) -> SourceLocation {
        guard !text.isEmpty, let line = sourceLines(location.file, location.line) else { return location }
        let characters = Array(line), target = Array(text)
        for i in max(location.column - 1, 0)..<max(characters.count - target.count + 1, 0)
        where Array(characters[i..<(i + target.count)]) == target {
            return SourceLocation(file: location.file, line: location.line, column: i + 1)
        }
        return location
    }

    /// Records an error as a diagnostic placed by `Diagnostic.located` and returns it.
    @discardableResult
    func report(_ error: Error, at fallback: SourceLocation, options: [String: DirectiveOption] = [:]) -> Diagnostic {
        let d = Diagnostic.located(error, options: options, fallback: fallback, sourceLines: sourceLines)
        if (error as? Diagnostic) == nil { diagnostics.append(d) }
        return d
    }

    /// `text` with its `{{key}}` parameters replaced by the chapter's values; a key without a
    /// value is reported at `location`, naming `what` the text is ("the check").
    func substitute(_ text: String, what: String, at location: SourceLocation) throws -> String {
        guard let parameters else { return text }
        switch parameters.substitute(text) {
        case let .success((substituted, keys)):
            usedParameters.record(keys, values: parameters, file: location.file)
            return substituted
        case let .failure(missing): throw report("\(what) \(missing.explanation)", at: location)
        }
    }

    /// The value of parameter `key` as text, or an error in place.
    func parameter(_ key: String, at location: SourceLocation) -> Inline {
        guard let parameters, let value = parameters[key]?.value else {
            return .error(report("this text \(MissingParameter(key: key).explanation)", at: location))
        }
        usedParameters.record([key], values: parameters, file: location.file)
        return .text(value)
    }

    /// Checks a directive's options against the allowed ones and returns them by key, with
    /// their `{{key}}` parameters substituted.
    func options(of directive: Directive, allowed: [String], required: [String] = []) throws -> [String: DirectiveOption] {
        var byKey: [String: DirectiveOption] = [:]
        for var option in directive.options {
            option.value = try substitute(option.value, what: option.key == "check" ? "the check" : "the option ':\(option.key):'",
                                          at: option.location)
            guard allowed.contains(option.key) else {
                throw report("unknown option ':\(option.key):' for {\(directive.name)}; allowed: \(allowed.map { ":\($0):" }.joined(separator: ", "))",
                             at: option.location)
            }
            if byKey[option.key] != nil { throw report("option ':\(option.key):' is given twice", at: option.location) }
            byKey[option.key] = option
        }
        for key in required where byKey[key] == nil {
            throw report("{\(directive.name)} needs the option ':\(key):'", at: directive.location)
        }
        return byKey
    }

    /// The experiment an option names, which must exist and have succeeded.
    func experimentResult(_ option: DirectiveOption) throws -> JSONValue {
        if let reason = failures[option.value] {
            throw report("experiment '\(option.value)' failed: \(reason)", at: option.location)
        }
        guard let result = results[option.value] else {
            throw report("unknown experiment '\(option.value)'; experiments: \(results.keys.sorted().joined(separator: ", "))",
                         at: option.location)
        }
        return result
    }

    /// A value read by a claim, as text: the number, or a summary of a list.
    func measured(_ path: ResultPath, format: NumberFormat, at location: SourceLocation) throws -> String {
        do {
            if let reason = failures[path.experiment] { throw LocatedError("experiment '\(path.experiment)' failed: \(reason)") }
            return Self.summary(try ClaimExpression.flatNumbers(path.value(in: results), path: path.text), format: format)
        } catch {
            throw report(error, at: location)
        }
    }

    /// One number as it is; a list as its length and range ("4 values from 0.1 to 0.9"), or
    /// "4 values, all 0" when they are equal.
    static func summary(_ values: [Double], format: NumberFormat) -> String {
        if values.count == 1 { return format.format(values[0]) }
        guard let low = values.min(), let high = values.max() else { return "an empty list" }
        if low == high { return "\(values.count) values, all \(format.format(low))" }
        return "\(values.count) values from \(format.format(low)) to \(format.format(high))"
    }

    /// The value of `diverged(path)` as the claim shows it: "true", "false", or how many of a list stopped.
    func predicate(_ text: String, path: ResultPath, at location: SourceLocation) throws -> String {
        do {
            if let reason = failures[path.experiment] { throw LocatedError("experiment '\(path.experiment)' failed: \(reason)") }
            let values = try ClaimExpression.diverged(path.value(in: results), path: path.text)
            if values.count == 1 { return values[0] != 0 ? "true" : "false" }
            return "\(values.filter { $0 != 0 }.count) of \(values.count) stopped"
        } catch {
            throw report(error, at: location)
        }
    }

    /// A number at a result path, with a diagnostic at `location` when it fails.
    func number(_ path: String, at location: SourceLocation) throws -> Double {
        do {
            let parsed = try ResultPath(path)
            if let reason = failures[parsed.experiment] { throw LocatedError("experiment '\(parsed.experiment)' failed: \(reason)") }
            return try parsed.number(in: results)
        } catch {
            throw report(error, at: location)
        }
    }
}

extension Diagnostic {
    /// The one place where an error becomes a diagnostic. A `LocatedError` is placed at its
    /// line and column (in `fallback`'s file), at the option it names (looked up in
    /// `options`), or at `fallback`; a diagnostic a handler already reported stays itself;
    /// any other error is placed at `fallback`.
    static func located(_ error: Error, options: [String: DirectiveOption] = [:], fallback: SourceLocation,
                        sourceLines: (String, Int) -> String? = { _, _ in nil }) -> Diagnostic {
        if let reported = error as? Diagnostic { return reported }
        guard let located = error as? LocatedError else {
            return Diagnostic("\(error)", at: fallback, sourceLine: sourceLines(fallback.file, fallback.line))
        }
        let at: SourceLocation
        switch located.place {
        case let .text(line, column): at = SourceLocation(file: fallback.file, line: line, column: column)
        case let .option(key): at = options[key]?.location ?? fallback
        case .unplaced: at = fallback
        }
        return Diagnostic(located.message, at: at, sourceLine: sourceLines(at.file, at.line))
    }
}
