/// Numbered examples of TeX and the MathML inside `<math>` that it must produce, in the
/// style of the CommonMark spec. Inline unless `display` is set.
struct MathMLExample {
    let number: Int
    let tex: String
    var display = false
    let mathML: String
}

let mathMLExamples: [MathMLExample] = [
    // Letters, numbers, operators
    .init(number: 1, tex: "x", mathML: "<mi>x</mi>"),
    .init(number: 2, tex: "x + 12.5", mathML: "<mi>x</mi><mo>+</mo><mn>12.5</mn>"),
    .init(number: 3, tex: "a-b=c", mathML: "<mi>a</mi><mo>−</mo><mi>b</mi><mo>=</mo><mi>c</mi>"),
    .init(number: 4, tex: "(1-\\alpha)", mathML:
        "<mo stretchy=\"false\">(</mo><mn>1</mn><mo>−</mo><mi>α</mi><mo stretchy=\"false\">)</mo>"),
    .init(number: 5, tex: "\\Phi_k", mathML: "<msub><mpadded depth=\"0\"><mi mathvariant=\"normal\">Φ</mi></mpadded><mi>k</mi></msub>"),
    .init(number: 6, tex: "\\rho := 1-\\alpha", mathML:
        "<mi>ρ</mi><mo>:=</mo><mn>1</mn><mo>−</mo><mi>α</mi>"),
    .init(number: 7, tex: "a < b \\le c", mathML: "<mi>a</mi><mo>&lt;</mo><mi>b</mi><mo>≤</mo><mi>c</mi>"),
    // Scripts and primes
    .init(number: 8, tex: "x^2", mathML: "<msup><mpadded height=\"0\"><mi>x</mi></mpadded><mn>2</mn></msup>"),
    .init(number: 9, tex: "x^23", mathML: "<msup><mpadded height=\"0\"><mi>x</mi></mpadded><mn>2</mn></msup><mn>3</mn>"),
    .init(number: 10, tex: "h_{t-1}^\\top", mathML:
        "<msubsup><mpadded height=\"0\" depth=\"0\"><mi>h</mi></mpadded><mrow><mi>t</mi><mo lspace=\"0em\" rspace=\"0em\">−</mo><mn>1</mn></mrow><mi>⊤</mi></msubsup>"),
    .init(number: 11, tex: "\\|E_k\\|_F^2", mathML:
        "<mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">‖</mo><msub><mpadded depth=\"0\"><mi>E</mi></mpadded><mi>k</mi></msub><msubsup><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">‖</mo><mi>F</mi><mn>2</mn></msubsup>"),
    .init(number: 12, tex: "f'(x)", mathML:
        "<mrow><mi>f</mi><mo lspace=\"0em\" rspace=\"0em\">′</mo></mrow><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo>"),
    .init(number: 13, tex: "f''^2", mathML:
        "<msup><mrow><mi>f</mi><mo lspace=\"0em\" rspace=\"0em\">″</mo></mrow><mn>2</mn></msup>"),
    .init(number: 14, tex: "M^*_k", mathML: "<msubsup><mpadded height=\"0\" depth=\"0\"><mi>M</mi></mpadded><mi>k</mi><mo lspace=\"0em\" rspace=\"0em\">∗</mo></msubsup>"),
    // Fractions and roots
    .init(number: 15, tex: "\\frac{a}{b}", mathML: "<mfrac><mi>a</mi><mi>b</mi></mfrac>"),
    .init(number: 16, tex: "\\tfrac12", display: true, mathML:
        "<mstyle displaystyle=\"false\"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>"),
    .init(number: 17, tex: "\\dfrac{1}{n}", mathML: "<mstyle displaystyle=\"true\"><mfrac><mn>1</mn><mi>n</mi></mfrac></mstyle>"),
    .init(number: 18, tex: "\\sqrt{x+1}", mathML: "<msqrt><mi>x</mi><mo>+</mo><mn>1</mn></msqrt>"),
    .init(number: 19, tex: "\\sqrt[3]{x}", mathML: "<mroot><mi>x</mi><mn>3</mn></mroot>"),
    // Big operators and named operators
    .init(number: 20, tex: "\\sum_{k=0}^{T-1} n_k", display: true, mathML:
        "<munderover><mo>∑</mo><mrow><mi>k</mi><mo lspace=\"0em\" rspace=\"0em\">=</mo><mn>0</mn></mrow><mrow><mi>T</mi><mo lspace=\"0em\" rspace=\"0em\">−</mo><mn>1</mn></mrow></munderover><msub><mpadded depth=\"0\"><mi>n</mi></mpadded><mi>k</mi></msub>"),
    .init(number: 21, tex: "\\sum_{k=0}^{T-1}", mathML:
        "<msubsup><mo>∑</mo><mrow><mi>k</mi><mo lspace=\"0em\" rspace=\"0em\">=</mo><mn>0</mn></mrow><mrow><mi>T</mi><mo lspace=\"0em\" rspace=\"0em\">−</mo><mn>1</mn></mrow></msubsup>"),
    .init(number: 22, tex: "\\int_0^1", display: true, mathML: "<msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup>"),
    .init(number: 23, tex: "\\sum\\limits_k", mathML: "<munder><mo movablelimits=\"false\">∑</mo><mi>k</mi></munder>"),
    .init(number: 24, tex: "\\min(K,t)", display: true, mathML:
        "<mi>min</mi><mo stretchy=\"false\">(</mo><mi>K</mi><mo>,</mo><mi>t</mi><mo stretchy=\"false\">)</mo>"),
    .init(number: 25, tex: "\\lim_{n\\to\\infty}", display: true, mathML:
        "<munder><mi>lim</mi><mrow><mi>n</mi><mo lspace=\"0em\" rspace=\"0em\">→</mo><mi>∞</mi></mrow></munder>"),
    .init(number: 26, tex: "\\operatorname{diag}(w)", mathML:
        "<mi>diag</mi><mo stretchy=\"false\">(</mo><mi>w</mi><mo stretchy=\"false\">)</mo>"),
    // Accents
    .init(number: 27, tex: "\\hat y_t", mathML:
        "<msub><mover accent=\"true\"><mi>y</mi><mo stretchy=\"false\">ˆ</mo></mover><mi>t</mi></msub>"),
    .init(number: 28, tex: "\\bar D_W", mathML:
        "<msub><mover accent=\"true\"><mi>D</mi><mo stretchy=\"false\">¯</mo></mover><mi>W</mi></msub>"),
    .init(number: 29, tex: "\\dot b", mathML: "<mover accent=\"true\"><mi>b</mi><mo stretchy=\"false\">˙</mo></mover>"),
    .init(number: 30, tex: "\\overline{AB}", mathML:
        "<mrow style=\"border-top: 0.05em solid; padding-top: 0.1em\"><mi>A</mi><mi>B</mi></mrow>"),
    // Fonts
    .init(number: 31, tex: "\\mathbb E_x", mathML:
        "<msub><mpadded depth=\"0\"><mi>𝔼</mi></mpadded><mi>x</mi></msub>"),
    .init(number: 32, tex: "\\mathbf{W}\\mathcal{L}", mathML:
        "<mi>𝐖</mi><mi>ℒ</mi>"),
    .init(number: 33, tex: "\\boldsymbol{\\alpha}", mathML: "<mi>𝜶</mi>"),
    .init(number: 34, tex: "\\mathrm{diag}(b)\\,\\mathrm d", mathML:
        "<mi>diag</mi><mo stretchy=\"false\">(</mo><mi>b</mi><mo stretchy=\"false\">)</mo><mspace width=\"0.1667em\"/><mi mathvariant=\"normal\">d</mi>"),
    .init(number: 35, tex: "\\mathbb 1[t\\in S]", mathML:
        "<mi>𝟙</mi><mo stretchy=\"false\">[</mo><mi>t</mi><mo>∈</mo><mi>S</mi><mo stretchy=\"false\">]</mo>"),
    .init(number: 36, tex: "\\tau_{\\rm plateau}", mathML: "<msub><mpadded depth=\"0\"><mi>τ</mi></mpadded><mi>plateau</mi></msub>"),
    .init(number: 37, tex: "{\\rm d}x", mathML: "<mi mathvariant=\"normal\">d</mi><mi>x</mi>"),
    // Text and spaces
    .init(number: 38, tex: "\\text{ w.r.t. } x", mathML: "<mtext>\u{A0}w.r.t.\u{A0}</mtext><mi>x</mi>"),
    .init(number: 39, tex: "a\\quad b\\qquad c\\;d\\!e", mathML:
        "<mi>a</mi><mspace width=\"1em\"/><mi>b</mi><mspace width=\"2em\"/><mi>c</mi><mspace width=\"0.2778em\"/><mi>d</mi><mspace width=\"-0.1667em\"/><mi>e</mi>"),
    .init(number: 40, tex: "\\text{a<b & \\{c\\}}", mathML: "<mtext>a&lt;b &amp; {c}</mtext>"),
    // Fences
    .init(number: 41, tex: "\\left( \\frac ab \\right)", mathML:
        "<mrow><mo fence=\"true\" stretchy=\"true\">(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo fence=\"true\" stretchy=\"true\">)</mo></mrow>"),
    .init(number: 42, tex: "\\left\\{ x \\middle| x>0 \\right.", mathML:
        "<mrow><mo fence=\"true\" stretchy=\"true\">{</mo><mi>x</mi><mo stretchy=\"true\">|</mo><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow>"),
    .init(number: 43, tex: "\\left\\langle u, v \\right\\rangle", mathML:
        "<mrow><mo fence=\"true\" stretchy=\"true\">⟨</mo><mi>u</mi><mo>,</mo><mi>v</mi><mo fence=\"true\" stretchy=\"true\">⟩</mo></mrow>"),
    .init(number: 44, tex: "\\big(e\\big)", mathML:
        "<mo minsize=\"1.2em\" maxsize=\"1.2em\" lspace=\"0em\" rspace=\"0em\">(</mo><mi>e</mi><mo minsize=\"1.2em\" maxsize=\"1.2em\" lspace=\"0em\" rspace=\"0em\">)</mo>"),
    .init(number: 45, tex: "\\#\\{t\\}", mathML:
        "<mo lspace=\"0em\" rspace=\"0em\">#</mo><mo stretchy=\"false\">{</mo><mi>t</mi><mo stretchy=\"false\">}</mo>"),
    // Environments
    .init(number: 46, tex: "\\begin{pmatrix} a & 0\\\\ 0 & b \\end{pmatrix}", mathML:
        "<mrow><mo fence=\"true\" stretchy=\"true\">(</mo><mtable class=\"matrix\"><mtr><mtd><mi>a</mi></mtd><mtd><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mi>b</mi></mtd></mtr></mtable><mo fence=\"true\" stretchy=\"true\">)</mo></mrow>"),
    .init(number: 47, tex: "|x| = \\begin{cases} x & x \\ge 0\\\\ -x & \\text{else}\\\\ \\end{cases}", mathML:
        "<mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">|</mo><mi>x</mi><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">|</mo><mo>=</mo><mrow><mo fence=\"true\" stretchy=\"true\">{</mo><mtable class=\"matrix\"><mtr><mtd style=\"text-align: left; text-align: -webkit-left\"><mi>x</mi></mtd><mtd style=\"text-align: left; text-align: -webkit-left\"><mi>x</mi><mo>≥</mo><mn>0</mn></mtd></mtr><mtr><mtd style=\"text-align: left; text-align: -webkit-left\"><mo form=\"prefix\">−</mo><mi>x</mi></mtd><mtd style=\"text-align: left; text-align: -webkit-left\"><mtext>else</mtext></mtd></mtr></mtable></mrow>"),
    .init(number: 48, tex: "\\begin{aligned} a &= b\\\\ &= c \\end{aligned}", display: true, mathML:
        "<mtable displaystyle=\"true\"><mtr><mtd style=\"text-align: right; text-align: -webkit-right; padding-right: 0\"><mi>a</mi></mtd><mtd style=\"text-align: left; text-align: -webkit-left; padding-left: 0\"><mo>=</mo><mi>b</mi></mtd></mtr><mtr><mtd style=\"text-align: right; text-align: -webkit-right; padding-right: 0\"></mtd><mtd style=\"text-align: left; text-align: -webkit-left; padding-left: 0\"><mo>=</mo><mi>c</mi></mtd></mtr></mtable>"),
    .init(number: 49, tex: "\\begin{bmatrix} 1 \\end{bmatrix}", mathML:
        "<mrow><mo fence=\"true\" stretchy=\"true\">[</mo><mtable class=\"matrix\"><mtr><mtd><mn>1</mn></mtd></mtr></mtable><mo fence=\"true\" stretchy=\"true\">]</mo></mrow>"),
    // Tags, labels, errors
    .init(number: 50, tex: "\\hat y_t = C h_t \\tag{1.2}\\label{eq-out}", mathML:
        "<msub><mover accent=\"true\"><mi>y</mi><mo stretchy=\"false\">ˆ</mo></mover><mi>t</mi></msub><mo>=</mo><mi>C</mi><msub><mpadded depth=\"0\"><mi>h</mi></mpadded><mi>t</mi></msub>"),
    .init(number: 51, tex: "a \\foo b", mathML: "<mi>a</mi><merror><mtext>\\foo</mtext></merror><mi>b</mi>"),
    .init(number: 52, tex: "\\begin{weird} x \\end{weird}", mathML: "<merror><mtext>\\begin{weird}</mtext></merror>"),
    .init(number: 53, tex: "x^", mathML: "<msup><mpadded height=\"0\"><mi>x</mi></mpadded><mrow></mrow></msup>"),
    .init(number: 55, tex: "\\underline{x} + \\widehat{xy} + \\overrightarrow{AB}", mathML:
        "<mrow style=\"border-bottom: 0.05em solid; padding-bottom: 0.1em\"><mi>x</mi></mrow><mo>+</mo><mover accent=\"true\"><mrow><mi>x</mi><mi>y</mi></mrow><mo stretchy=\"true\">ˆ</mo></mover><mo>+</mo><mover accent=\"true\"><mrow><mi>A</mi><mi>B</mi></mrow><mo stretchy=\"true\">→</mo></mover>"),
    .init(number: 56, tex: "f'_k - 1,\\dots,T", mathML:
        "<msubsup><mpadded height=\"0\" depth=\"0\"><mi>f</mi></mpadded><mi>k</mi><mo lspace=\"0em\" rspace=\"0em\">′</mo></msubsup><mo>−</mo><mn>1</mn><mo>,</mo><mo lspace=\"0em\" rspace=\"0em\">…</mo><mo>,</mo><mi>T</mi>"),
    .init(number: 57, tex: "a \\overset{!}{=} b", mathML:
        "<mi>a</mi><mover><mo>=</mo><mo lspace=\"0em\" rspace=\"0em\">!</mo></mover><mi>b</mi>"),
    .init(number: 58, tex: "\\underset{k}{\\operatorname{argmax}} f", mathML:
        "<munder><mi>argmax</mi><mi>k</mi></munder><mspace width=\"0.1667em\"/><mi>f</mi>"),
    .init(number: 59, tex: "x = {\\displaystyle \\sum_k a_k}", mathML:
        "<mi>x</mi><mo>=</mo><mstyle displaystyle=\"true\" scriptlevel=\"0\"><munder><mo>∑</mo><mi>k</mi></munder><msub><mpadded depth=\"0\"><mi>a</mi></mpadded><mi>k</mi></msub></mstyle>"),
    .init(number: 54, tex: "\\mu_\\pm = -\\tfrac{\\alpha^2}{2}", mathML:
        "<msub><mpadded depth=\"0\"><mi>μ</mi></mpadded><mo lspace=\"0em\" rspace=\"0em\">±</mo></msub><mo>=</mo><mo form=\"prefix\">−</mo><mspace width=\"0.1667em\"/><mfrac><msup><mpadded height=\"0\"><mi>α</mi></mpadded><mn>2</mn></msup><mn>2</mn></mfrac>"),
]
