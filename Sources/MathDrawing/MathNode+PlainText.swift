import Foundation
import MathLayout

/// A formula written out as plain text, the way one would type it in an e-mail: Unicode
/// symbols, `^` and `_` before scripts (in parentheses unless one character, word or
/// number), `/` for fractions, spaces around operators and relations.
extension MathNode {
    var plainText: String {
        switch self {
        case .identifier(let text, let variant):
            switch variant {
            case nil, .normal?, .italic?, .bold?, .boldItalic?: return text
            case let other?: return MathAlphabet.styled(text, other)
            }
        case .number(let text), .symbol(let text, _), .middleDelimiter(let text), .largeOperator(let text, _),
             .operatorName(let text, _), .text(let text, _), .sizedDelimiter(let text, _), .error(let text, _):
            return text
        case .operatorGroup(let body, _), .classed(let body, _), .brace(let body, _), .boxed(let body),
             .colored(let body, _, _), .smash(let body), .lap(let body, _):
            return body.plainText
        case .phantom(let body, let keepsWidth, _):
            return keepsWidth ? String(repeating: " ", count: body.plainText.count) : ""
        case .rule:
            return ""
        case .extensibleArrow(let arrow, let under, let over):
            return arrow + (under.map { "_" + $0.grouped } ?? "") + (over.map { "^" + $0.grouped } ?? "")
        case .space(let em):
            return em > 0 ? " " : ""
        case .row(let nodes):
            return Self.plainText(of: nodes)
        case .scripts(let base, let sub, let sup):
            return base.plainText + (sub.map { "_" + $0.grouped } ?? "") + (sup.map { "^" + $0.grouped } ?? "")
        case .underOver(let base, let under, let over):
            return base.plainText + (under.map { "_" + $0.grouped } ?? "") + (over.map { "^" + $0.grouped } ?? "")
        case .fraction(let numerator, let denominator, _, 0?):
            return "(" + numerator.plainText + " over " + denominator.plainText + ")"
        case .fraction(let numerator, let denominator, _, _):
            return numerator.grouped + "/" + denominator.grouped
        case .root(let radicand, let index):
            return (index.map { "^" + $0.grouped } ?? "") + "√" + radicand.grouped
        case .accent(let base, let mark, _):
            let text = base.plainText
            guard text.count == 1, let combining = Self.combiningAccents[mark] else { return text + mark }
            return text + combining
        case .overline(let body), .underline(let body), .styleChange(_, let body):
            return body.plainText
        case .fenced(let open, let close, let body):
            return open + body.plainText + close
        case .table(let table):
            return table.rows.map { $0.map(\.plainText).joined(separator: " ") }.joined(separator: "; ")
        }
    }

    /// The text, in parentheses unless it is one character, word or number.
    private var grouped: String {
        let text = plainText
        switch self {
        case .identifier, .number, .operatorName, .text: return text
        default: return text.count <= 1 ? text : "(" + text + ")"
        }
    }

    /// A row, with spaces around relations and binary operators that have a left operand.
    private static func plainText(of nodes: [MathNode]) -> String {
        var out = ""
        for node in nodes {
            switch node {
            case .symbol(let text, .relation):
                out += " " + text + " "
            case .symbol(let text, .binary) where !out.isEmpty && !out.hasSuffix(" "):
                out += " " + text + " "
            default:
                out += node.plainText
            }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// The combining marks of the accents TeX sets over a letter (`\dot x` -> ẋ).
    private static let combiningAccents: [String: String] = [
        "ˆ": "\u{0302}", "¯": "\u{0304}", "˙": "\u{0307}", "¨": "\u{0308}", "˜": "\u{0303}",
        "→": "\u{20D7}", "ˇ": "\u{030C}", "˘": "\u{0306}", "´": "\u{0301}", "`": "\u{0300}",
    ]
}
