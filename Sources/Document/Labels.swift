/// The one pattern for labels and ids a chapter chooses (`{figure} fig-x`, `{#sec-x}`,
/// `{#eq-x}`, `{claim} x`, `{experiment} x`): ASCII letters, digits, `-`, `_`, `:` and `.`.
/// Such ids are safe in HTML attributes, SVG ids, URL fragments and PDF destinations.
public enum Label {
    public static let allowed = "letters, digits, '-', '_', ':' and '.'"

    public static func isValid(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { c in
            (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "-" || c == "_" || c == ":" || c == "."
        }
    }

    /// Why `label` is refused, or nil when it is valid.
    public static func problem(_ label: String, what: String) -> String? {
        if isValid(label) { return nil }
        if label.isEmpty { return "\(what) needs an id made of \(allowed)" }
        return "\(what) id '\(label.prefix(60))' may contain only \(allowed)"
    }
}

/// Which links a report may carry: URLs are normalised the way browsers parse them (WHATWG
/// URL parsing drops leading and trailing C0 controls and spaces, and every tab, line feed
/// and carriage return), then only http, https, mailto and doi links, relative paths and
/// in-page fragments are kept. Both writers (HTML href, PDF /URI) use this rule.
public enum LinkPolicy {
    public static let schemes: Set<String> = ["http", "https", "mailto", "doi"]

    /// The normalised URL when it is allowed, else nil.
    public static func safe(_ url: String) -> String? {
        var scalars = Array(url.unicodeScalars)
        while let first = scalars.first, first.value <= 0x20 { scalars.removeFirst() }
        while let last = scalars.last, last.value <= 0x20 { scalars.removeLast() }
        scalars.removeAll { $0 == "\t" || $0 == "\n" || $0 == "\r" }
        var normalised = String.UnicodeScalarView()
        normalised.append(contentsOf: scalars)
        let text = String(normalised)
        guard let scheme = scheme(of: scalars) else { return text }
        return schemes.contains(scheme) ? text : nil
    }

    /// The lower-cased scheme when the URL has one (`alpha *(alnum / "+" / "-" / ".") ":"`).
    static func scheme(of scalars: [Unicode.Scalar]) -> String? {
        guard let colon = scalars.firstIndex(of: ":"), colon > 0 else { return nil }
        let candidate = scalars[..<colon]
        func isAlpha(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
        guard isAlpha(candidate.first!),
              candidate.allSatisfy({ isAlpha($0) || ($0 >= "0" && $0 <= "9") || $0 == "+" || $0 == "-" || $0 == "." }) else {
            return nil
        }
        return String(String.UnicodeScalarView(candidate)).lowercased()
    }
}
