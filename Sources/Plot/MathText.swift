import Foundation
import Graphics

/// Turns label text with simple TeX-ish maths (`$w^*$`, `$\eta$`, `$10^{-3}$`, `$W_{rec}$`)
/// into Pango markup: Greek letters and symbols as Unicode, italic variables, and sub- and
/// superscripts as sized, raised spans (Pango's own <sub>/<sup> misrender under a scaled CTM).
public enum MathText {
    /// Markup for `source` drawn at `size` points.
    public static func markup(_ source: String, size: Double) -> String {
        var out = ""
        var inMath = false
        var buffer = ""
        var previous: Character = " "
        for c in source {
            if c == "$" && previous != "\\" {
                if inMath { out += math(buffer, size: size) ; buffer = "" } else { out += Markup.escape(buffer); buffer = "" }
                inMath.toggle()
            } else {
                if c == "$" { buffer.removeLast() }  // `\$` is a literal dollar
                buffer.append(c)
            }
            previous = c
        }
        out += inMath ? Markup.escape("$" + buffer) : Markup.escape(buffer)
        return out
    }

    /// The text a reader sees, without markup (for tests and accessibility).
    public static func plain(_ source: String) -> String {
        var s = markup(source, size: 10)
        while let open = s.range(of: "<"), let close = s.range(of: ">", range: open.upperBound..<s.endIndex) {
            s.removeSubrange(open.lowerBound..<close.upperBound)
        }
        return s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    static let symbols: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ",
        "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ",
        "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
        "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        "cdot": "·", "times": "×", "pm": "±", "infty": "∞", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥",
        "neq": "≠", "approx": "≈", "sim": "∼", "to": "→", "rightarrow": "→", "leftarrow": "←",
        "partial": "∂", "nabla": "∇", "sum": "∑", "prod": "∏", "int": "∫", "|": "‖", "langle": "⟨",
        "rangle": "⟩", "ell": "ℓ", "top": "⊤", "circ": "∘", "star": "⋆", "in": "∈", ",": "\u{2009}",
        ";": "\u{2005}", " ": " ", "quad": "\u{2003}", "lVert": "‖", "rVert": "‖", "dagger": "†", "perp": "⊥", "propto": "∝",
        "ldots": "…", "cdots": "⋯", "mid": "|", "otimes": "⊗", "odot": "⊙", "{": "{", "}": "}", "%": "%", "$": "$",
    ]
    static let relations: Set<String> = ["leq", "le", "geq", "ge", "neq", "approx", "sim", "to", "rightarrow",
                                         "leftarrow", "in", "propto", "times", "pm", "cdot"]
    static let accents: [String: String] = ["hat": "\u{0302}", "dot": "\u{0307}", "ddot": "\u{0308}",
                                            "bar": "\u{0304}", "tilde": "\u{0303}", "vec": "\u{20D7}"]
    static let operators: Set<String> = ["sin", "cos", "tan", "exp", "log", "ln", "max", "min", "det", "tr",
                                         "diag", "rank", "arg", "lim", "sup", "inf", "Re", "Im"]
    static let calligraphic: [Character: Character] = ["L": "ℒ", "H": "ℋ", "F": "ℱ", "E": "ℰ", "B": "ℬ",
                                                       "M": "ℳ", "R": "ℛ", "I": "ℐ"]
    static let greekLower: Set<String> = ["alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta",
        "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi",
        "varphi", "chi", "psi", "omega", "ell"]

    /// A parsed maths atom stream rendered to markup at a given size and rise.
    private static func math(_ src: String, size: Double) -> String {
        var chars = Array(src)[...]
        return render(&chars, size: size, rise: 0, upright: false, stopAtBrace: false)
    }

