import Document
import Experiments
import MathLayout

/// The label of a sweep's row in a table: its swept values (`η = 0.01, T = 4`), and for one
/// run its seed (`..., seed 2`). A parameter whose name is a symbol (one letter or a Greek
/// letter's name, with an optional `_subscript`) and whose value is a number is set as math;
/// any other (`batch = 8`, `teacher.rank = 2`) as text.
enum SweepRowLabel {
    /// The label of `item`, a summary row or a run of a sweep; nil when it has no swept values.
    static func inlines(_ item: JSONValue, location: SourceLocation) -> [Inline]? {
        guard let values = item["values"] ?? item["sweep"]?["values"] else { return nil }
        func flatten(_ value: JSONValue, _ prefix: String) -> [[Inline]] {
            guard let pairs = value.objectValue else { return [part(prefix, value, location: location)] }
            return pairs.flatMap { flatten($0.1, prefix.isEmpty ? $0.0 : "\(prefix).\($0.0)") }
        }
        var parts = flatten(values, "")
        if let seed = item["sweep"]?["seed"]?.doubleValue { parts.append([.text("seed \(Int(seed))")]) }
        guard !parts.isEmpty else { return nil }
        return parts.dropFirst().reduce(parts[0]) { $0 + [.text(", ")] + $1 }
    }

    /// `name = value`, as math when `name` is a symbol and `value` a number.
    static func part(_ name: String, _ value: JSONValue, location: SourceLocation) -> [Inline] {
        let text = value.serialized()
        guard let symbol = symbol(name), value.doubleValue != nil else { return [.text("\(name) = \(text)")] }
        return [.math(tex: "\(symbol) = \(number(text))", location: location)]
    }

    /// `eta` → `\eta`, `T` → `T`, `tau_s` → `\tau_{s}`, `mu_slow` → `\mu_{\mathrm{slow}}`; nil for any other name.
    static func symbol(_ name: String) -> String? {
        let pieces = name.split(separator: "_", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let base = pieces[0]
        let letter: String
        if base.count == 1, base.first!.isASCII, base.first!.isLetter {
            letter = base
        } else if TeXGreekLetters.contains(base) {
            letter = "\\" + base
        } else {
            return nil
        }
        guard pieces.count == 2 else { return letter }
        let sub = pieces[1]
        guard !sub.isEmpty, sub.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        return sub.count == 1 || sub.allSatisfy(\.isNumber) ? "\(letter)_{\(sub)}" : "\(letter)_{\\mathrm{\(sub)}}"
    }

    /// A number as JSON writes it, in TeX: `1e-05` → `1 \times 10^{-5}`.
    static func number(_ text: String) -> String {
        let pieces = text.lowercased().split(separator: "e", maxSplits: 1).map(String.init)
        guard pieces.count == 2, let exponent = Int(pieces[1]) else { return text }
        return pieces[0] == "1" ? "10^{\(exponent)}" : "\(pieces[0]) \\times 10^{\(exponent)}"
    }
}
