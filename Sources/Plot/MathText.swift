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
        ";": "\u{2005}", " ": " ", "quad": "\u{2003}", "{": "{", "}": "}", "%": "%", "$": "$",
    ]
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
                if name == "mathrm" || name == "text" || name == "operatorname" {
                    out += group(&s, size: size, rise: rise, upright: true)
                } else if name == "mathbf" {
                    out += "<b>" + group(&s, size: size, rise: rise, upright: true) + "</b>"
                } else if name == "left" || name == "right" || name == "displaystyle" {
                    continue
                } else if let sym = symbols[name] {
                    let e = Markup.escape(sym)
                    out += (greekLower.contains(name) && !upright) ? "<i>\(e)</i>" : e
                } else {
                    out += Markup.escape("\\" + name)
                }
            case "-":
                out += "−"
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