    private static func render(_ s: inout ArraySlice<Character>, size: Double, rise: Double,
                               upright: Bool, stopAtBrace: Bool) -> String {
        var out = ""
        while let c = s.first {
            s.removeFirst()
            switch c {
            case "}" where stopAtBrace:
                return out
            case "{":
                out += render(&s, size: size, rise: rise, upright: upright, stopAtBrace: true)
            case "^", "_":
                let small = size * 0.7
                let r = rise + (c == "^" ? 0.36 * size : -0.2 * size)
                let inner = group(&s, size: small, rise: r, upright: upright)
                out += "<span size=\"\(Int((small * 1024).rounded()))\" rise=\"\(Int((r * 1024).rounded()))\">\(inner)</span>"
            case "\\":
                var name = ""
                while let d = s.first, d.isLetter { name.append(d); s.removeFirst() }
                if name.isEmpty, let d = s.first { name = String(d); s.removeFirst() }
                if let accent = accents[name] {
                    // The accent combines with the last character of its argument; HarfBuzz
                    // composes or positions it (TeX Gyre Heros has the combining marks but
                    // not every precomposed letter, e.g. no ẋ).
                    out += group(&s, size: size, rise: rise, upright: upright).replacingOccurrences(
                        of: "</i>", with: accent + "</i>", options: .backwards, range: nil, once: true, fallback: accent)
                } else if name == "mathcal", let first = s.first, first == "{" || first.isLetter {
                    let inner = group(&s, size: size, rise: rise, upright: true)
                    out += String(inner.map { calligraphic[$0] ?? $0 })
                } else if operators.contains(name) {
                    out += name + "\u{2009}"
                } else if name == "mathrm" || name == "text" || name == "operatorname" {
                    out += group(&s, size: size, rise: rise, upright: true)
                } else if name == "mathbf" {
                    out += "<b>" + group(&s, size: size, rise: rise, upright: true) + "</b>"
                } else if name == "left" || name == "right" || name == "displaystyle" {
                    continue
                } else if let sym = symbols[name] {
                    let e = relations.contains(name) ? "\u{2005}" + Markup.escape(sym) + "\u{2005}" : Markup.escape(sym)
                    out += (greekLower.contains(name) && !upright) ? "<i>\(e)</i>" : e
                } else {
                    out += Markup.escape("\\" + name)
                }
            case " ", "\t", "\n":
                continue  // as in TeX, spaces in maths are ignored; use \, or \  for space
            case "=", "<", ">", "+":
                out += "\u{2005}" + Markup.escape(String(c)) + "\u{2005}"
            case "-":
                // Binary minus gets spaces; a leading (unary) one does not.
                out += out.isEmpty ? "−" : "\u{2005}−\u{2005}"
            case "*":
                out += "∗"
            case "'":
                out += "′"
            default:
                if c.isLetter && !upright {
                    out += "<i>" + Markup.escape(String(c)) + "</i>"
                } else {
                    out += Markup.escape(String(c))
                }
            }
        }
        return out
    }

    /// One argument: a braced group or a single character / command.
    private static func group(_ s: inout ArraySlice<Character>, size: Double, rise: Double, upright: Bool) -> String {
        while s.first == " " { s.removeFirst() }
        guard let c = s.first else { return "" }
        if c == "{" {
            s.removeFirst()
            return render(&s, size: size, rise: rise, upright: upright, stopAtBrace: true)
        }
        var one: ArraySlice<Character>
        if c == "\\" {
            var n = 1
            let arr = Array(s)
            while n < arr.count, arr[n].isLetter { n += 1 }
            if n == 1 && arr.count > 1 { n = 2 }
            one = s.prefix(n)
            s.removeFirst(n)
        } else {
            one = s.prefix(1)
            s.removeFirst()
        }
        return render(&one, size: size, rise: rise, upright: upright, stopAtBrace: false)
    }
}

extension String {
    /// Replaces the last occurrence of `target` with `replacement`, or appends `fallback`.
    func replacingOccurrences(of target: String, with replacement: String, options: String.CompareOptions,
                              range: Range<String.Index>?, once: Bool, fallback: String) -> String {
        if let r = self.range(of: target, options: options) {
            var s = self
            s.replaceSubrange(r, with: replacement)
            return s
        }
        return self + fallback
    }
}
