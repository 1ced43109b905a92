/// The TeX command names that stand for a single character, with their Unicode text and
/// the node they become.
enum TeXSymbols {
    /// Lower-case Greek letters, italic like Latin variables.
    static let lowercaseGreek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ",
        "varepsilon": "ε", "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ",
        "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ",
        "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς",
        "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ",
        "omega": "ω",
    ]

    /// Upper-case Greek letters, upright as in TeX.
    static let uppercaseGreek: [String: String] = [
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]

    /// Ordinary symbols that behave like identifiers.
    static let ordinaryIdentifiers: [String: String] = [
        "ell": "ℓ", "infty": "∞", "nabla": "∇", "partial": "∂", "hbar": "ℏ",
        "emptyset": "∅", "varnothing": "∅", "aleph": "ℵ", "Re": "ℜ", "Im": "ℑ",
        "top": "⊤", "bot": "⊥", "prime": "′", "forall": "∀", "exists": "∃", "neg": "¬",
        "lnot": "¬", "angle": "∠", "triangle": "△", "imath": "ı", "jmath": "ȷ",
    ]

    /// Operators, relations, punctuation and fence characters.
    static let symbols: [String: (String, MathAtomClass)] = {
        var table: [String: (String, MathAtomClass)] = [:]
        let relations = [
            "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠",
            "approx": "≈", "sim": "∼", "simeq": "≃", "cong": "≅", "equiv": "≡",
            "propto": "∝", "in": "∈", "notin": "∉", "ni": "∋", "subset": "⊂", "supset": "⊃",
            "subseteq": "⊆", "supseteq": "⊇", "ll": "≪", "gg": "≫", "prec": "≺", "succ": "≻",
            "perp": "⟂", "mid": "∣", "parallel": "∥", "to": "→", "rightarrow": "→",
            "leftarrow": "←", "gets": "←", "Rightarrow": "⇒", "Leftarrow": "⇐",
            "Leftrightarrow": "⇔", "leftrightarrow": "↔", "iff": "⟺", "implies": "⟹",
            "mapsto": "↦", "longrightarrow": "⟶", "longmapsto": "⟼", "doteq": "≐",
            "leqslant": "⩽", "geqslant": "⩾", "vdash": "⊢", "models": "⊨",
            "uparrow": "↑", "downarrow": "↓", "coloneqq": "≔",
        ]
        let binaries = [
            "pm": "±", "mp": "∓", "times": "×", "cdot": "⋅", "div": "÷", "ast": "∗",
            "star": "⋆", "circ": "∘", "bullet": "∙", "otimes": "⊗", "oplus": "⊕",
            "ominus": "⊖", "odot": "⊙", "cup": "∪", "cap": "∩", "wedge": "∧", "land": "∧",
            "vee": "∨", "lor": "∨", "setminus": "∖", "dagger": "†", "diamond": "⋄",
            "sqcup": "⊔",
        ]
        let ordinaries = [
            "dots": "…", "ldots": "…", "cdots": "⋯", "vdots": "⋮", "ddots": "⋱",
        ]
        for (name, text) in relations { table[name] = (text, .relation) }
        for (name, text) in binaries { table[name] = (text, .binary) }
        for (name, text) in ordinaries { table[name] = (text, .ordinary) }
        table["colon"] = (":", .punctuation)
        for (name, text) in delimiterCommands {
            table[name] = (text, delimiterClass(text))
        }
        return table
    }()

    /// Delimiters spelled as commands, usable after `\left`, `\right`, `\big` or alone.
    static let delimiterCommands: [String: String] = [
        "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈",
        "rceil": "⌉", "vert": "|", "Vert": "‖", "lvert": "|", "rvert": "|", "lVert": "‖",
        "rVert": "‖", "lbrace": "{", "rbrace": "}", "backslash": "∖",
    ]

    /// Delimiters spelled as a single character (after a backslash or not).
    static let delimiterCharacters: [Character: String] = [
        "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", "/": "/", "<": "⟨", ">": "⟩",
    ]

    /// Delimiters written as a backslash and one character.
    static let escapedDelimiters: [Character: String] = ["{": "{", "}": "}", "|": "‖"]

    /// The atom class of a delimiter used outside `\left ... \right`.
    static func delimiterClass(_ text: String) -> MathAtomClass {
        switch text {
        case "(", "[", "{", "⟨", "⌊", "⌈": .opening
        case ")", "]", "}", "⟩", "⌋", "⌉": .closing
        case "|", "‖": .fence
        default: .ordinary
        }
    }

    /// Big operators and where their limits go.
    static let largeOperators: [String: (String, LimitPlacement)] = [
        "sum": ("∑", .displayOnly), "prod": ("∏", .displayOnly), "coprod": ("∐", .displayOnly),
        "bigcup": ("⋃", .displayOnly), "bigcap": ("⋂", .displayOnly),
        "bigoplus": ("⨁", .displayOnly), "bigotimes": ("⨂", .displayOnly),
        "bigvee": ("⋁", .displayOnly), "bigwedge": ("⋀", .displayOnly),
        "int": ("∫", .never), "iint": ("∬", .never), "iiint": ("∭", .never),
        "oint": ("∮", .never),
    ]

    /// Named operators and where their limits go.
    static let operatorNames: [String: (String, LimitPlacement)] = {
        var table: [String: (String, LimitPlacement)] = [:]
        for name in ["lim", "max", "min", "sup", "inf", "det", "Pr", "gcd"] {
            table[name] = (name, .displayOnly)
        }
        table["liminf"] = ("lim inf", .displayOnly)
        table["limsup"] = ("lim sup", .displayOnly)
        for name in ["sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan",
                     "sinh", "cosh", "tanh", "ln", "log", "lg", "exp", "arg", "dim", "ker",
                     "deg", "hom"] {
            table[name] = (name, .never)
        }
        return table
    }()

    /// Accents: the mark set over the base and whether it stretches to the base's width.
    static let accents: [String: (String, Bool)] = [
        "hat": ("ˆ", false), "bar": ("¯", false), "dot": ("˙", false), "ddot": ("¨", false),
        "tilde": ("˜", false), "vec": ("→", false), "check": ("ˇ", false),
        "breve": ("˘", false), "acute": ("´", false), "grave": ("`", false),
        "widehat": ("ˆ", true), "widetilde": ("˜", true), "overrightarrow": ("→", true),
    ]

    /// Commands that take one argument and set it in a font style.
    static let fontCommands: [String: MathVariant] = [
        "mathbf": .bold, "boldsymbol": .boldItalic, "bm": .boldItalic, "mathcal": .script,
        "mathscr": .script, "mathbb": .doubleStruck, "mathfrak": .fraktur, "mathrm": .normal,
        "mathit": .italic, "mathsf": .sansSerif, "mathtt": .monospace,
    ]

    /// Old-style declarations that switch the font for the rest of the group (`{\rm x}`).
    static let fontSwitches: [String: MathVariant] = [
        "rm": .normal, "bf": .bold, "it": .italic, "cal": .script, "sf": .sansSerif,
        "tt": .monospace,
    ]

    /// Named horizontal spaces, in em.
    static let spaces: [String: Double] = [
        "quad": 1, "qquad": 2, "thinspace": 3.0 / 18, "medspace": 4.0 / 18,
        "thickspace": 5.0 / 18, "negthinspace": -3.0 / 18, "enspace": 0.5,
    ]

    /// Spaces written as a backslash and one punctuation character, in em.
    static let shortSpaces: [Character: Double] = [
        ",": 3.0 / 18, ":": 4.0 / 18, ">": 4.0 / 18, ";": 5.0 / 18, "!": -3.0 / 18,
        " ": 0.25,
    ]

    /// Characters that a backslash turns into themselves.
    static let escapedCharacters: Set<Character> = ["#", "%", "&", "_", "$"]

    /// `\big` and friends with the delimiter height they ask for, in em.
    static let delimiterSizes: [String: Double] = {
        var table: [String: Double] = [:]
        for (name, height) in [("big", 1.2), ("Big", 1.623), ("bigg", 2.047), ("Bigg", 2.470)] {
            for suffix in ["", "l", "r", "m"] { table[name + suffix] = height }
        }
        return table
    }()

    /// Environments that become tables, with their fences.
    static let environments: [String: (open: String, close: String, style: TableStyle)] = [
        "matrix": ("", "", .matrix), "pmatrix": ("(", ")", .matrix),
        "bmatrix": ("[", "]", .matrix), "Bmatrix": ("{", "}", .matrix),
        "vmatrix": ("|", "|", .matrix), "Vmatrix": ("‖", "‖", .matrix),
        "cases": ("{", "", .cases), "aligned": ("", "", .aligned),
    ]

    /// Single characters typed directly, with the operator they become.
    static let operatorCharacters: [Character: (String, MathAtomClass)] = [
        "+": ("+", .binary), "-": ("−", .binary), "*": ("∗", .binary), "/": ("/", .ordinary),
        "=": ("=", .relation), "<": ("<", .relation), ">": (">", .relation),
        ":": (":", .relation), ",": (",", .punctuation), ";": (";", .punctuation),
        "!": ("!", .ordinary), "?": ("?", .ordinary), "(": ("(", .opening),
        ")": (")", .closing), "[": ("[", .opening), "]": ("]", .closing), "|": ("|", .fence),
        ".": (".", .ordinary), "@": ("@", .ordinary), "\"": ("\"", .ordinary),
    ]
}
