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
        "nexists": "∄", "wp": "℘", "mho": "℧", "beth": "ℶ", "gimel": "ℷ", "complement": "∁",
        "hslash": "ℏ", "varkappa": "ϰ", "digamma": "ϝ", "eth": "ð", "Box": "□", "square": "□",
        "blacksquare": "■", "Diamond": "◇", "lozenge": "◊", "checkmark": "✓", "surd": "√",
        "measuredangle": "∡", "sharp": "♯", "flat": "♭", "natural": "♮", "dag": "†",
        "ddag": "‡", "S": "§", "P": "¶", "varGamma": "𝛤", "varDelta": "𝛥", "varTheta": "𝛩",
        "varLambda": "𝛬", "varXi": "𝛯", "varPi": "𝛱", "varSigma": "𝛴", "varPhi": "𝛷",
        "varPsi": "𝛹", "varOmega": "𝛺", "bigstar": "★", "infin": "∞", "degree": "°",
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
            "uparrow": "↑", "downarrow": "↓", "coloneqq": "≔", "coloneq": "≔",
            "eqqcolon": "≕", "Coloneqq": "⩴", "succeq": "⪰", "preceq": "⪯", "succcurlyeq": "≽",
            "preccurlyeq": "≼", "lesssim": "≲", "gtrsim": "≳", "lessapprox": "⪅",
            "gtrapprox": "⪆", "triangleq": "≜", "Longrightarrow": "⟹", "Longleftarrow": "⟸",
            "Longleftrightarrow": "⟺", "longleftarrow": "⟵", "longleftrightarrow": "⟷",
            "hookrightarrow": "↪", "hookleftarrow": "↩", "rightharpoonup": "⇀",
            "rightharpoondown": "⇁", "leftharpoonup": "↼", "leftharpoondown": "↽",
            "rightleftharpoons": "⇌", "leftrightharpoons": "⇋", "rightleftarrows": "⇄",
            "leftrightarrows": "⇆", "twoheadrightarrow": "↠", "twoheadleftarrow": "↞",
            "rightsquigarrow": "⇝", "leadsto": "⇝", "nearrow": "↗", "searrow": "↘",
            "nwarrow": "↖", "swarrow": "↙", "Uparrow": "⇑", "Downarrow": "⇓",
            "updownarrow": "↕", "Updownarrow": "⇕",
            "leqq": "≦", "geqq": "≧", "lll": "⋘", "ggg": "⋙", "asymp": "≍", "bowtie": "⋈",
            "Join": "⋈", "sqsubseteq": "⊑", "sqsupseteq": "⊒", "sqsubset": "⊏", "sqsupset": "⊐",
            "vDash": "⊨", "Vdash": "⊩", "dashv": "⊣", "approxeq": "≊", "backsim": "∽",
            "eqsim": "≂", "circeq": "≗", "eqcirc": "≖", "trianglelefteq": "⊴",
            "trianglerighteq": "⊵", "smile": "⌣", "frown": "⌢", "owns": "∋",
            "subsetneq": "⊊", "supsetneq": "⊋", "lneq": "⪇", "gneq": "⪈", "lneqq": "≨",
            "gneqq": "≩", "risingdotseq": "≓", "fallingdotseq": "≒", "doteqdot": "≑",
            "thicksim": "∼", "thickapprox": "≈", "shortmid": "∣", "shortparallel": "∥",
            "between": "≬", "pitchfork": "⋔", "therefore": "∴", "because": "∵",
            "varpropto": "∝", "nleq": "≰", "ngeq": "≱", "nless": "≮", "ngtr": "≯",
            "nleqslant": "≰", "ngeqslant": "≱", "nmid": "∤", "nparallel": "∦", "nsim": "≁",
            "ncong": "≇", "nsubseteq": "⊈", "nsupseteq": "⊉", "nprec": "⊀", "nsucc": "⊁",
            "npreceq": "⋠", "nsucceq": "⋡", "nvdash": "⊬", "nvDash": "⊭", "nVdash": "⊮",
            "nrightarrow": "↛", "nleftarrow": "↚", "nRightarrow": "⇏", "nLeftarrow": "⇍",
            "nleftrightarrow": "↮", "nLeftrightarrow": "⇎", "nsubset": "⊄", "nsupset": "⊅",
            "nequiv": "≢", "napprox": "≉", "nni": "∌", "lessgtr": "≶", "gtrless": "≷",
            "lesseqgtr": "⋚", "gtreqless": "⋛", "Subset": "⋐", "Supset": "⋑",
            "curlyeqprec": "⋞", "curlyeqsucc": "⋟", "precsim": "≾", "succsim": "≿",
            "vartriangleleft": "⊲", "vartriangleright": "⊳", "multimap": "⊸",
            "upharpoonright": "↾", "downharpoonright": "⇂", "restriction": "↾",
            "Lleftarrow": "⇚", "Rrightarrow": "⇛", "circlearrowleft": "↺",
            "circlearrowright": "↻", "curvearrowleft": "↶", "curvearrowright": "↷",
            "looparrowright": "↬", "rightarrowtail": "↣",
        ]
        let binaries = [
            "pm": "±", "mp": "∓", "times": "×", "cdot": "⋅", "div": "÷", "ast": "∗",
            "star": "⋆", "circ": "∘", "bullet": "∙", "otimes": "⊗", "oplus": "⊕",
            "ominus": "⊖", "odot": "⊙", "cup": "∪", "cap": "∩", "wedge": "∧", "land": "∧",
            "vee": "∨", "lor": "∨", "setminus": "∖", "dagger": "†", "diamond": "⋄",
            "sqcup": "⊔", "intercal": "⊺", "amalg": "⨿", "uplus": "⊎", "sqcap": "⊓",
            "boxplus": "⊞", "boxtimes": "⊠", "boxminus": "⊟", "boxdot": "⊡", "oslash": "⊘",
            "bigcirc": "◯", "triangleleft": "◃", "triangleright": "▹", "ltimes": "⋉",
            "rtimes": "⋊", "wr": "≀", "dotplus": "∔", "divideontimes": "⋇", "veebar": "⊻",
            "barwedge": "⊼", "curlyvee": "⋎", "curlywedge": "⋏", "circledast": "⊛",
            "circledcirc": "⊚", "circleddash": "⊝", "ddagger": "‡", "centerdot": "⋅",
            "lhd": "⊲", "rhd": "⊳", "unlhd": "⊴", "unrhd": "⊵", "smallsetminus": "∖",
            "leftthreetimes": "⋋", "rightthreetimes": "⋌", "doublebarwedge": "⩞",
        ]
        let ordinaries = [
            "dots": "…", "ldots": "…", "cdots": "⋯", "vdots": "⋮", "ddots": "⋱",
            "dotsc": "…", "dotsb": "⋯", "dotsm": "⋯", "dotsi": "⋯", "dotso": "…",
            "iddots": "⋰", "adots": "⋰",
        ]
        for (name, text) in relations { table[name] = (text, .relation) }
        for (name, text) in binaries { table[name] = (text, .binary) }
        for (name, text) in ordinaries { table[name] = (text, .ordinary) }
        table["colon"] = (":", .punctuation)
        table["ldotp"] = (".", .punctuation)
        table["cdotp"] = ("⋅", .punctuation)
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
        "oint": ("∮", .never), "iiiint": ("⨌", .never), "oiint": ("∯", .never),
        "smallint": ("∫", .never), "bigsqcup": ("⨆", .displayOnly),
        "biguplus": ("⨄", .displayOnly), "bigodot": ("⨀", .displayOnly),
    ]

    /// Named operators and where their limits go.
    static let operatorNames: [String: (String, LimitPlacement)] = {
        var table: [String: (String, LimitPlacement)] = [:]
        for name in ["lim", "max", "min", "sup", "inf", "det", "Pr", "gcd", "injlim", "projlim"] {
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
        "mathit": .italic, "mathsf": .sansSerif, "mathtt": .monospace, "pmb": .boldItalic,
        "mathbfit": .boldItalic, "mathnormal": .italic,
    ]

    /// Old-style declarations that switch the font for the rest of the group (`{\rm x}`).
    static let fontSwitches: [String: MathVariant] = [
        "rm": .normal, "bf": .bold, "it": .italic, "cal": .script, "sf": .sansSerif,
        "tt": .monospace,
    ]

    /// Named horizontal spaces, in em.
    static let spaces: [String: Double] = [
        "quad": 1, "qquad": 2, "thinspace": 3.0 / 18, "medspace": 4.0 / 18,
        "thickspace": 5.0 / 18, "negthinspace": -3.0 / 18, "enspace": 0.5, "enskip": 0.5,
        "negmedspace": -4.0 / 18, "negthickspace": -5.0 / 18, "nobreakspace": 0.25,
        "space": 0.25,
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

    /// Environments, with their fences, their table style, and whether their rows are
    /// numbered (nil for environments that are never numbered, such as `aligned`).
    static let environments: [String: (open: String, close: String, style: TableStyle, numbered: Bool?)] = [
        "matrix": ("", "", .matrix, nil), "pmatrix": ("(", ")", .matrix, nil),
        "bmatrix": ("[", "]", .matrix, nil), "Bmatrix": ("{", "}", .matrix, nil),
        "vmatrix": ("|", "|", .matrix, nil), "Vmatrix": ("‖", "‖", .matrix, nil),
        "smallmatrix": ("", "", .smallMatrix, nil), "psmallmatrix": ("(", ")", .smallMatrix, nil),
        "bsmallmatrix": ("[", "]", .smallMatrix, nil),
        "cases": ("{", "", .cases(display: false), nil), "dcases": ("{", "", .cases(display: true), nil),
        "rcases": ("", "}", .cases(display: false), nil),
        "aligned": ("", "", .aligned, nil), "split": ("", "", .aligned, nil),
        "alignedat": ("", "", .aligned, nil), "gathered": ("", "", .gathered, nil),
        "array": ("", "", .matrix, nil), "subarray": ("", "", .matrix, nil),
        "align": ("", "", .aligned, true), "align*": ("", "", .aligned, false),
        "alignat": ("", "", .aligned, true), "alignat*": ("", "", .aligned, false),
        "flalign": ("", "", .aligned, true), "flalign*": ("", "", .aligned, false),
        "gather": ("", "", .gathered, true), "gather*": ("", "", .gathered, false),
        "multline": ("", "", .multline, true), "multline*": ("", "", .multline, false),
        "equation": ("", "", .gathered, true), "equation*": ("", "", .gathered, false),
    ]

    /// Text commands and the face they set (`\text` keeps the surrounding one).
    static let textCommands: [String: MathVariant?] = [
        "text": nil, "textrm": .normal, "textup": .normal, "textnormal": .normal, "mbox": nil,
        "textbf": .bold, "textit": .italic, "textsl": .italic, "emph": .italic,
        "texttt": .monospace, "textsf": .sansSerif, "hbox": nil, "textmd": .normal,
    ]

    /// Old-style face switches inside text (`{\bf bold}`).
    static let textSwitches: [String: MathVariant] = [
        "bf": .bold, "it": .italic, "sl": .italic, "em": .italic, "rm": .normal, "tt": .monospace,
        "sf": .sansSerif, "bfseries": .bold, "itshape": .italic, "ttfamily": .monospace,
        "sffamily": .sansSerif, "rmfamily": .normal, "upshape": .normal, "mdseries": .normal,
    ]

    /// Size switches inside text, relative to ten-point `\normalsize`.
    static let textSizes: [String: Double] = [
        "tiny": 0.5, "scriptsize": 0.7, "footnotesize": 0.8, "small": 0.9, "normalsize": 1,
        "large": 1.2, "Large": 1.44, "LARGE": 1.728, "huge": 2.074, "Huge": 2.488,
    ]

    /// Commands inside text that stand for characters.
    static let textEscapes: [String: String] = [
        "\\": " ", " ": " ", "{": "{", "}": "}", "$": "$", "%": "%", "&": "&", "_": "_",
        "#": "#", ",": "\u{2009}", ";": "\u{2005}", ":": "\u{2005}", "!": "", "-": "",
        "ldots": "…", "dots": "…", "textbackslash": "\\", "textendash": "–",
        "textemdash": "—", "S": "§", "P": "¶", "dag": "†", "ddag": "‡", "copyright": "©",
        "textquotesingle": "'", "textasciitilde": "~", "textasciicircum": "^", "LaTeX": "LaTeX",
        "TeX": "TeX", "textdegree": "°", "slash": "/", "textbar": "|", "textless": "<",
        "textgreater": ">", "ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "i": "ı",
    ]

    /// Arrows that stretch over their labels: `\xrightarrow[below]{above}`.
    static let extensibleArrows: [String: String] = [
        "xrightarrow": "→", "xleftarrow": "←", "xRightarrow": "⇒", "xLeftarrow": "⇐",
        "xleftrightarrow": "↔", "xLeftrightarrow": "⇔", "xmapsto": "↦",
        "xhookrightarrow": "↪", "xhookleftarrow": "↩", "xlongequal": "=",
        "xtwoheadrightarrow": "↠", "xrightharpoonup": "⇀", "xrightleftharpoons": "⇌",
    ]

    /// `\mathrel{...}` and friends with the class they give; nil for `\mathop`.
    static let classCommands: [String: MathAtomClass?] = [
        "mathop": nil, "mathrel": .relation, "mathbin": .binary, "mathpunct": .punctuation,
        "mathord": .ordinary, "mathopen": .opening, "mathclose": .closing,
        "mathinner": .ordinary,
    ]

    /// What `\not` makes of a symbol that Unicode has a negated form of.
    static let negations: [String: String] = [
        "=": "≠", "<": "≮", ">": "≯", "≤": "≰", "≥": "≱", "∈": "∉", "∋": "∌", "∣": "∤",
        "∥": "∦", "∼": "≁", "≃": "≄", "≅": "≇", "≈": "≉", "≡": "≢", "⊂": "⊄", "⊃": "⊅",
        "⊆": "⊈", "⊇": "⊉", "≺": "⊀", "≻": "⊁", "⪯": "⋠", "⪰": "⋡", "⊢": "⊬", "⊨": "⊭",
        "→": "↛", "←": "↚", "⇒": "⇏", "⇐": "⇍", "↔": "↮", "⇔": "⇎", "∃": "∄", "⩽": "≰",
        "⩾": "≱", "|": "∤", "≍": "≭", "⊑": "⋢", "⊒": "⋣",
    ]

    /// The colour names of xcolor's base set and a few common ones, as `0xRRGGBB`.
    static let colors: [String: UInt32] = [
        "red": 0xFF0000, "green": 0x00FF00, "blue": 0x0000FF, "cyan": 0x00FFFF,
        "magenta": 0xFF00FF, "yellow": 0xFFFF00, "black": 0x000000, "white": 0xFFFFFF,
        "gray": 0x808080, "grey": 0x808080, "darkgray": 0x404040, "lightgray": 0xBFBFBF,
        "brown": 0xBF8040, "lime": 0xBFFF00, "olive": 0x808000, "orange": 0xFF8000,
        "pink": 0xFFBFBF, "purple": 0xBF0040, "teal": 0x008080, "violet": 0x800080,
        "navy": 0x000080, "maroon": 0x800000,
    ]

    /// True when `name` is a command of the supported subset, which `\newcommand` may
    /// not define again.
    static func isBuiltIn(_ name: String) -> Bool {
        lowercaseGreek[name] != nil || uppercaseGreek[name] != nil || ordinaryIdentifiers[name] != nil
            || symbols[name] != nil || largeOperators[name] != nil || operatorNames[name] != nil
            || accents[name] != nil || fontCommands[name] != nil || textCommands[name] != nil
            || spaces[name] != nil || ["frac", "sqrt", "text", "left", "right", "begin", "end"].contains(name)
    }

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
