import Document
import Plot

/// The options of a `{figure}` directive, read with positions for diagnostics.
struct FigureOptions {
    let directive: Directive
    let values: [String: DirectiveOption]
    let context: DirectiveContext

    static let common = ["experiment", "plot", "alt", "width", "height", "title"]

    func string(_ key: String) -> String? { values[key]?.value }

    func required(_ key: String) throws -> DirectiveOption {
        guard let option = values[key] else { throw context.report("this figure needs the option ':\(key):'", at: directive.location) }
        return option
    }

    /// One of `choices` (the first when the option is absent); anything else is reported as
    /// "':key:' is 'x'; it must be a, b or c".
    func choice(_ key: String, _ choices: [String]) throws -> String {
        guard let option = values[key] else { return choices[0] }
        guard choices.contains(option.value) else {
            let allowed = choices.dropLast().joined(separator: ", ") + " or " + choices.last!
            throw context.report("':\(key):' is '\(option.value)'; it must be \(allowed)", at: option.location)
        }
        return option.value
    }

    func scale(_ key: String) throws -> Scale {
        switch try choice(key, ["linear", "log", "symlog"]) {
        case "log": return .log
        case "symlog": return .symlog
        default: return .linear
        }
    }

    /// A length in cm (the figure's width or height).
    func centimetres(_ key: String) throws -> Length? {
        guard let option = values[key] else { return nil }
        guard let cm = Double(option.value.replacingOccurrences(of: "cm", with: "").trimmingCharacters(in: .whitespaces)),
              cm > 1, cm <= 40 else {
            throw context.report("':\(key):' is '\(option.value)'; give a size in cm between 1 and 40, e.g. 12cm", at: option.location)
        }
        return .cm(cm)
    }

    func list(_ key: String) -> [String]? {
        values[key].map { TableDirective.split($0.value) }
    }

    /// The experiment's id and result.
    func experiment() throws -> (String, JSONValue) {
        let option = try required("experiment")
        return (option.value, try context.experimentResult(option))
    }

    /// Numbers at a path inside the experiment, with a diagnostic at the option's position.
    func numbers(_ path: String, experiment: String, option key: String) throws -> [Double] {
        do {
            return try ResultPath("\(experiment).\(path)").numbers(in: context.results)
        } catch let e as ResultPathError {
            throw context.report(e.message, at: values[key]?.location ?? directive.location)
        }
    }

    /// Expands one `*` in a path over the keys of the object it stands for:
    /// `rules.*.loss` -> [("bptt", "rules.bptt.loss"), ...], restricted to `only` when given.
    func expand(_ pattern: String, experiment: String, option key: String, only: [String]? = nil) throws -> [(key: String, path: String)] {
        let location = values[key]?.location ?? directive.location
        guard let star = pattern.range(of: "*") else { return [("", pattern)] }
        let prefix = pattern[..<star.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: "."))
        let suffix = String(pattern[star.upperBound...])
        let object: JSONValue
        do {
            object = try ResultPath(prefix.isEmpty ? experiment : "\(experiment).\(prefix)").value(in: context.results)
        } catch let e as ResultPathError { throw context.report(e.message, at: location) }
        guard let keys = object.objectValue?.map(\.0) else {
            throw context.report("'\(prefix)' is not an object; '*' can only stand for its keys", at: location)
        }
        let chosen = only ?? keys
        for k in chosen where !keys.contains(k) {
            throw context.report("'\(prefix)' has no key '\(k)'; keys: \(keys.joined(separator: ", "))", at: location)
        }
        return chosen.map { ($0, (prefix.isEmpty ? "" : prefix + ".") + $0 + suffix) }
    }
}

import Foundation
