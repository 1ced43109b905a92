import Foundation

/// The MyST roles read while parsing, because they need no experiment results: `{ref}`,
/// `{numref}`, `{eq}`, `{cite}`, `{cite:p}`, `{cite:t}`, `{sub}`, `{sup}`, `{abbr}` and `{math}`.
/// Other roles (`{value}`) are left to the engine.
public enum RoleSyntax {
    public static let names: Set<String> = ["ref", "numref", "eq", "cite", "cite:p", "cite:t", "sub", "sup", "abbr", "math"]

    /// The inline the role stands for, or nil when it is not one of these roles.
    static func inline(name: String, content: String, location: SourceLocation,
                       report: (String, SourceLocation) -> Void) -> Inline? {
        guard names.contains(name) else { return nil }
        switch name {
        case "math": return .math(tex: content, location: location)
        case "sub": return .subscripted([.text(content)])
        case "sup": return .superscripted([.text(content)])
        case "abbr":
            let (text, expansion) = abbreviation(content)
            return .abbreviation(text: text, expansion: expansion)
        case "cite", "cite:p", "cite:t":
            let keys = content.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard !keys.isEmpty, keys.allSatisfy(Label.isValid) else {
                return invalid("{\(name)} needs citation keys separated by commas, e.g. {\(name)}`murray2019,saxe2014`",
                               content: content, location: location, report: report)
            }
            return .cite(CitationGroup(items: keys.map { CitationGroup.Item(key: $0) },
                                       mode: name == "cite:t" ? .narrative : .parenthetical, location: location))
        default:
            let (text, label) = explicitTarget(content)
            guard Label.isValid(label) else {
                return invalid("{\(name)} needs a label made of \(Label.allowed), or 'text <label>'",
                               content: content, location: location, report: report)
            }
            let form: CrossReference.Form
            switch (name, text) {
            case ("numref", let t?) where t.contains("%s"): form = .template(t)
            case (_, let t?): form = .text(t)
            case ("ref", nil): form = .title
            case ("eq", nil): form = .equation
            default: form = .automatic
            }
            return .crossReference(CrossReference(label: label, form: form, location: location))
        }
    }

    /// `text <label>` splits into both; a bare `label` has no text.
    static func explicitTarget(_ content: String) -> (text: String?, label: String) {
        let trimmed = content.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") else { return (nil, trimmed) }
        let text = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        let label = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        return (text.isEmpty ? nil : text, label)
    }

    /// `HTML (Hyper Text Markup Language)` splits into the short form and its expansion.
    static func abbreviation(_ content: String) -> (String, String) {
        let trimmed = content.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(")"), let open = trimmed.firstIndex(of: "(") else { return (trimmed, "") }
        let expansion = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        return (trimmed[..<open].trimmingCharacters(in: .whitespaces), expansion.trimmingCharacters(in: .whitespaces))
    }

    private static func invalid(_ message: String, content: String, location: SourceLocation,
                                report: (String, SourceLocation) -> Void) -> Inline {
        report(message, location)
        return .text(content)
    }
}
